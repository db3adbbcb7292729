package vn.schoolrecords.core.assessment;

import java.time.LocalDate;

/**
 * An assessment regime: the circular (thông tư) whose rules assess a grade in a school year.
 * {@link AssessmentRulesProvider} chooses it from the education level, grade and school year.
 * Constants are declared oldest first, by the day their circular came into force.
 */
public enum Regime {
    /**
     * TT 58/2011/TT-BGDĐT, original text: lower and upper secondary, in force 26/01/2012; used
     * here for school years up to 2019-2020.
     */
    TT58_2011("TT 58/2011", "Thông tư 58/2011/TT-BGDĐT", LocalDate.of(2012, 1, 26)),
    /**
     * TT 58/2011 as amended by TT 26/2020/TT-BGDĐT (in force 11/10/2020): from 2020-2021 until
     * TT 22/2021 takes over grade by grade.
     */
    TT58_TT26_2020("TT 58/2011 (sửa đổi bởi TT 26/2020)", "Thông tư 58/2011/TT-BGDĐT, sửa đổi bởi Thông tư 26/2020/TT-BGDĐT",
            LocalDate.of(2020, 10, 11)),
    /** TT 27/2020/TT-BGDĐT: primary, in force 20/10/2020, grade by grade from 2020-2021. */
    TT27_2020("TT 27/2020", "Thông tư 27/2020/TT-BGDĐT", LocalDate.of(2020, 10, 20)),
    /** TT 22/2021/TT-BGDĐT: lower and upper secondary, in force 05/09/2021, grade by grade. */
    TT22_2021("TT 22/2021", "Thông tư 22/2021/TT-BGDĐT", LocalDate.of(2021, 9, 5)),
    /** TT 43/2021/TT-BGDĐT: continuing education (GDTX), in force 14/02/2022, grade by grade. */
    TT43_2021("TT 43/2021", "Thông tư 43/2021/TT-BGDĐT", LocalDate.of(2022, 2, 14));

    private final String shortName;
    private final String fullName;
    private final LocalDate inForce;

    Regime(String shortName, String fullName, LocalDate inForce) {
        this.shortName = shortName;
        this.fullName = fullName;
        this.inForce = inForce;
    }

    /** @return the short name used in citations, e.g. {@code TT 22/2021}, not null */
    public String shortName() {
        return shortName;
    }

    /** @return the full name, e.g. {@code Thông tư 22/2021/TT-BGDĐT}, not null */
    public String fullName() {
        return fullName;
    }

    /** @return the day the circular came into force, not null */
    public LocalDate inForce() {
        return inForce;
    }
}
