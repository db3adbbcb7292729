package vn.schoolrecords.core.transcript.digital.submission;

/**
 * The portal's decision on a submitted record or a registered certificate ({@code trang_thai},
 * {@code trang_thai_phe_duyet}): CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0, §II.2.3 and §II.2.5.
 */
public enum ApprovalStatus {
    /** 0: rejected (từ chối). */
    REJECTED(0),
    /** 1: approved (phê duyệt). */
    APPROVED(1);

    private final int code;

    ApprovalStatus(int code) {
        this.code = code;
    }

    /** @return the model's code */
    public int code() {
        return code;
    }

    /**
     * @param code a model code
     * @return the status
     * @throws IllegalArgumentException if no status has the code
     */
    public static ApprovalStatus ofCode(int code) {
        for (ApprovalStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no approval status " + code);
    }
}
