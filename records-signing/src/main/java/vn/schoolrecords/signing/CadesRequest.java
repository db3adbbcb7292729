package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to make a detached CAdES signature (chữ ký CAdES tách rời) over a JSON record or an
 * archive's manifest: the signer's certificate chain, the signing time, the baseline level
 * (B-B, or B-T with a timestamp authority), the algorithm policy, scheme and digest. Immutable;
 * built with {@link #builder(List, Instant)}. The library never reads the clock: the signing
 * time is the caller's, written as the signing-time attribute and used to check the certificate.
 */
public final class CadesRequest {

    /** The CAdES baseline levels this library makes (ETSI EN 319 122-1 §4.1). */
    public enum Level {
        /** CAdES-BASELINE-B: signed attributes only. */
        B_B,
        /** CAdES-BASELINE-T: B-B plus an RFC 3161 signature timestamp. */
        B_T
    }

    private final List<X509Certificate> certificateChain;
    private final Instant signingTime;
    private final Optional<TimestampClient> timestampClient;
    private final AlgorithmPolicy policy;
    private final Optional<SignatureScheme> scheme;
    private final String digest;

    private CadesRequest(Builder b) {
        this.certificateChain = b.certificateChain;
        this.signingTime = b.signingTime;
        this.timestampClient = b.timestampClient;
        this.policy = b.policy;
        this.scheme = b.scheme;
        this.digest = b.digest;
    }

    /**
     * Starts a request.
     *
     * @param certificateChain the signer's certificate first, then its issuers, not empty, not null
     * @param signingTime the signing time, not null
     * @return a builder, not null
     */
    public static Builder builder(List<X509Certificate> certificateChain, Instant signingTime) {
        return new Builder(certificateChain, signingTime);
    }

    /** @return the signer's certificate first, then its issuers, not empty, not null */
    public List<X509Certificate> certificateChain() {
        return certificateChain;
    }

    /** @return the signing time, not null */
    public Instant signingTime() {
        return signingTime;
    }

    /** @return the level: B-T when a timestamp client is attached, else B-B, not null */
    public Level level() {
        return timestampClient.isPresent() ? Level.B_T : Level.B_B;
    }

    /** @return the timestamp client, present for {@link Level#B_T}, not null */
    public Optional<TimestampClient> timestampClient() {
        return timestampClient;
    }

    /** @return the algorithm policy, not null */
    public AlgorithmPolicy policy() {
        return policy;
    }

    /** @return the scheme asked for; empty for the key's default (RSASSA-PSS, ECDSA), not null */
    public Optional<SignatureScheme> scheme() {
        return scheme;
    }

    /** @return the digest name, e.g. {@code SHA-256}, not null */
    public String digest() {
        return digest;
    }

    /** Builds a {@link CadesRequest}. Not thread-safe; the request it builds is. */
    public static final class Builder {

        private final List<X509Certificate> certificateChain;
        private final Instant signingTime;
        private Optional<TimestampClient> timestampClient = Optional.empty();
        private AlgorithmPolicy policy = AlgorithmPolicy.TT15_2025;
        private Optional<SignatureScheme> scheme = Optional.empty();
        private String digest = AlgorithmPolicy.DEFAULT_DIGEST;

        private Builder(List<X509Certificate> certificateChain, Instant signingTime) {
            this.certificateChain = List.copyOf(Objects.requireNonNull(certificateChain, "certificateChain"));
            if (this.certificateChain.isEmpty()) {
                throw new IllegalArgumentException("the certificate chain is empty");
            }
            this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
        }

        /** Level B-B, the default. @return this builder */
        public Builder levelBaselineB() {
            this.timestampClient = Optional.empty();
            return this;
        }

        /** @param client the timestamp authority for level B-T, not null @return this builder */
        public Builder levelBaselineT(TimestampClient client) {
            this.timestampClient = Optional.of(Objects.requireNonNull(client, "client"));
            return this;
        }

        /** @param policy the algorithm policy; default {@link AlgorithmPolicy#TT15_2025}, not null @return this builder */
        public Builder policy(AlgorithmPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** @param scheme the signature scheme, allowed by the policy, not null @return this builder */
        public Builder scheme(SignatureScheme scheme) {
            this.scheme = Optional.of(Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /** @param digest the digest; default {@code SHA-256}, not null @return this builder */
        public Builder digest(String digest) {
            this.digest = Objects.requireNonNull(digest, "digest");
            return this;
        }

        /** @return the request, not null */
        public CadesRequest build() {
            return new CadesRequest(this);
        }
    }
}
