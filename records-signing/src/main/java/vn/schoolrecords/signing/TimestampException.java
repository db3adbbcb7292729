package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A timestamp (dấu thời gian, RFC 3161) could not be obtained or does not fit the request: the
 * authority was unreachable, refused, or answered for another message imprint.
 */
public final class TimestampException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "TIMESTAMP_FAILED";

    /** What went wrong. */
    public enum Reason {
        /** The authority could not be reached or answered with an HTTP error. */
        UNREACHABLE,
        /** The authority answered but did not grant a timestamp, or the answer cannot be read. */
        REJECTED,
        /** The token's message imprint, nonce or signature does not match the request. */
        MISMATCH
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason what went wrong, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public TimestampException(Reason reason, LocalizedText text, Throwable cause) {
        super(CODE, text, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return what went wrong, not null */
    public Reason reason() {
        return reason;
    }
}
