package vn.schoolrecords.signing.verify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The revocation status (tình trạng thu hồi) of one certificate of a signer's path.
 *
 * @param certificate the certificate checked, not null
 * @param status good, revoked or unknown, not null
 * @param source where the answer came from, not null
 * @param revokedAt when it was revoked, if revoked, not null
 * @param producedAt when the answer (OCSP response, CRL) was issued, if any, not null
 */
public record RevocationReport(CertificateInfo certificate, Status status, Source source, Optional<Instant> revokedAt,
        Optional<Instant> producedAt) {

    /** Checks presence. */
    public RevocationReport {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(producedAt, "producedAt");
    }

    /** A certificate's status. */
    public enum Status {
        /** Not revoked, per a verified OCSP response or CRL. */
        GOOD,
        /** Revoked, per a verified OCSP response or CRL. */
        REVOKED,
        /** No verified answer was found. */
        UNKNOWN
    }

    /** Where the revocation data came from. */
    public enum Source {
        /** The document's Document Security Store (DSS dictionary, ETSI EN 319 142-1 §5.4.2.2). */
        DOCUMENT,
        /** The caller's {@link RevocationFetcher}, online. */
        ONLINE,
        /** No data. */
        NONE
    }
}
