package vn.schoolrecords.signing.verify;

/**
 * The main status indication of a validation (kết luận kiểm tra), after ETSI EN 319 102-1 §5.1.3.
 */
public enum Indication {
    /** Every check passed: the signature is valid (hợp lệ). */
    TOTAL_PASSED,
    /** Some check could not be concluded, e.g. no path to a trust anchor or no revocation data (chưa xác định). */
    INDETERMINATE,
    /** A check failed: the signature is invalid or the document was altered (không hợp lệ). */
    TOTAL_FAILED
}
