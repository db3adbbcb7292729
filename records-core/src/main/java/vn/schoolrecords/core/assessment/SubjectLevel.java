package vn.schoolrecords.core.assessment;

/**
 * The level of a primary subject or educational activity (mức đạt được của môn học, hoạt động
 * giáo dục) under TT 27/2020 Điều 7, khoản 1, điểm a, given at mid-HK I, end HK I, mid-HK II
 * and end of year.
 */
public enum SubjectLevel implements RatedLevel {
    /**
     * Hoàn thành tốt (T): "thực hiện tốt các yêu cầu học tập và thường xuyên có biểu hiện cụ thể
     * về các thành phần năng lực của môn học hoặc hoạt động giáo dục".
     */
    COMPLETED_WELL("Hoàn thành tốt", "T"),
    /**
     * Hoàn thành (H): "thực hiện được các yêu cầu học tập và có biểu hiện cụ thể về các thành
     * phần năng lực của môn học hoặc hoạt động giáo dục".
     */
    COMPLETED("Hoàn thành", "H"),
    /**
     * Chưa hoàn thành (C): "chưa thực hiện được một số yêu cầu học tập hoặc chưa có biểu hiện cụ
     * thể về các thành phần năng lực của môn học hoặc hoạt động giáo dục".
     */
    NOT_COMPLETED("Chưa hoàn thành", "C");

    private final String vietnameseName;
    private final String abbreviation;

    SubjectLevel(String vietnameseName, String abbreviation) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
    }

    @Override
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return the letter written in the học bạ: {@code T}, {@code H} or {@code C}, not null */
    public String abbreviation() {
        return abbreviation;
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
    public boolean isAtLeast(SubjectLevel other) {
        return ordinal() <= other.ordinal();
    }
}
