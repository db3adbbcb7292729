package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A prepared signature (chữ ký đã chuẩn bị) cannot be completed: it has expired, was completed
 * already, cannot be read, or the signature does not fit the space reserved for it. No signed
 * document was produced.
 */
public final class PreparedSignatureException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why; {@link #name()} is the stable code. */
    public enum Reason {
        /** The prepared signature's expiry instant has passed. */
        PREPARED_SIGNATURE_EXPIRED,
        /** The completion ledger already records this prepared signature as completed. */
        PREPARED_SIGNATURE_ALREADY_COMPLETED,
        /** The serialised form is not a prepared signature of a format this version reads. */
        PREPARED_SIGNATURE_MALFORMED,
        /** The CMS signature is larger than the /Contents space reserved at preparation. */
        SIGNATURE_TOO_LARGE,
        /** Level B-T needs a timestamp client, and none is attached. */
        TIMESTAMP_CLIENT_MISSING
    }

    private final Reason reason;
    private final String preparedId;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param preparedId the prepared signature's id, empty when it could not be read, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public PreparedSignatureException(Reason reason, String preparedId, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").name(), text, cause);
        this.reason = reason;
        this.preparedId = Objects.requireNonNull(preparedId, "preparedId");
    }

    /** @return why, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the prepared signature's id, empty when it could not be read, not null */
    public String preparedId() {
        return preparedId;
    }
}
