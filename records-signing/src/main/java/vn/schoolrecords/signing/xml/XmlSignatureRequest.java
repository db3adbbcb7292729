package vn.schoolrecords.signing.xml;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.school.PersonalIdentifier;

import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.internal.SignerSettings;

/**
 * What to sign in a digital transcript (học bạ số) and how: the signer's certificate chain, the
 * signing time (frozen, to the second, as the model writes it), the page's signing plan
 * (kế hoạch ký) that says who signs which part in which order, the signer and the part, and the
 * algorithm rules. Immutable; built with {@link #builder}.
 */
public final class XmlSignatureRequest {

    /** How long a prepared signature may wait for its value by default: ten minutes. */
    public static final Duration DEFAULT_VALIDITY = SignerSettings.DEFAULT_VALIDITY;

    private final SignerSettings signer;
    private final SigningPlan plan;
    private final String signerId;
    private final SigningPart part;
    private final Instant expiresAt;
    private final Optional<PersonalIdentifier> signerPersonalId;

    private XmlSignatureRequest(Builder b) {
        this.signer = b.signer.settings();
        this.plan = b.plan;
        this.signerId = b.signerId;
        this.signerPersonalId = b.signerPersonalId;
        this.part = b.part;
        this.expiresAt = b.signer.expiry();
    }

    /**
     * Starts a request.
     *
     * @param certificateChain the signer's certificate first, then its issuers, not empty, not null
     * @param signingTime the signing time written as {@code SigningTime}; truncated to the second, not null
     * @param plan the page's signing plan; the signatures already in the document are replayed
     *     against its planned signatures (its own recorded signatures are not used), not null
     * @param signerId the signer's staff id, or the school's code for the organisation signature, not null
     * @param part what the signer signs: a subject row for a subject teacher, the page for the others, not null
     * @return the builder, not null
     */
    public static Builder builder(List<X509Certificate> certificateChain, Instant signingTime, SigningPlan plan,
            String signerId, SigningPart part) {
        return new Builder(certificateChain, signingTime, plan, signerId, part);
    }

    /** @return the signer's certificate first, then its issuers, not null */
    public List<X509Certificate> certificateChain() {
        return signer.certificateChain();
    }

    /** @return the signing time, to the second, not null */
    public Instant signingTime() {
        return signer.signingTime();
    }

    /** @return the page's signing plan, not null */
    public SigningPlan plan() {
        return plan;
    }

    /** @return the signer's id, not null */
    public String signerId() {
        return signerId;
    }

    /** @return the part signed, not null */
    public SigningPart part() {
        return part;
    }

    /** @return the algorithm policy, {@link AlgorithmPolicy#TT15_2025} unless set, not null */
    public AlgorithmPolicy policy() {
        return signer.policy();
    }

    /** @return the signature scheme if set; otherwise RSASSA-PSS for RSA keys, ECDSA for EC keys, not null */
    public Optional<SignatureScheme> scheme() {
        return signer.scheme();
    }

    /** @return the digest, {@link AlgorithmPolicy#DEFAULT_DIGEST} unless set, not null */
    public String digest() {
        return signer.digest();
    }

    /** @return when the prepared signature expires, not null */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * @return the signer's personal identifier (số định danh cá nhân / CCCD), written as the
     *     signed {@code SO_CCCD} of v1.0's per-signer fields; empty for the organisation or if not given, not null
     */
    public Optional<PersonalIdentifier> signerPersonalId() {
        return signerPersonalId;
    }

    /** Builds a {@link XmlSignatureRequest}; not thread-safe, used once. */
    public static final class Builder {

        private final SignerSettings.Draft signer;
        private final SigningPlan plan;
        private final String signerId;
        private final SigningPart part;
        private Optional<PersonalIdentifier> signerPersonalId = Optional.empty();

        private Builder(List<X509Certificate> certificateChain, Instant signingTime, SigningPlan plan, String signerId,
                SigningPart part) {
            // The model writes SigningTime to the second, so the request holds it that way.
            this.signer = new SignerSettings.Draft(certificateChain,
                    Objects.requireNonNull(signingTime, "signingTime").truncatedTo(ChronoUnit.SECONDS));
            this.plan = Objects.requireNonNull(plan, "plan");
            this.signerId = Objects.requireNonNull(signerId, "signerId");
            this.part = Objects.requireNonNull(part, "part");
        }

        /**
         * The algorithm policy.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder policy(AlgorithmPolicy policy) {
            signer.policy(policy);
            return this;
        }

        /**
         * The signature scheme, e.g. {@link SignatureScheme#RSASSA_PKCS1_V1_5} for a token that
         * cannot sign PSS (the policy must allow it).
         *
         * @param scheme the scheme, not null
         * @return this builder
         */
        public Builder scheme(SignatureScheme scheme) {
            signer.scheme(scheme);
            return this;
        }

        /**
         * The digest: SHA-256 (default), SHA-384 or SHA-512.
         *
         * @param digest the digest's name, not null
         * @return this builder
         */
        public Builder digest(String digest) {
            signer.digest(digest);
            return this;
        }

        /**
         * When the prepared signature expires; by default {@link #DEFAULT_VALIDITY} after the signing time.
         *
         * @param expiresAt the instant, after the signing time, not null
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            signer.expiresAt(expiresAt);
            return this;
        }

        /**
         * The signer's personal identifier (CCCD), for v1.0's per-signer {@code SO_CCCD}; it is
         * written inside the signed property, so the signature covers it. A person's only: ignored
         * for the organisation signature.
         *
         * @param personalId the 12-digit identifier, not null
         * @return this builder
         */
        public Builder signerPersonalId(PersonalIdentifier personalId) {
            this.signerPersonalId = Optional.of(Objects.requireNonNull(personalId, "personalId"));
            return this;
        }

        /** @return the request, not null */
        public XmlSignatureRequest build() {
            return new XmlSignatureRequest(this);
        }
    }
}
