package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Set;

/**
 * The assessment rules of TT 43/2021/TT-BGDĐT for learners of continuing education (học viên
 * giáo dục thường xuyên, GDTX) at THCS and THPT level, reading a {@link SecondaryYear} of
 * level {@code CONTINUING}. They are TT 22/2021's ({@link Tt22Rules}) with these differences:
 * <ul>
 *   <li>the learning levels count 5 subjects instead of 6 (Điều 9.2). Tốt is confirmed; the Khá
 *       and Đạt thresholds are TT 22's with 5 subjects — a best reading, <b>unverified</b>, and
 *       flagged in every reason that uses them;</li>
 *   <li>no comment-subject condition by default: comment-only subjects are assessed and
 *       reported but enter the levels only if named in {@link #withCommentOnlySubjects(Set)};</li>
 *   <li>every selected learning topic (chuyên đề) counts as one regular assessment (Điều 9.1),
 *       so a subject may carry more than the minimum; the record carries them as regular scores;</li>
 *   <li>promotion Điều 11, summer training Điều 12, re-assessment Điều 13, decided by the centre
 *       director (giám đốc); awards Học viên Xuất sắc / Học viên Giỏi (Điều 14).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Tt43Rules implements AssessmentRules {

    private static final Tt43Rules STANDARD = new Tt43Rules(AveragePolicy.DEFAULT, SecondaryTable.TT43);

    private final AveragePolicy policy;
    private final SecondaryTable table;

    private Tt43Rules(AveragePolicy policy, SecondaryTable table) {
        this.policy = policy;
        this.table = table;
    }

    /** @return the rules with the default average policy and no comment-subject condition, not null */
    public static Tt43Rules standard() {
        return STANDARD;
    }

    /**
     * The same rules with another rounding of averages. (TT 43 Điều 9.1 itself rounds both
     * averages to one decimal.)
     *
     * @param averagePolicy the policy, not null
     * @return the copy, not null
     */
    public Tt43Rules withAveragePolicy(AveragePolicy averagePolicy) {
        return new Tt43Rules(Objects.requireNonNull(averagePolicy, "averagePolicy"), table);
    }

    /**
     * The same rules with comment-only subjects that enter the learning levels as under TT 22
     * (every one Đạt for Tốt and Khá, at most one Chưa đạt for Đạt), for a reader of Điều 9.2
     * who finds that condition in it.
     *
     * @param subjectCodes the codes of those subjects, which must be assessed by comment, not null
     * @return the copy, not null
     */
    public Tt43Rules withCommentOnlySubjects(Set<String> subjectCodes) {
        return new Tt43Rules(policy, table.withCountedCommentSubjects(Set.copyOf(subjectCodes)));
    }

    /** @return the rounding of averages, not null */
    public AveragePolicy averagePolicy() {
        return policy;
    }

    /** @return the comment-only subjects that enter the learning levels, empty by default, not null */
    public Set<String> commentOnlySubjects() {
        return table.countedCommentSubjects();
    }

    @Override
    public Regime regime() {
        return Regime.TT43_2021;
    }

    /**
     * Assesses a GDTX learner's school year.
     *
     * @param record a {@link SecondaryYear} of level {@code CONTINUING} under TT 43/2021, not null
     * @return the outcome, not null
     * @throws AssessmentInputException if the record is of another kind or regime, or its
     *     assessments are missing or inconsistent
     */
    @Override
    public SecondaryOutcome assess(StudentYearRecord record) {
        return SecondaryEngine.assess(Objects.requireNonNull(record, "record"), table, policy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tt43Rules other && policy.equals(other.policy) && table.equals(other.table);
    }

    @Override
    public int hashCode() {
        return policy.hashCode() * 31 + table.hashCode();
    }

    @Override
    public String toString() {
        return "Tt43Rules[" + policy + ", commentOnlySubjects=" + commentOnlySubjects() + "]";
    }
}
