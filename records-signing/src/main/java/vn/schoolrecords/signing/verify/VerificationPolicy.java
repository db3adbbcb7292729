package vn.schoolrecords.signing.verify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.rendering.RecordRendering;
import vn.schoolrecords.signing.AlgorithmPolicy;

/**
 * How to verify: the validation time, the algorithm policy, whether revocation data is required
 * and where else to look for it. Immutable; built with {@link #builder(Instant)}.
 */
public final class VerificationPolicy {

    /**
     * The default algorithm policy of verification: TT 15/2025/TT-BKHCN with RSASSA-PKCS1-v1_5
     * accepted, since most Vietnamese tokens and CAs still sign with it and legacy documents must
     * verify (regulations R8.4, an interpretation).
     */
    public static final AlgorithmPolicy DEFAULT_ALGORITHMS = AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true);

    private final Instant validationTime;
    private final AlgorithmPolicy algorithms;
    private final boolean revocationRequired;
    private final Optional<RevocationFetcher> fetcher;
    private final Optional<RecordRendering> rendering;

    private VerificationPolicy(Builder b) {
        this.rendering = b.rendering;
        this.validationTime = b.validationTime;
        this.algorithms = b.algorithms;
        this.revocationRequired = b.revocationRequired;
        this.fetcher = b.fetcher;
    }

    /**
     * Starts a policy.
     *
     * @param validationTime the time to validate at, usually the caller's clock's now, not null
     * @return a builder, not null
     */
    public static Builder builder(Instant validationTime) {
        return new Builder(validationTime);
    }

    /** @return the validation time, not null */
    public Instant validationTime() {
        return validationTime;
    }

    /** @return the algorithm policy, not null */
    public AlgorithmPolicy algorithms() {
        return algorithms;
    }

    /** @return true if a signature without verified revocation data is INDETERMINATE / TRY_LATER */
    public boolean revocationRequired() {
        return revocationRequired;
    }

    /** @return the online fetcher, asked only when the document holds no answer, not null */
    public Optional<RevocationFetcher> fetcher() {
        return fetcher;
    }

    /** @return the rendering of the data-bound check, if one was configured, not null */
    public Optional<RecordRendering> rendering() {
        return rendering;
    }

    /** Builds a {@link VerificationPolicy}. Not thread-safe; the policy it builds is. */
    public static final class Builder {

        private final Instant validationTime;
        private AlgorithmPolicy algorithms = DEFAULT_ALGORITHMS;
        private boolean revocationRequired = true;
        private Optional<RevocationFetcher> fetcher = Optional.empty();
        private Optional<RecordRendering> rendering = Optional.empty();

        private Builder(Instant validationTime) {
            this.validationTime = Objects.requireNonNull(validationTime, "validationTime");
        }

        /** @param policy the algorithm policy; default {@link #DEFAULT_ALGORITHMS}, not null @return this builder */
        public Builder algorithms(AlgorithmPolicy policy) {
            this.algorithms = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Whether revocation data is required; default true. When false, an unknown status is
         * reported but does not make the verdict INDETERMINATE.
         *
         * @param required true to require it
         * @return this builder
         */
        public Builder revocationRequired(boolean required) {
            this.revocationRequired = required;
            return this;
        }

        /** @param fetcher fetches OCSP responses and CRLs online, not null @return this builder */
        public Builder fetcher(RevocationFetcher fetcher) {
            this.fetcher = Optional.of(Objects.requireNonNull(fetcher, "fetcher"));
            return this;
        }

        /**
         * Turns on the data-bound check: for every signature whose signed revision carries a
         * record's JSON (the PDF/A-3 associated file of records-pdf), the JSON is re-rendered with
         * this rendering and each signed page's text must equal the re-rendered page's
         * (whitespace normalised); otherwise the signature is TOTAL_FAILED /
         * {@link SubIndication#DATA_MISMATCH}. Off by default: the verifier does not know how the
         * vendor prints. The PDF module's {@code TranscriptPageTexts} is such a rendering.
         *
         * @param rendering re-renders a record's JSON into page texts, not null
         * @return this builder
         */
        public Builder rendering(RecordRendering rendering) {
            this.rendering = Optional.of(Objects.requireNonNull(rendering, "rendering"));
            return this;
        }

        /** @return the policy, not null */
        public VerificationPolicy build() {
            return new VerificationPolicy(this);
        }
    }
}
