package vn.schoolrecords.core.transcript.digital.submission;

/**
 * The state of a recall request ({@code trang_thai}): CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0, §II.2.7.
 */
public enum RecallStatus {
    /** 1: waiting (chờ xử lý). */
    PENDING(1),
    /** 2: recall agreed (đồng ý thu hồi). */
    ACCEPTED(2),
    /** 3: recall refused (từ chối thu hồi). */
    REFUSED(3);

    private final int code;

    RecallStatus(int code) {
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
    public static RecallStatus ofCode(int code) {
        for (RecallStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no recall status " + code);
    }
}
