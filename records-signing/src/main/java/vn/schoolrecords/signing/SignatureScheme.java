package vn.schoolrecords.signing;

/** A signature scheme (lược đồ chữ ký) as named by PKCS #1 and ANSI X9.62. */
public enum SignatureScheme {
    /** RSASSA-PSS (PKCS #1 v2.1, RFC 3447 §8.1): the RSA scheme TT 15/2025/TT-BKHCN requires for signing. */
    RSASSA_PSS("RSA"),
    /**
     * RSASSA-PKCS1-v1_5 (RFC 3447 §8.2): still used by many Vietnamese tokens and CAs; allowed
     * only by a policy that says so, e.g. to verify legacy documents.
     */
    RSASSA_PKCS1_V1_5("RSA"),
    /** ECDSA (ANSI X9.62-2005). */
    ECDSA("EC");

    private final String keyAlgorithm;

    SignatureScheme(String keyAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
    }

    /** @return the JCA name of the key algorithm the scheme uses, {@code RSA} or {@code EC}, not null */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }
}
