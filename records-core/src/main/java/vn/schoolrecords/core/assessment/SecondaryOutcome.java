package vn.schoolrecords.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.Term;

/**
 * What TT 22/2021 (secondary) or TT 43/2021 (continuing education) concludes about one
 * student's school year: each subject's averages or comment results, the learning result per
 * semester and for the year (computed and adjusted), the year's conduct, promotion at the end of
 * the year and after the summer, the subjects to re-take, the award — and, built only when asked
 * for, the reasons.
 *
 * <p>Immutable and thread-safe. The per-subject views are built on each call from compact
 * results kept inside, so that assessing many students costs no per-subject objects.
 */
public final class SecondaryOutcome implements YearOutcome {

    private final SecondaryYear record;
    private final SecondaryTable table;
    private final AveragePolicy policy;
    private final int[] results;
    private final int first;
    private final int second;
    private final int whole;
    private final int afterReassessment;
    private final AchievementLevel conductOfYear;
    private final AchievementLevel finalConduct;
    private final PromotionStatus yearEnd;
    private final PromotionStatus promotion;
    private final long reassessmentMask;
    private final Award award;
    private final Reasons reasons;

    SecondaryOutcome(SecondaryYear record, SecondaryTable table, AveragePolicy policy, int[] results, int first,
            int second, int whole, int afterReassessment, AchievementLevel conductOfYear,
            AchievementLevel finalConduct, PromotionStatus yearEnd, PromotionStatus promotion, long reassessmentMask,
            Award award) {
        this.record = record;
        this.table = table;
        this.policy = policy;
        this.results = results;
        this.first = first;
        this.second = second;
        this.whole = whole;
        this.afterReassessment = afterReassessment;
        this.conductOfYear = conductOfYear;
        this.finalConduct = finalConduct;
        this.yearEnd = yearEnd;
        this.promotion = promotion;
        this.reassessmentMask = reassessmentMask;
        this.award = award;
        this.reasons = Reasons.lazy(() -> SecondaryExplainer.explain(this));
    }

    @Override
    public String studentId() {
        return record.studentId();
    }

    @Override
    public Regime regime() {
        return table.regime();
    }

    /** @return the record assessed, not null */
    public SecondaryYear record() {
        return record;
    }

    /** @return the rounding of averages used, not null */
    public AveragePolicy averagePolicy() {
        return policy;
    }

    /** @return each subject's results, in the record's order, not null */
    public List<SubjectResult> subjects() {
        List<SubjectResult> list = new ArrayList<>(record.subjects().size());
        for (int i = 0; i < record.subjects().size(); i++) {
            list.add(subject(i));
        }
        return List.copyOf(list);
    }

    /**
     * One subject's results.
     *
     * @param code the subject's code, not null
     * @return the results, or empty when the record has no such subject
     */
    public Optional<SubjectResult> subject(String code) {
        Objects.requireNonNull(code, "code");
        List<SubjectYear> subjects = record.subjects();
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i).subject().code().equals(code)) {
                return Optional.of(subject(i));
            }
        }
        return Optional.empty();
    }

    private SubjectResult subject(int i) {
        int base = i * SecondaryEngine.SLOTS;
        Optional<Mark> again = record.subjects().get(i).reassessment()
                .map(m -> mark(results[base + SecondaryEngine.COL_FINAL]));
        return new SubjectResult(record.subjects().get(i).subject(), mark(results[base]), mark(results[base + 1]),
                mark(results[base + SecondaryEngine.COL_YEAR]), again);
    }

    static Mark mark(int value) {
        return value == SecondaryEngine.PASS ? CommentResult.PASS
                : value == SecondaryEngine.FAIL ? CommentResult.FAIL : Score.ofTenths(value);
    }

    /**
     * The learning result of a semester or of the year, before any summer re-assessment.
     *
     * @param term the semester or {@link Term#WHOLE_YEAR}, not null
     * @return the computed and adjusted levels, not null
     */
    public LearningResult learning(Term term) {
        int packed = switch (term) {
            case FIRST -> first;
            case SECOND -> second;
            case WHOLE_YEAR -> whole;
        };
        return result(packed);
    }

    /** @return the year's learning result recomputed after the summer re-assessment, if it is complete */
    public Optional<LearningResult> learningAfterReassessment() {
        return afterReassessment < 0 ? Optional.empty() : Optional.of(result(afterReassessment));
    }

    private static LearningResult result(int packed) {
        return new LearningResult(SecondaryEngine.level(SecondaryEngine.computed(packed)),
                SecondaryEngine.level(SecondaryEngine.adjusted(packed)));
    }

    /** @return the year's learning level after adjustment and any completed summer re-assessment, not null */
    @Override
    public AchievementLevel learningLevel() {
        return SecondaryEngine.level(SecondaryEngine.adjusted(afterReassessment < 0 ? whole : afterReassessment));
    }

    /** @return the year's conduct from the semester pair (Điều 8.2b), before summer training, not null */
    public AchievementLevel conductOfYear() {
        return conductOfYear;
    }

    /** @return the year's conduct after any summer training, never empty here */
    @Override
    public Optional<RatedLevel> conductLevel() {
        return Optional.of(finalConduct);
    }

    /** @return the status decided at the end of the school year, before the summer, not null */
    public PromotionStatus yearEndPromotion() {
        return yearEnd;
    }

    /** @return the status after the summer results given in the record (equal to the year-end one if none), not null */
    @Override
    public PromotionStatus promotion() {
        return promotion;
    }

    @Override
    public List<String> reassessmentSubjects() {
        if (reassessmentMask == 0L) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(Long.bitCount(reassessmentMask));
        for (int i = 0; i < record.subjects().size(); i++) {
            if ((reassessmentMask & (1L << i)) != 0) {
                codes.add(record.subjects().get(i).subject().code());
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public Optional<Award> award() {
        return Optional.ofNullable(award);
    }

    @Override
    public Reasons reasons() {
        return reasons;
    }

    SecondaryTable table() {
        return table;
    }

    int[] results() {
        return results;
    }

    int packed(Term term) {
        return switch (term) {
            case FIRST -> first;
            case SECOND -> second;
            case WHOLE_YEAR -> whole;
        };
    }

    int packedAfterReassessment() {
        return afterReassessment;
    }

    long reassessmentMask() {
        return reassessmentMask;
    }

    /** @return e.g. {@code SecondaryOutcome[HS001, TT 22/2021, Khá, Tốt, PROMOTED]} */
    @Override
    public String toString() {
        return "SecondaryOutcome[" + studentId() + ", " + regime().shortName() + ", "
                + learningLevel().vietnameseName() + ", " + finalConduct.vietnameseName() + ", " + promotion + "]";
    }
}
