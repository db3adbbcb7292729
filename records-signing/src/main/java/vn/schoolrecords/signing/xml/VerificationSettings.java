package vn.schoolrecords.signing.xml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.signing.AlgorithmPolicy;

/**
 * What a {@link DigitalTranscriptVerifier} trusts and when it validates: the trust anchors (the
 * root certificates of the CAs the caller accepts, e.g. the Ban Cơ yếu Chính phủ root for
 * chữ ký số chuyên dùng công vụ, NĐ 68/2024/NĐ-CP, and the licensed public CAs), the validation
 * instant, the algorithm policy and whether to check revocation online.
 *
 * <p>A minimal settings type for the XML verifier; the PDF verifier may bring a shared one.
 * Immutable.
 */
public final class VerificationSettings {

    private final List<X509Certificate> trustAnchors;
    private final Instant validationTime;
    private final AlgorithmPolicy policy;
    private final boolean revocationChecking;

    private VerificationSettings(List<X509Certificate> trustAnchors, Instant validationTime, AlgorithmPolicy policy,
            boolean revocationChecking) {
        this.trustAnchors = trustAnchors;
        this.validationTime = validationTime;
        this.policy = policy;
        this.revocationChecking = revocationChecking;
    }

    /**
     * Settings with the default policy ({@link AlgorithmPolicy#TT15_2025} accepting PKCS #1 v1.5,
     * since a verifier must read what tokens in use produce) and no online revocation checking.
     *
     * @param trustAnchors the trusted root certificates, not empty, not null
     * @param validationTime the instant the certificate paths are validated at, usually now, not null
     * @return the settings, not null
     */
    public static VerificationSettings of(Collection<X509Certificate> trustAnchors, Instant validationTime) {
        List<X509Certificate> anchors = List.copyOf(Objects.requireNonNull(trustAnchors, "trustAnchors"));
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("trustAnchors is empty");
        }
        return new VerificationSettings(anchors, Objects.requireNonNull(validationTime, "validationTime"),
                AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true), false);
    }

    /**
     * A copy with another algorithm policy.
     *
     * @param policy the policy, not null
     * @return the copy, not null
     */
    public VerificationSettings withPolicy(AlgorithmPolicy policy) {
        return new VerificationSettings(trustAnchors, validationTime, Objects.requireNonNull(policy, "policy"),
                revocationChecking);
    }

    /**
     * A copy that does or does not ask each certificate's OCSP responder (from its Authority
     * Information Access) whether it is revoked. Off by default: the library opens no sockets
     * unless the caller asks.
     *
     * @param enabled true to check revocation online
     * @return the copy, not null
     */
    public VerificationSettings withRevocationChecking(boolean enabled) {
        return new VerificationSettings(trustAnchors, validationTime, policy, enabled);
    }

    /** @return the trusted root certificates, not null */
    public List<X509Certificate> trustAnchors() {
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

    /** @return true if revocation is checked online */
    public boolean revocationChecking() {
        return revocationChecking;
    }
}
