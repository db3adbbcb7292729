package vn.schoolrecords.core.school;

/** How a subject is assessed (hình thức đánh giá). */
public enum AssessmentMode {
    /**
     * By comment only (đánh giá bằng nhận xét), with the result Đạt or Chưa đạt — secondary
     * subjects such as physical education and the arts (TT 22/2021 Điều 5.3a).
     */
    COMMENT,
    /**
     * By comment and score (nhận xét kết hợp đánh giá bằng điểm số) on the 10-point scale —
     * every other secondary subject (TT 22/2021 Điều 5.3b).
     */
    SCORE,
    /**
     * Primary: by level only — Hoàn thành tốt, Hoàn thành, Chưa hoàn thành (TT 27/2020 Điều 7.1a).
     */
    LEVEL,
    /**
     * Primary: by level plus periodic test scores, integers 0–10 (TT 27/2020 Điều 7.1b–d).
     */
    LEVEL_AND_TEST;

    /** @return true for the primary modes, {@link #LEVEL} and {@link #LEVEL_AND_TEST} */
    public boolean isPrimary() {
        return this == LEVEL || this == LEVEL_AND_TEST;
    }
}
