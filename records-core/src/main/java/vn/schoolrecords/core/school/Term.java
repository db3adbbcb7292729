package vn.schoolrecords.core.school;

/** A term of the school year for which results are recorded. */
public enum Term {
    /** Semester I (học kỳ I). */
    FIRST("Học kỳ I", "HK I"),
    /** Semester II (học kỳ II). */
    SECOND("Học kỳ II", "HK II"),
    /** The whole school year (cả năm). */
    WHOLE_YEAR("Cả năm", "CN");

    private final String vietnameseName;
    private final String abbreviation;

    Term(String vietnameseName, String abbreviation) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
    }

    /** @return the Vietnamese name, e.g. {@code Học kỳ I}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return the abbreviation used in grade books, e.g. {@code HK I}, not null */
    public String abbreviation() {
        return abbreviation;
    }
}
