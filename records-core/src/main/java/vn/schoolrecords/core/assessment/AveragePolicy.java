package vn.schoolrecords.core.assessment;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * How averages are rounded — a choice the circulars leave partly open, so it is named and
 * overridable rather than buried in code.
 *
 * <p>TT 58/2011 Điều 10.1c and TT 43/2021 Điều 9.1 round the semester and year averages to one
 * decimal; TT 22/2021 Điều 9 states no rounding for them, only for assessment scores (Điều
 * 5.3b). The {@linkplain #DEFAULT default} reads all of them alike: round the semester
 * average (ĐTBmhk) to one decimal half-up, compute the year average (ĐTBmcn) from the rounded
 * semester averages, round it the same way. A province (Sở) may rule otherwise; pass another
 * policy to the rules.
 *
 * @param rounding how a fraction of a tenth is rounded, not null
 * @param yearFromRoundedSemesters true to compute ĐTBmcn from the rounded ĐTBmhk values,
 *     false to compute it from the exact ones
 */
public record AveragePolicy(RoundingMode rounding, boolean yearFromRoundedSemesters) {

    /** One decimal, half-up; the year average from the rounded semester averages. (Interpretation.) */
    public static final AveragePolicy DEFAULT = new AveragePolicy(RoundingMode.HALF_UP, true);

    /** Checks presence. */
    public AveragePolicy {
        Objects.requireNonNull(rounding, "rounding");
    }
}
