package vn.schoolrecords.core.assessment;

import vn.schoolrecords.core.school.Term;

/**
 * A point of the primary school year at which subjects, qualities and competences are assessed
 * (thời điểm đánh giá định kỳ, TT 27/2020 Điều 7): mid-HK I, end HK I, mid-HK II, end of year.
 */
public enum PrimaryCheckpoint {
    /** Giữa học kỳ I. */
    MID_FIRST_TERM("Giữa học kỳ I", Term.FIRST),
    /** Cuối học kỳ I. */
    END_OF_FIRST_TERM("Cuối học kỳ I", Term.FIRST),
    /** Giữa học kỳ II. */
    MID_SECOND_TERM("Giữa học kỳ II", Term.SECOND),
    /** Cuối năm học — the point the year's result reads. */
    END_OF_YEAR("Cuối năm học", Term.WHOLE_YEAR);

    private final String vietnameseName;
    private final Term term;

    PrimaryCheckpoint(String vietnameseName, Term term) {
        this.vietnameseName = vietnameseName;
        this.term = term;
    }

    /** @return the name used in the học bạ, e.g. {@code Cuối năm học}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The term an error about this point names: semester I for the two HK I points, semester II
     * for mid-HK II, the whole year for the end of the year.
     *
     * @return the term, not null
     */
    public Term term() {
        return term;
    }

    /** @return true for the mid-term points, which the year's result does not read */
    public boolean isMidTerm() {
        return this == MID_FIRST_TERM || this == MID_SECOND_TERM;
    }
}
