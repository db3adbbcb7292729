package vn.schoolrecords.core.assessment;

/** The result of a subject assessed by comment only (đánh giá bằng nhận xét). */
public enum CommentResult implements Mark {
    /** Đạt (pass), written {@code Đ}. */
    PASS("Đạt", "Đ"),
    /** Chưa đạt (not yet passed), written {@code CĐ}. */
    FAIL("Chưa đạt", "CĐ");

    private final String vietnameseName;
    private final String abbreviation;

    CommentResult(String vietnameseName, String abbreviation) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
    }

    /** @return {@code Đạt} or {@code Chưa đạt}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return {@code Đ} or {@code CĐ}, as written in grade books */
    @Override
    public String display() {
        return abbreviation;
    }
}
