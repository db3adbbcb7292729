package vn.schoolrecords.signing;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.WeakAlgorithmException.Reason;

/**
 * Which keys, digests and signature schemes may be used for digital signatures (chữ ký số),
 * after TT 15/2025/TT-BKHCN (in force 15/08/2025), Phụ lục, on the technical requirements of
 * signing and verification software:
 * <ul>
 * <li>RSA per PKCS #1 version 2.1 or later (RFC 3447) with keys of at least 2048 bits, signing
 *     with RSASSA-PSS;</li>
 * <li>or ECDSA (ANSI X9.62-2005) with keys of at least 256 bits;</li>
 * <li>digests of FIPS 180-4 or FIPS 202: SHA-256, SHA-384, SHA-512, SHA-512/224, SHA-512/256,
 *     SHA3-256, SHA3-384, SHA3-512; SHA-1 and MD5 are refused.</li>
 * </ul>
 *
 * <p>RSASSA-PKCS1-v1_5 is refused by {@link #TT15_2025} and accepted by a policy made with
 * {@link #withPkcs1v15Allowed(boolean)}: many Vietnamese tokens and CAs still sign with it, and a
 * verifier must accept legacy documents (an interpretation, see regulations R8.4). Policies are
 * immutable and thread-safe.
 */
public final class AlgorithmPolicy {

    /** Where the rules come from. */
    public static final String CITATION = "TT 15/2025/TT-BKHCN, Phụ lục (tiêu chuẩn bắt buộc áp dụng)";

    /** The day TT 15/2025/TT-BKHCN came into force. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2025, 8, 15);

    /** The shortest RSA key accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    /** The shortest EC key accepted, in bits. */
    public static final int MIN_EC_BITS = 256;

    /** The default digest: SHA-256. */
    public static final String DEFAULT_DIGEST = "SHA-256";

    /** The policy of TT 15/2025/TT-BKHCN: RSASSA-PSS or ECDSA, no PKCS #1 v1.5. */
    public static final AlgorithmPolicy TT15_2025 = new AlgorithmPolicy(false);

    /** Standard digest names with their lengths in bytes, in order of preference. */
    private static final Map<String, Integer> DIGESTS = Map.of(
            "SHA-256", 32, "SHA-384", 48, "SHA-512", 64, "SHA-512/224", 28, "SHA-512/256", 32,
            "SHA3-256", 32, "SHA3-384", 48, "SHA3-512", 64);
    private static final List<String> DIGEST_ORDER = List.of(
            "SHA-256", "SHA-384", "SHA-512", "SHA-512/224", "SHA-512/256", "SHA3-256", "SHA3-384", "SHA3-512");

    private final boolean pkcs1v15Allowed;

    private AlgorithmPolicy(boolean pkcs1v15Allowed) {
        this.pkcs1v15Allowed = pkcs1v15Allowed;
    }

    /**
     * A copy of this policy that does or does not accept RSASSA-PKCS1-v1_5.
     *
     * @param allowed true to accept PKCS #1 v1.5 signatures (e.g. when verifying legacy documents)
     * @return the policy, not null
     */
    public AlgorithmPolicy withPkcs1v15Allowed(boolean allowed) {
        return allowed == pkcs1v15Allowed ? this : new AlgorithmPolicy(allowed);
    }

    /** @return true if RSASSA-PKCS1-v1_5 is accepted */
    public boolean pkcs1v15Allowed() {
        return pkcs1v15Allowed;
    }

    /** @return the digests accepted, standard names, in order of preference, not null */
    public List<String> allowedDigests() {
        return DIGEST_ORDER;
    }

    /**
     * Checks a key and digest with the default scheme of the key: RSASSA-PSS for RSA, ECDSA for EC.
     *
     * @param key the signer's public key, not null
     * @param digest the digest name, e.g. {@code SHA-256} (also {@code SHA256}, any case), not null
     * @return the accepted algorithm, not null
     * @throws WeakAlgorithmException naming the broken rule
     */
    public AlgorithmChoice check(PublicKey key, String digest) {
        Objects.requireNonNull(key, "key");
        SignatureScheme scheme = "EC".equals(keyAlgorithm(key)) ? SignatureScheme.ECDSA : SignatureScheme.RSASSA_PSS;
        return check(key, digest, scheme);
    }

    /**
     * Checks a key, digest and signature scheme.
     *
     * @param key the signer's public key, not null
     * @param digest the digest name, e.g. {@code SHA-256} (also {@code SHA256}, any case), not null
     * @param scheme the signature scheme, not null
     * @return the accepted algorithm, with the digest's standard name, not null
     * @throws WeakAlgorithmException naming the broken rule
     */
    public AlgorithmChoice check(PublicKey key, String digest, SignatureScheme scheme) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(scheme, "scheme");
        String algorithm = keyAlgorithm(key);
        int bits = keyBits(key);
        if (bits == 0) {
            throw new WeakAlgorithmException(Reason.UNSUPPORTED_KEY_TYPE, key.getAlgorithm(), 0, digest,
                    LocalizedText.of(
                            "loại khóa " + key.getAlgorithm() + " không được chấp nhận; chỉ dùng RSA hoặc ECDSA ("
                                    + CITATION + ")",
                            "key type " + key.getAlgorithm() + " is not accepted; use RSA or ECDSA (" + CITATION + ")"));
        }
        int minimum = algorithm.equals("RSA") ? MIN_RSA_BITS : MIN_EC_BITS;
        if (bits < minimum) {
            throw new WeakAlgorithmException(Reason.KEY_TOO_SHORT, algorithm, bits, digest, LocalizedText.of(
                    "khóa " + algorithm + " dài " + bits + " bit, ngắn hơn mức tối thiểu " + minimum + " bit ("
                            + CITATION + ")",
                    algorithm + " key of " + bits + " bits is shorter than the minimum of " + minimum + " bits ("
                            + CITATION + ")"));
        }
        if (!scheme.keyAlgorithm().equals(algorithm)) {
            throw new WeakAlgorithmException(Reason.SCHEME_NOT_ALLOWED, algorithm, bits, digest, LocalizedText.of(
                    "lược đồ " + scheme + " không dùng được với khóa " + algorithm,
                    "scheme " + scheme + " cannot be used with an " + algorithm + " key"));
        }
        if (scheme == SignatureScheme.RSASSA_PKCS1_V1_5 && !pkcs1v15Allowed) {
            throw new WeakAlgorithmException(Reason.SCHEME_NOT_ALLOWED, algorithm, bits, digest, LocalizedText.of(
                    "chữ ký RSA phải dùng RSASSA-PSS (PKCS #1 phiên bản 2.1 trở lên); PKCS #1 v1.5 không được "
                            + "chấp nhận theo chính sách này (" + CITATION + ")",
                    "RSA signatures must use RSASSA-PSS (PKCS #1 version 2.1 or later); PKCS #1 v1.5 is not "
                            + "accepted by this policy (" + CITATION + ")"));
        }
        String standard = standardDigest(digest).orElseThrow(() -> new WeakAlgorithmException(
                Reason.DIGEST_NOT_ALLOWED, algorithm, bits, digest, LocalizedText.of(
                        "hàm băm " + digest + " không được chấp nhận; dùng một trong " + DIGEST_ORDER + " ("
                                + CITATION + ")",
                        "digest " + digest + " is not accepted; use one of " + DIGEST_ORDER + " (" + CITATION + ")")));
        return new AlgorithmChoice(scheme, standard, algorithm, bits);
    }

    /**
     * Whether a key and digest pass {@link #check(PublicKey, String)}.
     *
     * @param key the public key, not null
     * @param digest the digest name, not null
     * @return true if accepted
     */
    public boolean accepts(PublicKey key, String digest) {
        try {
            check(key, digest);
            return true;
        } catch (WeakAlgorithmException e) {
            return false;
        }
    }

    static int digestLength(String standardName) {
        return DIGESTS.get(standardName);
    }

    /** The standard name of an accepted digest: {@code sha256}, {@code SHA256} and {@code SHA-256} alike. */
    private static Optional<String> standardDigest(String name) {
        String compact = name.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return DIGEST_ORDER.stream().filter(d -> d.replace("-", "").equals(compact)).findFirst();
    }

    private static String keyAlgorithm(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return "RSA";
        }
        if (key instanceof ECPublicKey) {
            return "EC";
        }
        return key.getAlgorithm();
    }

    /** The size that the rules measure: the RSA modulus, the EC field; 0 for other keys. */
    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        return 0;
    }

    @Override
    public String toString() {
        return "AlgorithmPolicy[" + CITATION + (pkcs1v15Allowed ? ", PKCS #1 v1.5 allowed" : "") + "]";
    }
}
