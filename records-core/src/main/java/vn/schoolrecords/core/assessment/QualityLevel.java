package vn.schoolrecords.core.assessment;

/**
 * The level of a primary student's quality or competence (mức đạt được của phẩm chất, năng
 * lực) under TT 27/2020 Điều 7, khoản 2, set by the homeroom teacher with the class's teachers
 * at mid-HK I, end HK I, mid-HK II and end of year. The Javadoc of each constant quotes the
 * circular.
 */
public enum QualityLevel implements RatedLevel {
    /** Tốt: "Đáp ứng tốt yêu cầu giáo dục, biểu hiện rõ và thường xuyên." */
    GOOD("Tốt"),
    /** Đạt: "Đáp ứng được yêu cầu giáo dục, biểu hiện nhưng chưa thường xuyên." */
    PASS("Đạt"),
    /** Cần cố gắng: "Chưa đáp ứng được đầy đủ yêu cầu giáo dục, biểu hiện chưa rõ." */
    NEEDS_EFFORT("Cần cố gắng");

    private final String vietnameseName;

    QualityLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    @Override
    public String vietnameseName() {
        return vietnameseName;
    }

    @Override
    public int rank() {
        return ordinal();
    }

    /**
     * Whether this level is the given one or better.
     *
     * @param other the level compared with, not null
     * @return true if at least as good
     */
    public boolean isAtLeast(QualityLevel other) {
        return ordinal() <= other.ordinal();
    }
}
