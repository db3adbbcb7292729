package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.signing.internal.SignerSettings;

/**
 * What to sign and how: the signature field, the signer's certificate chain and details, the
 * PAdES level, the algorithm policy and digest, the signing time and how long the prepared
 * signature stays valid. Immutable; built with {@link #builder(List, Instant)}.
 *
 * <p>The library never reads the clock: the signing time is the caller's, and it is the time
 * the certificate is checked at and the time written in the signature dictionary (/M).
 */
public final class SignatureRequest {

    /** How long a prepared signature stays valid when no expiry is given: 10 minutes. */
    public static final Duration DEFAULT_VALIDITY = SignerSettings.DEFAULT_VALIDITY;

    private final SignerSettings signer;
    private final String fieldName;
    private final boolean newField;
    private final boolean newFieldVisible;
    private final Optional<String> signerName;
    private final Optional<String> signerRole;
    private final Optional<String> reason;
    private final Optional<String> location;
    private final PadesLevel level;
    private final Optional<TimestampClient> timestampClient;
    private final Instant expiresAt;
    private final Optional<SignatureAppearance> appearance;
    private final Optional<SigningPlan> plan;

    private SignatureRequest(Builder b) {
        this.signer = b.signer.settings();
        this.fieldName = b.fieldName;
        this.newField = b.newField;
        this.newFieldVisible = b.newFieldVisible;
        this.signerName = b.signerName;
        this.signerRole = b.signerRole;
        this.reason = b.reason;
        this.location = b.location;
        this.level = b.level;
        this.timestampClient = b.timestampClient;
        this.expiresAt = b.signer.expiry();
        this.appearance = b.appearance;
        this.plan = b.plan;
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

    /** @return the signature field's fully qualified name, e.g. {@code homeroom}, not null */
    public String fieldName() {
        return fieldName;
    }

    /** @return true if a new invisible field is created, false if an existing empty field is filled */
    public boolean createsField() {
        return newField;
    }

    /**
     * @return true if the new field was asked for with {@link Builder#newField(String)}, which an
     *     attachment's appearance places at the top right of page 1; false for an existing field
     *     or {@link Builder#newInvisibleField(String)}
     */
    public boolean newFieldVisible() {
        return newFieldVisible;
    }

    /** @return the signer's name as written in the signature dictionary (/Name), not null */
    public Optional<String> signerName() {
        return signerName;
    }

    /** @return the signer's title or role, e.g. {@code Hiệu trưởng}, for the appearance, not null */
    public Optional<String> signerRole() {
        return signerRole;
    }

    /** @return the reason for signing (/Reason), not null */
    public Optional<String> reason() {
        return reason;
    }

    /** @return where the signature is made (/Location), not null */
    public Optional<String> location() {
        return location;
    }

    /** @return the PAdES level, not null */
    public PadesLevel level() {
        return level;
    }

    /** @return the timestamp client, present for {@link PadesLevel#B_T}, not null */
    public Optional<TimestampClient> timestampClient() {
        return timestampClient;
    }

    /** @return the algorithm policy, not null */
    public AlgorithmPolicy policy() {
        return signer.policy();
    }

    /** @return the signature scheme asked for; empty for the key's default (RSASSA-PSS, ECDSA), not null */
    public Optional<SignatureScheme> scheme() {
        return signer.scheme();
    }

    /** @return the digest name, e.g. {@code SHA-256}, not null */
    public String digest() {
        return signer.digest();
    }

    /** @return the signing time, not null */
    public Instant signingTime() {
        return signer.signingTime();
    }

    /** @return when the prepared signature expires, after the signing time, not null */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * @return the visible appearance drawn in the field's widget rectangle; empty (the default)
     *     keeps the field's own appearance, and a field without a rectangle stays invisible, not null
     */
    public Optional<SignatureAppearance> appearance() {
        return appearance;
    }

    /**
     * @return the transcript page's signing plan the signature must follow, checked against the
     *     signatures already in the document; empty (the default) checks no order, not null
     */
    public Optional<SigningPlan> plan() {
        return plan;
    }

    /** Builds a {@link SignatureRequest}. Not thread-safe; the request it builds is. */
    public static final class Builder {

        private final SignerSettings.Draft signer;
        private String fieldName;
        private boolean newField;
        private boolean newFieldVisible;
        private Optional<String> signerName = Optional.empty();
        private Optional<String> signerRole = Optional.empty();
        private Optional<String> reason = Optional.empty();
        private Optional<String> location = Optional.empty();
        private PadesLevel level = PadesLevel.B_B;
        private Optional<TimestampClient> timestampClient = Optional.empty();
        private Optional<SignatureAppearance> appearance = Optional.empty();
        private Optional<SigningPlan> plan = Optional.empty();

        private Builder(List<X509Certificate> certificateChain, Instant signingTime) {
            this.signer = new SignerSettings.Draft(certificateChain, signingTime);
        }

        /**
         * Signs an existing, empty signature field, e.g. one records-pdf placed for a role.
         *
         * @param name the field's fully qualified name, e.g. {@code homeroom}, not null
         * @return this builder
         */
        public Builder field(String name) {
            this.fieldName = SignerSettings.requireText(name, "name");
            this.newField = false;
            this.newFieldVisible = false;
            return this;
        }

        /**
         * Creates an invisible signature field on the first page and signs it.
         *
         * @param name the new field's name, without a period, not null
         * @return this builder
         */
        public Builder newInvisibleField(String name) {
            if (SignerSettings.requireText(name, "name").contains(".")) {
                throw new IllegalArgumentException("a new field's name cannot contain a period: " + name);
            }
            this.fieldName = name;
            this.newField = true;
            this.newFieldVisible = false;
            return this;
        }

        /**
         * Creates a signature field and signs it, for a document with no field prepared for the
         * signer. With an {@linkplain SignatureAppearance#attachment() attachment's appearance}
         * the field is placed at the top right of page 1, as Decree 30 has the organisation sign
         * an attachment in a separate file; with any other appearance, or none, it is invisible,
         * as with {@link #newInvisibleField(String)}.
         *
         * @param name the new field's name, without a period, not null
         * @return this builder
         */
        public Builder newField(String name) {
            newInvisibleField(name);
            this.newFieldVisible = true;
            return this;
        }

        /** @param name the signer's name (/Name), not null @return this builder */
        public Builder signerName(String name) {
            this.signerName = Optional.of(SignerSettings.requireText(name, "name"));
            return this;
        }

        /** @param role the signer's title or role, e.g. {@code Giáo viên chủ nhiệm}, not null @return this builder */
        public Builder signerRole(String role) {
            this.signerRole = Optional.of(SignerSettings.requireText(role, "role"));
            return this;
        }

        /** @param reason the reason for signing (/Reason), not null @return this builder */
        public Builder reason(String reason) {
            this.reason = Optional.of(SignerSettings.requireText(reason, "reason"));
            return this;
        }

        /** @param location where the signature is made (/Location), not null @return this builder */
        public Builder location(String location) {
            this.location = Optional.of(SignerSettings.requireText(location, "location"));
            return this;
        }

        /** Level B-B, the default. @return this builder */
        public Builder levelBaselineB() {
            this.level = PadesLevel.B_B;
            this.timestampClient = Optional.empty();
            return this;
        }

        /**
         * Level B-T: a signature timestamp from the given authority is added on completion.
         *
         * @param client the timestamp client, not null
         * @return this builder
         */
        public Builder levelBaselineT(TimestampClient client) {
            this.level = PadesLevel.B_T;
            this.timestampClient = Optional.of(Objects.requireNonNull(client, "client"));
            return this;
        }

        /** @param policy the algorithm policy; default {@link AlgorithmPolicy#TT15_2025}, not null @return this builder */
        public Builder policy(AlgorithmPolicy policy) {
            signer.policy(policy);
            return this;
        }

        /**
         * The signature scheme; by default RSASSA-PSS for RSA keys and ECDSA for EC keys.
         * {@link SignatureScheme#RSASSA_PKCS1_V1_5} needs a policy that allows it.
         *
         * @param scheme the scheme, not null
         * @return this builder
         */
        public Builder scheme(SignatureScheme scheme) {
            signer.scheme(scheme);
            return this;
        }

        /** @param digest the digest; default {@code SHA-256}, not null @return this builder */
        public Builder digest(String digest) {
            signer.digest(digest);
            return this;
        }

        /**
         * When the prepared signature expires; default the signing time plus {@link #DEFAULT_VALIDITY}.
         *
         * @param expiresAt an instant after the signing time, not null
         * @return this builder
         * @throws IllegalArgumentException if it is not after the signing time
         */
        public Builder expiresAt(Instant expiresAt) {
            signer.expiresAt(expiresAt);
            return this;
        }

        /**
         * A visible appearance (Decree 30/2020) for a field that has a widget rectangle: the
         * signer's name ({@link #signerName}, else the certificate's common name), title
         * ({@link #signerRole}) and signing time, or the organisation's seal.
         *
         * @param appearance the appearance, not null
         * @return this builder
         */
        public Builder appearance(SignatureAppearance appearance) {
            this.appearance = Optional.of(Objects.requireNonNull(appearance, "appearance"));
            return this;
        }

        /**
         * The transcript page's signing plan (kế hoạch ký, TT 70/2026 Điều 9 khoản 3; QĐ
         * 1789/QĐ-SGDĐT Điều 20.5) this signature must follow. Before anything is written, the
         * document's signed fields of the plan's school year (named as core's
         * {@link vn.schoolrecords.core.transcript.SignatureFields} names them) are replayed
         * against the plan in the order they were written, and the field asked for must be the
         * turn of its part: subject teachers, then the homeroom teacher, the head of school, and
         * the school's seal last, with nothing after it. The plan's own signatures are not used:
         * the document is the record of who signed.
         *
         * @param plan the page's plan, not null
         * @return this builder
         */
        public Builder plan(SigningPlan plan) {
            this.plan = Optional.of(Objects.requireNonNull(plan, "plan"));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request, not null
         * @throws IllegalArgumentException if no field was named
         */
        public SignatureRequest build() {
            if (fieldName == null) {
                throw new IllegalArgumentException("name a field: field(name) or newInvisibleField(name)");
            }
            return new SignatureRequest(this);
        }
    }
}
