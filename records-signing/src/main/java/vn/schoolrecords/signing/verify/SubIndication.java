package vn.schoolrecords.signing.verify;

/**
 * Why a validation is not {@link Indication#TOTAL_PASSED}, after ETSI EN 319 102-1 §5.1.3,
 * Table 6, plus {@link #DISALLOWED_MODIFICATION} and {@link #DATA_MISMATCH}, which are this library's own.
 */
public enum SubIndication {
    /** The signature or the PDF structure around it is malformed (ETSI FORMAT_FAILURE): TOTAL_FAILED. */
    FORMAT_FAILURE,
    /** The digest of the signed bytes does not match the signed message digest: TOTAL_FAILED. */
    HASH_FAILURE,
    /** The signature value does not verify with the signer's public key: TOTAL_FAILED. */
    SIG_CRYPTO_FAILURE,
    /** The signer's certificate was revoked before a proven signing time: TOTAL_FAILED. */
    REVOKED,
    /**
     * Not ETSI: the document was changed after the signature in a way its permissions (ISO
     * 32000-2 §12.8.2, DocMDP and FieldMDP) or this library's rules do not allow; the signed
     * revision itself may be intact. TOTAL_FAILED.
     */
    DISALLOWED_MODIFICATION,
    /**
     * Not ETSI: the signed revision carries the record's JSON, and re-rendering that JSON does not
     * reproduce the signed pages' text (the data-bound check of
     * {@link VerificationPolicy.Builder#rendering}): what the signer saw is not what the data
     * says. TOTAL_FAILED.
     */
    DATA_MISMATCH,
    /** The signer's certificate is not among those the signature names or carries: INDETERMINATE. */
    NO_SIGNING_CERTIFICATE_FOUND,
    /** No path from the signer's certificate to a configured trust anchor: INDETERMINATE. */
    NO_CERTIFICATE_CHAIN_FOUND,
    /** A path exists but fails PKIX validation for another reason: INDETERMINATE. */
    CERTIFICATE_CHAIN_GENERAL_FAILURE,
    /** The certificate may not be used for signatures (key usage): INDETERMINATE. */
    CHAIN_CONSTRAINTS_FAILURE,
    /** An algorithm or key size is not accepted by the algorithm policy (TT 15/2025): INDETERMINATE. */
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    /** The certificate is revoked and no proof of existence before the revocation: INDETERMINATE. */
    REVOKED_NO_POE,
    /** The certificate had expired (or was not yet valid) at the validation time, with no proof of existence while valid: INDETERMINATE. */
    OUT_OF_BOUNDS_NO_POE,
    /** No revocation data could be found or fetched: try later. INDETERMINATE. */
    TRY_LATER,
    /** The document holds no signature at all: INDETERMINATE. */
    SIGNED_DATA_NOT_FOUND;

    /** @return the main indication this sub-indication belongs to, not null */
    public Indication indication() {
        return switch (this) {
            case FORMAT_FAILURE, HASH_FAILURE, SIG_CRYPTO_FAILURE, REVOKED, DISALLOWED_MODIFICATION, DATA_MISMATCH ->
                    Indication.TOTAL_FAILED;
            default -> Indication.INDETERMINATE;
        };
    }
}
