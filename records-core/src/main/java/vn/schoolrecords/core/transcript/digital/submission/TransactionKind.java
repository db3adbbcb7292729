package vn.schoolrecords.core.transcript.digital.submission;

/**
 * The transaction kinds (loại giao dịch) between a school's software and the province's
 * receiving portal (Cổng tiếp nhận học bạ số), with their codes: CV 2088/BGDĐT-GDTH, Phụ lục 1,
 * v1.0, §II.2.1.
 */
public enum TransactionKind {
    /** 1: submit a batch of issued records (nộp báo cáo dữ liệu học bạ số). */
    SUBMIT(1, true),
    /** 2: query the result of a submission (truy vấn kết quả phát hành). */
    QUERY_SUBMIT_RESULT(2, false),
    /** 3: register the school's organisation certificate (đăng ký chứng thư số). */
    REGISTER_CERTIFICATE(3, true),
    /** 4: query the certificate registration (truy vấn kết quả đăng ký chứng thư số). */
    QUERY_REGISTRATION(4, false),
    /** 5: request the recall of issued records (thu hồi dữ liệu học bạ số). */
    RECALL(5, true),
    /** 6: query the recall (truy vấn kết quả thu hồi). */
    QUERY_RECALL(6, false);

    private final int code;
    private final boolean hasContent;

    TransactionKind(int code, boolean hasContent) {
        this.code = code;
        this.hasContent = hasContent;
    }

    /** @return the model's code, 1–6 */
    public int code() {
        return code;
    }

    /** @return true if the transaction carries a compressed {@code content} */
    public boolean hasContent() {
        return hasContent;
    }

    /**
     * @param code a model code
     * @return the kind
     * @throws IllegalArgumentException if no kind has the code
     */
    public static TransactionKind ofCode(int code) {
        for (TransactionKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("no transaction kind " + code);
    }
}
