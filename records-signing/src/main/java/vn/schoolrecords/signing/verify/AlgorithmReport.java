package vn.schoolrecords.signing.verify;

import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;

/**
 * The algorithms of a signature and whether the {@link vn.schoolrecords.signing.AlgorithmPolicy}
 * (TT 15/2025/TT-BKHCN) accepts them.
 *
 * @param digest the digest's standard name, e.g. {@code SHA-256}, not null
 * @param scheme the signature scheme, e.g. {@code RSASSA_PSS}, {@code ECDSA}, not null
 * @param keyAlgorithm {@code RSA} or {@code EC} (or another key type), not null
 * @param keyBits the key size in bits, 0 if unknown
 * @param acceptable true if the policy accepts them
 * @param reason why the policy refuses them; empty when acceptable, not null
 */
public record AlgorithmReport(String digest, String scheme, String keyAlgorithm, int keyBits, boolean acceptable,
        Optional<LocalizedText> reason) {

    /** Checks presence. */
    public AlgorithmReport {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        Objects.requireNonNull(reason, "reason");
    }
}
