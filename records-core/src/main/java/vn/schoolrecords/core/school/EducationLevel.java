package vn.schoolrecords.core.school;

/**
 * A level of general or continuing education (cấp học), which decides the circular that
 * assesses it.
 */
public enum EducationLevel {
    /** Primary (tiểu học), grades 1–5. */
    PRIMARY("Tiểu học", "TH", 1, 5),
    /** Lower secondary (trung học cơ sở, THCS), grades 6–9. */
    LOWER_SECONDARY("Trung học cơ sở", "THCS", 6, 9),
    /** Upper secondary (trung học phổ thông, THPT), grades 10–12. */
    UPPER_SECONDARY("Trung học phổ thông", "THPT", 10, 12),
    /**
     * Continuing education (giáo dục thường xuyên, GDTX) at THCS and THPT, grades 6–12,
     * assessed under TT 43/2021 rather than TT 22/2021.
     */
    CONTINUING("Giáo dục thường xuyên", "GDTX", 6, 12);

    private final String vietnameseName;
    private final String abbreviation;
    private final int firstGrade;
    private final int lastGrade;

    EducationLevel(String vietnameseName, String abbreviation, int firstGrade, int lastGrade) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    /** @return the Vietnamese name, e.g. {@code Trung học cơ sở}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return the usual abbreviation, e.g. {@code THCS}, not null */
    public String abbreviation() {
        return abbreviation;
    }

    /** @return the first grade of this level */
    public GradeLevel firstGrade() {
        return GradeLevel.of(firstGrade);
    }

    /** @return the last grade of this level, whose completion closes the level's transcript */
    public GradeLevel lastGrade() {
        return GradeLevel.of(lastGrade);
    }

    /**
     * Whether a grade is taught at this level.
     *
     * @param grade the grade, not null
     * @return true if the grade lies between the first and last grade
     */
    public boolean includes(GradeLevel grade) {
        return grade.number() >= firstGrade && grade.number() <= lastGrade;
    }
}
