package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A key, digest or signature scheme is weaker than, or not among, what the algorithm policy
 * allows (thuật toán không đáp ứng yêu cầu, TT 15/2025/TT-BKHCN). Nothing was signed or accepted.
 */
public final class WeakAlgorithmException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "WEAK_ALGORITHM";

    /** Which rule was broken. */
    public enum Reason {
        /** The key type is neither RSA nor EC. */
        UNSUPPORTED_KEY_TYPE,
        /** The key is shorter than the policy's minimum for its type. */
        KEY_TOO_SHORT,
        /** The digest (hàm băm) is not one the policy allows, e.g. SHA-1. */
        DIGEST_NOT_ALLOWED,
        /** The signature scheme does not fit the key or is not allowed, e.g. PKCS #1 v1.5 by default. */
        SCHEME_NOT_ALLOWED
    }

    private final Reason reason;
    private final String keyAlgorithm;
    private final int keyBits;
    private final String digest;

    /**
     * Creates the exception.
     *
     * @param reason the broken rule, not null
     * @param keyAlgorithm the key's algorithm, e.g. {@code RSA}, not null
     * @param keyBits the key's size in bits, 0 when unknown
     * @param digest the digest asked for, exactly as given, not null
     * @param text the message in Vietnamese and English, not null
     */
    public WeakAlgorithmException(Reason reason, String keyAlgorithm, int keyBits, String digest, LocalizedText text) {
        super(CODE, text);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.keyAlgorithm = Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        this.keyBits = keyBits;
        this.digest = Objects.requireNonNull(digest, "digest");
    }

    /** @return the broken rule, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the key's algorithm, e.g. {@code RSA} or {@code EC}, not null */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** @return the key's size in bits, 0 when unknown */
    public int keyBits() {
        return keyBits;
    }

    /** @return the digest asked for, exactly as given, not null */
    public String digest() {
        return digest;
    }
}
