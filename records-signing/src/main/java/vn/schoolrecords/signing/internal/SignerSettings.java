package vn.schoolrecords.signing.internal;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.SignatureScheme;

/**
 * The signer's part of every signing request (PAdES, CAdES, XML): the certificate chain, the
 * signing time, the algorithm policy, the scheme and the digest. Kept once here so that the
 * three public requests validate and default these the same way; each request composes one
 * and keeps its own public accessors.
 *
 * @param certificateChain the signer's certificate first, then its issuers, not empty, not null
 * @param signingTime the signing time, not null
 * @param policy the algorithm policy, not null
 * @param scheme the scheme asked for; empty for the key's default, not null
 * @param digest the digest name, e.g. {@code SHA-256}, not null
 */
public record SignerSettings(List<X509Certificate> certificateChain, Instant signingTime, AlgorithmPolicy policy,
        Optional<SignatureScheme> scheme, String digest) {

    /** How long a prepared signature stays valid when no expiry is given: 10 minutes. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(10);

    /** Validates and copies the chain. */
    public SignerSettings {
        certificateChain = requireChain(certificateChain);
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * Checks that a text field given to a request builder is present and not blank.
     *
     * @param value the value
     * @param name the parameter's name, for the message
     * @return the value, not null
     */
    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    private static List<X509Certificate> requireChain(List<X509Certificate> chain) {
        List<X509Certificate> copy = List.copyOf(Objects.requireNonNull(chain, "certificateChain"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("the certificate chain is empty");
        }
        return copy;
    }

    /**
     * The mutable half a public request builder delegates to: it holds the shared fields with
     * their defaults ({@link AlgorithmPolicy#TT15_2025}, the key's default scheme,
     * {@link AlgorithmPolicy#DEFAULT_DIGEST}, no explicit expiry) and checks each as it is set.
     * Not thread-safe, like the builders that hold it.
     */
    public static final class Draft {

        private final List<X509Certificate> certificateChain;
        private final Instant signingTime;
        private AlgorithmPolicy policy = AlgorithmPolicy.TT15_2025;
        private Optional<SignatureScheme> scheme = Optional.empty();
        private String digest = AlgorithmPolicy.DEFAULT_DIGEST;
        private Optional<Instant> expiresAt = Optional.empty();

        /**
         * Starts a draft.
         *
         * @param certificateChain the signer's certificate first, then its issuers, not empty, not null
         * @param signingTime the signing time, not null
         */
        public Draft(List<X509Certificate> certificateChain, Instant signingTime) {
            this.certificateChain = requireChain(certificateChain);
            this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
        }

        /** @return the signing time, not null */
        public Instant signingTime() {
            return signingTime;
        }

        /** @param policy the algorithm policy, not null */
        public void policy(AlgorithmPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /** @param scheme the signature scheme, not null */
        public void scheme(SignatureScheme scheme) {
            this.scheme = Optional.of(Objects.requireNonNull(scheme, "scheme"));
        }

        /** @param digest the digest name, not null */
        public void digest(String digest) {
            this.digest = Objects.requireNonNull(digest, "digest");
        }

        /**
         * Sets when the prepared signature expires.
         *
         * @param expiresAt an instant after the signing time, not null
         * @throws IllegalArgumentException if it is not after the signing time
         */
        public void expiresAt(Instant expiresAt) {
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (!expiresAt.isAfter(signingTime)) {
                throw new IllegalArgumentException("the expiry " + expiresAt + " is not after the signing time "
                        + signingTime);
            }
            this.expiresAt = Optional.of(expiresAt);
        }

        /** @return the expiry set, else the signing time plus {@link #DEFAULT_VALIDITY}, not null */
        public Instant expiry() {
            return expiresAt.orElse(signingTime.plus(DEFAULT_VALIDITY));
        }

        /** @return the settings, not null */
        public SignerSettings settings() {
            return new SignerSettings(certificateChain, signingTime, policy, scheme, digest);
        }
    }
}
