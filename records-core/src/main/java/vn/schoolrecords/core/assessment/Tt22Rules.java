package vn.schoolrecords.core.assessment;

import java.util.Objects;

/**
 * The assessment rules of TT 22/2021/TT-BGDĐT for lower and upper secondary students (học sinh
 * THCS, THPT), reading a {@link SecondaryYear}:
 * <ul>
 *   <li>regular assessments (đánh giá thường xuyên, ĐĐGtx) per semester: 2 for comment-only
 *       subjects; for scored subjects 2 up to 35 periods a year, 3 up to 70, 4 above (Điều
 *       6.2) — fewer is an error, more are accepted and averaged (see the interpretations);
 *       exactly one mid-term and one end-of-term (Điều 7.1);</li>
 *   <li>semester average ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5) and year average
 *       ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3 (Điều 9.1b), rounded by the {@link AveragePolicy};
 *       comment subjects Đạt only if every assessment is Đạt, the year's result being
 *       semester II's (Điều 9.1a);</li>
 *   <li>learning result (kết quả học tập) Tốt / Khá / Đạt / Chưa đạt per semester and year
 *       (Điều 9.2) with the one-step adjustment of Điều 9.3;</li>
 *   <li>year conduct (kết quả rèn luyện) from the semester pair (Điều 8.2b); promotion (Điều
 *       12: conduct and learning at least Đạt, at most 45 days absent); summer conduct training
 *       (Điều 13) and re-assessment (Điều 14), recomputed when their results are in the record;
 *       a student with a disability not otherwise promoted is left to the principal (Điều 12.2);</li>
 *   <li>awards Học sinh Xuất sắc and Học sinh Giỏi (Điều 15).</li>
 * </ul>
 * Immutable and thread-safe; {@link #standard()} is what {@link AssessmentRulesProvider} gives.
 */
public final class Tt22Rules implements AssessmentRules {

    private static final Tt22Rules STANDARD = new Tt22Rules(AveragePolicy.DEFAULT);

    private final AveragePolicy policy;

    private Tt22Rules(AveragePolicy policy) {
        this.policy = policy;
    }

    /** @return the rules with the default average policy ({@link AveragePolicy#DEFAULT}), not null */
    public static Tt22Rules standard() {
        return STANDARD;
    }

    /**
     * The same rules with another rounding of averages, e.g. as a Sở rules it.
     *
     * @param averagePolicy the policy, not null
     * @return the copy, not null
     */
    public Tt22Rules withAveragePolicy(AveragePolicy averagePolicy) {
        return new Tt22Rules(Objects.requireNonNull(averagePolicy, "averagePolicy"));
    }

    /** @return the rounding of averages, not null */
    public AveragePolicy averagePolicy() {
        return policy;
    }

    /**
     * A semester average of a subject assessed by score (điểm trung bình môn học kỳ, ĐTBmhk,
     * Điều 9.1b): {@code (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5)}, rounded by this rule set's
     * {@link AveragePolicy} — the value {@link #assess} gives for the semester.
     *
     * @param term the semester's scores, with one mid-term, not null
     * @return the average, not null
     */
    public Score semesterAverage(ScoredTerm term) {
        return Score.ofTenths(SecondaryEngine.semesterAverage(Objects.requireNonNull(term, "term"), policy));
    }

    /**
     * A year average (ĐTBmcn, Điều 9.1b): {@code (ĐTBmhkI + 2·ĐTBmhkII) / 3}, from rounded or
     * exact semester averages as this rule set's {@link AveragePolicy} says — the value
     * {@link #assess} gives for the year.
     *
     * @param first semester I's scores, not null
     * @param second semester II's scores, not null
     * @return the average, not null
     */
    public Score yearAverage(ScoredTerm first, ScoredTerm second) {
        return Score.ofTenths(SecondaryEngine.yearAverage(Objects.requireNonNull(first, "first"),
                Objects.requireNonNull(second, "second"), policy));
    }

    /**
     * The semester result of a subject assessed by comment (Điều 9.1a): Đạt only if every
     * assessment of the semester is Đạt.
     *
     * @param term the semester's results, with one mid-term, not null
     * @return {@link CommentResult#PASS} or {@link CommentResult#FAIL}, not null
     */
    public CommentResult semesterResult(CommentTerm term) {
        return SecondaryEngine.commentPasses(Objects.requireNonNull(term, "term")) ? CommentResult.PASS
                : CommentResult.FAIL;
    }

    @Override
    public Regime regime() {
        return Regime.TT22_2021;
    }

    /**
     * Assesses a secondary student's school year.
     *
     * @param record a {@link SecondaryYear} of a grade and year under TT 22/2021, not null
     * @return the outcome, not null
     * @throws AssessmentInputException if the record is of another kind or regime, or its
     *     assessments are missing or inconsistent
     */
    @Override
    public SecondaryOutcome assess(StudentYearRecord record) {
        return SecondaryEngine.assess(Objects.requireNonNull(record, "record"), SecondaryTable.TT22, policy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tt22Rules other && policy.equals(other.policy);
    }

    @Override
    public int hashCode() {
        return policy.hashCode();
    }

    @Override
    public String toString() {
        return "Tt22Rules[" + policy + "]";
    }
}
