package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a detached CAdES signature over given bytes: whether the bytes are the
 * ones signed and the signature value verifies with the certificate it names, who signed, the
 * claimed signing time and the timestamp's time. Whether the signer's certificate chains to a
 * trusted root (NEAC, VGCA) and was unrevoked is a trust decision this result does not make.
 *
 * @param status the verdict, not null
 * @param signer the signer's certificate found in the signature; empty when it cannot be read, not null
 * @param signingTime the signing-time attribute; empty when absent, not null
 * @param timestampTime the signature timestamp's time (CAdES-T); empty at level B-B, not null
 */
public record CadesVerification(Status status, Optional<X509Certificate> signer, Optional<Instant> signingTime,
        Optional<Instant> timestampTime) {

    /** The verdict, each a stable code. */
    public enum Status {
        /** The content digest matches and the signature value verifies. */
        VALID,
        /** The bytes are not the ones signed (the message-digest attribute does not match). */
        CONTENT_ALTERED,
        /** The signature value does not verify with the signer's certificate. */
        SIGNATURE_INVALID,
        /** The signing-certificate-v2 attribute is missing or names another certificate. */
        SIGNING_CERTIFICATE_MISMATCH,
        /** The signature timestamp does not cover this signature value or does not verify. */
        TIMESTAMP_INVALID,
        /** Not a CMS SignedData with one signer and the signer's certificate. */
        MALFORMED
    }

    /** Validates and copies. */
    public CadesVerification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(timestampTime, "timestampTime");
    }

    /** @return true if the status is {@link Status#VALID} */
    public boolean valid() {
        return status == Status.VALID;
    }

    /** @return the level the signature has: B-T with a valid timestamp, else B-B, not null */
    public CadesRequest.Level level() {
        return timestampTime.isPresent() ? CadesRequest.Level.B_T : CadesRequest.Level.B_B;
    }
}
