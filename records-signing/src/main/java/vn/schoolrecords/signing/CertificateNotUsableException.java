package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The signer's certificate (chứng thư số) may not sign at the signing time: it has expired, is
 * not yet valid, or its key usage does not allow signatures. TT 15/2025/TT-BKHCN requires
 * signing software to check the certificate before signing; nothing was signed.
 */
public final class CertificateNotUsableException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why the certificate may not sign; {@link #name()} is the stable code. */
    public enum Reason {
        /** The signing time is after the certificate's notAfter. */
        CERTIFICATE_EXPIRED,
        /** The signing time is before the certificate's notBefore. */
        CERTIFICATE_NOT_YET_VALID,
        /** The key usage extension allows neither digitalSignature nor nonRepudiation. */
        KEY_USAGE_NOT_ALLOWED
    }

    private final Reason reason;
    private final String subject;
    private final Instant notBefore;
    private final Instant notAfter;
    private final Instant signingTime;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param certificate the signer's certificate, not null
     * @param signingTime the claimed signing time, not null
     * @param text the message in both languages, not null
     */
    public CertificateNotUsableException(Reason reason, X509Certificate certificate, Instant signingTime,
            LocalizedText text) {
        super(Objects.requireNonNull(reason, "reason").name(), text);
        this.reason = reason;
        this.subject = certificate.getSubjectX500Principal().getName();
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
    }

    /** @return why the certificate may not sign, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the certificate's subject (RFC 2253), not null */
    public String subject() {
        return subject;
    }

    /** @return the start of the certificate's validity, not null */
    public Instant notBefore() {
        return notBefore;
    }

    /** @return the end of the certificate's validity, not null */
    public Instant notAfter() {
        return notAfter;
    }

    /** @return the signing time the certificate was checked at, not null */
    public Instant signingTime() {
        return signingTime;
    }
}
