package vn.schoolrecords.core.assessment;

/**
 * What followed for a primary student who did not complete the grade (Chưa hoàn thành): the
 * teacher's support plan and supplementary assessment (đánh giá bổ sung, TT 27/2020 Điều 11,
 * khoản 2) and, if the student still did not complete, the principal's decision (Điều 11,
 * khoản 3). Each constant says the {@link PromotionStatus} it leads to.
 */
public enum SupplementaryAssessment {
    /** Completed the grade at the supplementary assessment → {@link PromotionStatus#PROMOTED}. */
    COMPLETED("Hoàn thành chương trình lớp học sau đánh giá bổ sung"),
    /**
     * Still not completed; reported to the principal, who has not yet decided →
     * {@link PromotionStatus#PRINCIPAL_DECIDES}.
     */
    NOT_COMPLETED("Chưa hoàn thành sau đánh giá bổ sung, báo cáo hiệu trưởng"),
    /** Still not completed; the principal decided promotion (lên lớp) → {@link PromotionStatus#PROMOTED}. */
    NOT_COMPLETED_PRINCIPAL_PROMOTES("Chưa hoàn thành, hiệu trưởng quyết định cho lên lớp"),
    /** Still not completed; the principal decided retention (ở lại lớp) → {@link PromotionStatus#NOT_PROMOTED}. */
    NOT_COMPLETED_PRINCIPAL_RETAINS("Chưa hoàn thành, hiệu trưởng quyết định ở lại lớp");

    private final String vietnameseName;

    SupplementaryAssessment(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the outcome in Vietnamese, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
