package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A signed document cannot be extended (nâng mức chữ ký) to the requested PAdES level: the level
 * cannot be reached from the document's level, a certificate is revoked, or validation data or
 * a timestamp could not be obtained. The document was not changed.
 */
public final class PadesExtensionException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why; {@link #name()} is the stable code. */
    public enum Reason {
        /** The document has no signature and no document timestamp. */
        NO_SIGNATURE,
        /**
         * A signature is at B-B: it has no signature timestamp and no document timestamp covers
         * it. The signature timestamp lives inside the CMS, so it cannot be added without
         * re-signing.
         */
        SIGNATURE_NOT_TIMESTAMPED,
        /** The target is B-B or B-T, which are chosen when signing, not by extension. */
        TARGET_LEVEL_NOT_SUPPORTED,
        /** The document already has a document timestamp (B-LTA); extend it to B-LTA to renew it. */
        ALREADY_AT_HIGHER_LEVEL,
        /** The issuer of a certificate in a chain is neither in the document nor among the extra certificates. */
        ISSUER_NOT_FOUND,
        /** An OCSP response or CRL says a certificate is revoked. */
        CERTIFICATE_REVOKED,
        /** No current, correctly signed OCSP response or CRL was obtained for a certificate. */
        REVOCATION_DATA_MISSING,
        /** B-LTA needs a timestamp authority, and none is configured. */
        TIMESTAMP_CLIENT_MISSING
    }

    private final Reason reason;
    private final String subject;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param subject the subject (RFC 2253) of the certificate concerned, empty if none, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public PadesExtensionException(Reason reason, String subject, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").name(), text, cause);
        this.reason = reason;
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** @return why, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the subject (RFC 2253) of the certificate concerned, empty if none, not null */
    public String subject() {
        return subject;
    }
}
