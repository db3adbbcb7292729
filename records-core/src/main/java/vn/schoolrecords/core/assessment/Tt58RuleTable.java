package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Set;

/**
 * The data that tells TT 58/2011 (original) from TT 58/2011 as amended by TT 26/2020: one
 * immutable table per regime, read by the single implementation {@link Tt58Rules}.
 *
 * @param regime {@link Regime#TT58_2011} or {@link Regime#TT58_TT26_2020}, not null
 * @param regularCountBasis how the minimum number of regular tests (KTtx / ĐĐGtx) per semester
 *     is found from the subject's periods, not null
 * @param exactlyOneMidterm true when each scored semester has exactly one mid-term (ĐĐGgk,
 *     TT 26/2020); false when it has one or more periodic tests (KTđk, TT 58/2011 Điều 7)
 * @param keySubjectCodes the subjects of which at least one must reach the level's average
 *     (Điều 13): {@code TOAN}, {@code NGU_VAN} under TT 58; plus {@code NGOAI_NGU_1} under
 *     TT 26/2020; not null, not empty
 * @param averagePolicy how semester and year averages are rounded (Điều 10.1c: one decimal), not null
 * @param principalDecidesForDisability true when the principal decides the promotion of a
 *     student with a disability (Điều 15 khoản 3, added by TT 26/2020)
 */
public record Tt58RuleTable(Regime regime, RegularCountBasis regularCountBasis, boolean exactlyOneMidterm,
        Set<String> keySubjectCodes, AveragePolicy averagePolicy, boolean principalDecidesForDisability) {

    /**
     * Weeks of teaching per school year used to turn periods per year into periods per week
     * under TT 58/2011, whose Điều 7 counts by periods per week while {@code Subject} records
     * periods per year: 35 weeks (the national school-year plan). (Interpretation.)
     */
    public static final int WEEKS_PER_YEAR = 35;

    /** How the minimum number of regular tests is read from the subject's periods. */
    public enum RegularCountBasis {
        /**
         * TT 58/2011 Điều 7: by periods per week — at most 1: 2 tests; more than 1 and fewer
         * than 3: 3 tests; 3 or more: 4 tests; periods per week = periods per year / 35.
         */
        PERIODS_PER_WEEK,
        /** TT 26/2020: by periods per year — up to 35: 2; 36 to 70: 3; more than 70: 4. */
        PERIODS_PER_YEAR
    }

    /** TT 58/2011, original text (school years 2011-2012 to 2019-2020). */
    public static final Tt58RuleTable TT58_2011 = new Tt58RuleTable(Regime.TT58_2011,
            RegularCountBasis.PERIODS_PER_WEEK, false, Set.of("TOAN", "NGU_VAN"), AveragePolicy.DEFAULT, false);

    /** TT 58/2011 as amended by TT 26/2020 (from 2020-2021 until TT 22/2021 reaches the grade). */
    public static final Tt58RuleTable TT58_TT26_2020 = new Tt58RuleTable(Regime.TT58_TT26_2020,
            RegularCountBasis.PERIODS_PER_YEAR, true, Set.of("TOAN", "NGU_VAN", "NGOAI_NGU_1"),
            AveragePolicy.DEFAULT, true);

    /**
     * Checks the table.
     *
     * @throws IllegalArgumentException if the regime is not a TT 58 one or there is no key subject
     */
    public Tt58RuleTable {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(regularCountBasis, "regularCountBasis");
        keySubjectCodes = Set.copyOf(keySubjectCodes);
        Objects.requireNonNull(averagePolicy, "averagePolicy");
        if (regime != Regime.TT58_2011 && regime != Regime.TT58_TT26_2020) {
            throw new IllegalArgumentException("a TT 58 rule table is for TT58_2011 or TT58_TT26_2020, not " + regime);
        }
        if (keySubjectCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one key subject (môn Toán, Ngữ văn…) is needed");
        }
    }

    /**
     * The minimum number of regular tests (KTtx / ĐĐGtx) per semester.
     *
     * @param periodsPerYear the subject's periods per school year, ≥ 1
     * @return 2, 3 or 4
     */
    public int minimumRegular(int periodsPerYear) {
        return switch (regularCountBasis) {
            // ≤ 1 period a week ⇔ ≤ 35 a year; ≥ 3 a week ⇔ ≥ 105 a year — exact, no division.
            case PERIODS_PER_WEEK -> periodsPerYear <= WEEKS_PER_YEAR ? 2 : periodsPerYear < 3 * WEEKS_PER_YEAR ? 3 : 4;
            case PERIODS_PER_YEAR -> periodsPerYear <= 35 ? 2 : periodsPerYear <= 70 ? 3 : 4;
        };
    }

    /**
     * The same table with other key subjects, for a school whose subject codes differ (e.g.
     * {@code TIENG_ANH} for the foreign language).
     *
     * @param codes the key subject codes, not null, not empty
     * @return the copy, not null
     */
    public Tt58RuleTable withKeySubjectCodes(Set<String> codes) {
        return new Tt58RuleTable(regime, regularCountBasis, exactlyOneMidterm, codes, averagePolicy,
                principalDecidesForDisability);
    }

    /**
     * The same table with another rounding of averages.
     *
     * @param policy the policy, not null
     * @return the copy, not null
     */
    public Tt58RuleTable withAveragePolicy(AveragePolicy policy) {
        return new Tt58RuleTable(regime, regularCountBasis, exactlyOneMidterm, keySubjectCodes, policy,
                principalDecidesForDisability);
    }

    /** @return the document cited by these rules, e.g. {@code TT 58/2011 (sửa đổi bởi TT 26/2020)}, not null */
    public String document() {
        return regime.shortName();
    }
}
