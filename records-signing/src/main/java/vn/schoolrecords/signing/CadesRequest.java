package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.signing.internal.SignerSettings;

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

    private final SignerSettings signer;
    private final Optional<TimestampClient> timestampClient;

    private CadesRequest(Builder b) {
        this.signer = b.signer.settings();
        this.timestampClient = b.timestampClient;
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
        return signer.certificateChain();
    }

    /** @return the signing time, not null */
    public Instant signingTime() {
        return signer.signingTime();
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
        return signer.policy();
    }

    /** @return the scheme asked for; empty for the key's default (RSASSA-PSS, ECDSA), not null */
    public Optional<SignatureScheme> scheme() {
        return signer.scheme();
    }

    /** @return the digest name, e.g. {@code SHA-256}, not null */
    public String digest() {
        return signer.digest();
    }

    /** Builds a {@link CadesRequest}. Not thread-safe; the request it builds is. */
    public static final class Builder {

        private final SignerSettings.Draft signer;
        private Optional<TimestampClient> timestampClient = Optional.empty();

        private Builder(List<X509Certificate> certificateChain, Instant signingTime) {
            this.signer = new SignerSettings.Draft(certificateChain, signingTime);
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
            signer.policy(policy);
            return this;
        }

        /** @param scheme the signature scheme, allowed by the policy, not null @return this builder */
        public Builder scheme(SignatureScheme scheme) {
            signer.scheme(scheme);
            return this;
        }

        /** @param digest the digest; default {@code SHA-256}, not null @return this builder */
        public Builder digest(String digest) {
            signer.digest(digest);
            return this;
        }

        /** @return the request, not null */
        public CadesRequest build() {
            return new CadesRequest(this);
        }
    }
}
