package vn.schoolrecords.signing.xml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.verify.RevocationFetcher;
import vn.schoolrecords.signing.verify.TrustAnchors;

/**
 * What a {@link DigitalTranscriptVerifier} trusts and when it validates: the trust anchors (the
 * root certificates of the CAs the caller accepts, e.g. the Ban Cơ yếu Chính phủ root for
 * chữ ký số chuyên dùng công vụ, NĐ 68/2024/NĐ-CP, and the licensed public CAs), the validation
 * instant, the algorithm policy and whether to check revocation online.
 *
 * <p>The trust anchors are {@link TrustAnchors}, shared with the PDF verifier
 * ({@code vn.schoolrecords.signing.verify}). Immutable.
 */
public final class VerificationSettings {

    private final TrustAnchors trustAnchors;
    private final Instant validationTime;
    private final AlgorithmPolicy policy;
    private final Optional<RevocationFetcher> revocationFetcher;

    private VerificationSettings(TrustAnchors trustAnchors, Instant validationTime, AlgorithmPolicy policy,
            Optional<RevocationFetcher> revocationFetcher) {
        this.trustAnchors = trustAnchors;
        this.validationTime = validationTime;
        this.policy = policy;
        this.revocationFetcher = revocationFetcher;
    }

    /**
     * Settings with the default policy ({@link AlgorithmPolicy#TT15_2025} accepting PKCS #1 v1.5,
     * since a verifier must read what tokens in use produce) and no online revocation checking.
     * The trust anchors are the same type the PDF verifier takes, so a vendor configures trust
     * once (e.g. {@link TrustAnchors#vietnamNational}) for PDF and XML.
     *
     * @param trustAnchors the trusted roots, and intermediates for path building, not null
     * @param validationTime the instant the certificate paths are validated at, usually now, not null
     * @return the settings, not null
     */
    public static VerificationSettings of(TrustAnchors trustAnchors, Instant validationTime) {
        return new VerificationSettings(Objects.requireNonNull(trustAnchors, "trustAnchors"),
                Objects.requireNonNull(validationTime, "validationTime"),
                AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true), Optional.empty());
    }

    /**
     * {@link #of(TrustAnchors, Instant)} with {@link TrustAnchors#of(Collection)} of the certificates.
     *
     * @param trustAnchors the trusted CA certificates, not empty, not null
     * @param validationTime the instant the certificate paths are validated at, usually now, not null
     * @return the settings, not null
     * @throws vn.schoolrecords.signing.verify.TrustConfigurationException if the list is empty or
     *     holds a certificate that is not a CA
     */
    public static VerificationSettings of(Collection<X509Certificate> trustAnchors, Instant validationTime) {
        return of(TrustAnchors.of(trustAnchors), validationTime);
    }

    /**
     * A copy with another algorithm policy.
     *
     * @param policy the policy, not null
     * @return the copy, not null
     */
    public VerificationSettings withPolicy(AlgorithmPolicy policy) {
        return new VerificationSettings(trustAnchors, validationTime, Objects.requireNonNull(policy, "policy"),
                revocationFetcher);
    }

    /**
     * A copy that checks the revocation status of every certificate of each signer's path with
     * the fetcher, as the PDF verifier does with {@code VerificationPolicy.Builder.fetcher}
     * (e.g. {@code RevocationFetcher.from(HttpRevocationSource.of())}): the same fetcher
     * configures both. Revocation is then required: a certificate with no answer fails
     * ({@code REVOCATION}). Off by default: the library opens no sockets unless the caller asks,
     * and a học bạ số carries no revocation data of its own.
     *
     * @param fetcher fetches OCSP responses and CRLs, not null
     * @return the copy, not null
     */
    public VerificationSettings withRevocationFetcher(RevocationFetcher fetcher) {
        return new VerificationSettings(trustAnchors, validationTime, policy,
                Optional.of(Objects.requireNonNull(fetcher, "fetcher")));
    }

    /** @return the trusted roots and intermediates, not null */
    public TrustAnchors trustAnchors() {
        return trustAnchors;
    }

    /** @return the validation instant, not null */
    public Instant validationTime() {
        return validationTime;
    }

    /** @return the algorithm policy, not null */
    public AlgorithmPolicy policy() {
        return policy;
    }

    /** @return the fetcher revocation is checked with, empty if it is not checked, not null */
    public Optional<RevocationFetcher> revocationFetcher() {
        return revocationFetcher;
    }
}
