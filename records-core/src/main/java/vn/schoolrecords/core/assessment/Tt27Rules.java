package vn.schoolrecords.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.internal.Tt27Articles;
import vn.schoolrecords.core.assessment.internal.Tt27Explanation;
import vn.schoolrecords.core.assessment.internal.Tt27Validation;
import vn.schoolrecords.core.school.Term;

/**
 * The rules of TT 27/2020/TT-BGDĐT for primary school (tiểu học): the year's overall result
 * (Điều 9), grade completion and promotion (Điều 11), "Hoàn thành chương trình tiểu học" in
 * grade 5, and the awards (Điều 13). Primary has no conduct and no absence rule. Immutable and
 * thread-safe.
 *
 * <p>The result is the highest of Hoàn thành xuất sắc, Hoàn thành tốt and Hoàn thành whose three
 * conditions all hold — end-of-year subject levels, end-of-year quality and competence levels,
 * end-of-year periodic tests at 9, 7 or 5 — else Chưa hoàn thành. See {@link PrimaryOutcome} for
 * how completion maps to {@link PromotionStatus}.
 */
public final class Tt27Rules implements AssessmentRules {

    private static final Tt27Rules DEFAULT = new Tt27Rules(Tt27Policy.DEFAULT);

    private final Tt27Policy policy;

    private Tt27Rules(Tt27Policy policy) {
        this.policy = policy;
    }

    /** @return the rules with the {@linkplain Tt27Policy#DEFAULT default policy}, not null */
    public static Tt27Rules of() {
        return DEFAULT;
    }

    /**
     * The rules with another reading of the open points.
     *
     * @param policy the policy, not null
     * @return the rules, not null
     */
    public static Tt27Rules withPolicy(Tt27Policy policy) {
        return new Tt27Rules(Objects.requireNonNull(policy, "policy"));
    }

    /** @return the policy these rules apply, not null */
    public Tt27Policy policy() {
        return policy;
    }

    /** @return {@link Regime#TT27_2020} */
    @Override
    public Regime regime() {
        return Regime.TT27_2020;
    }

    /**
     * Assesses a primary school year.
     *
     * @param record a {@link PrimaryYear}, not null
     * @return the outcome, a {@link PrimaryOutcome}, not null
     * @throws AssessmentInputException if the record is not a {@link PrimaryYear}, is not of a
     *     grade and year TT 27/2020 assesses, lacks a required level or test, has a test where the
     *     circular gives none, a decimal test score, or a supplementary result for a student who
     *     completed the grade
     */
    @Override
    public PrimaryOutcome assess(StudentYearRecord record) {
        Objects.requireNonNull(record, "record");
        if (!(record instanceof PrimaryYear year)) {
            throw new AssessmentInputException(record.studentId(), null, null, Tt27Articles.SCOPE, LocalizedText.of(
                    "Thông tư 27/2020 đánh giá hồ sơ tiểu học (PrimaryYear), không phải "
                            + record.getClass().getSimpleName(),
                    "TT 27/2020 assesses a primary record (PrimaryYear), not " + record.getClass().getSimpleName()));
        }
        Tt27Validation.check(year, policy);
        PrimaryResult result = resultOf(year);
        return conclude(year, result);
    }

    /**
     * The year's overall result (Điều 9, khoản 2, điểm a): reads the end-of-year point only.
     * The record must have been validated.
     */
    static PrimaryResult resultOf(PrimaryYear year) {
        SubjectLevel worstSubject = SubjectLevel.COMPLETED_WELL;
        int lowestTest = 10;
        for (PrimarySubjectYear s : year.subjects()) {
            SubjectLevel level = s.levels().get(PrimaryCheckpoint.END_OF_YEAR);
            if (!level.isAtLeast(worstSubject)) {
                worstSubject = level;
            }
            Score test = s.tests().get(PrimaryCheckpoint.END_OF_YEAR);
            if (test != null) {
                lowestTest = Math.min(lowestTest, test.tenths() / 10);
            }
        }
        QualityLevel worstQuality = worst(worst(QualityLevel.GOOD, year.qualities().values()),
                year.competences().values());
        for (PrimaryResult r : PrimaryResult.values()) {
            if (worstSubject.isAtLeast(r.minimumSubjectLevel()) && worstQuality.isAtLeast(r.minimumQualityLevel())
                    && lowestTest >= r.minimumTest()) {
                return r;
            }
        }
        throw new AssertionError("Chưa hoàn thành has no condition");
    }

    private static QualityLevel worst(QualityLevel start, Iterable<QualityLevel> levels) {
        QualityLevel worst = start;
        for (QualityLevel level : levels) {
            if (!level.isAtLeast(worst)) {
                worst = level;
            }
        }
        return worst;
    }

    private PrimaryOutcome conclude(PrimaryYear year, PrimaryResult result) {
        boolean direct = result != PrimaryResult.NOT_COMPLETED;
        Optional<SupplementaryAssessment> supplementary = year.supplementary();
        if (direct && supplementary.isPresent()) {
            throw new AssessmentInputException(year.studentId(), null, Term.WHOLE_YEAR,
                    Tt27Articles.SUPPLEMENTARY, LocalizedText.of(
                            "có kết quả đánh giá bổ sung nhưng học sinh đã " + result.vietnameseName(),
                            "a supplementary assessment result is given for a student whose result is "
                                    + result.vietnameseName()));
        }
        PromotionStatus promotion = direct ? PromotionStatus.PROMOTED : promotionAfter(supplementary);
        boolean gradeCompleted = direct || supplementary.orElse(null) == SupplementaryAssessment.COMPLETED;
        boolean programmeCompleted = year.grade().number() == 5 && (gradeCompleted
                || policy.principalPromotionCompletesPrimary() && promotion == PromotionStatus.PROMOTED);
        Optional<Award> award = awardOf(year, result);
        List<String> reassess = direct ? List.of() : subjectsBelowCompletion(year);
        Tt27Explanation.Conclusion conclusion = new Tt27Explanation.Conclusion(result, promotion, gradeCompleted,
                programmeCompleted, award);
        return new PrimaryOutcome(year.studentId(), year.grade(), result, promotion, gradeCompleted,
                programmeCompleted, reassess, award, Reasons.lazy(() -> Tt27Explanation.explain(year, conclusion)));
    }

    /** Điều 11, khoản 2–3: the supplementary assessment, then the principal's decision. */
    private static PromotionStatus promotionAfter(Optional<SupplementaryAssessment> supplementary) {
        if (supplementary.isEmpty()) {
            return PromotionStatus.SUMMER_REASSESSMENT;
        }
        return switch (supplementary.get()) {
            case COMPLETED, NOT_COMPLETED_PRINCIPAL_PROMOTES -> PromotionStatus.PROMOTED;
            case NOT_COMPLETED -> PromotionStatus.PRINCIPAL_DECIDES;
            case NOT_COMPLETED_PRINCIPAL_RETAINS -> PromotionStatus.NOT_PROMOTED;
        };
    }

    /** Điều 13, khoản 1: Học sinh Xuất sắc, or Học sinh Tiêu biểu with the class's recognition. */
    private static Optional<Award> awardOf(PrimaryYear year, PrimaryResult result) {
        if (result == PrimaryResult.OUTSTANDING) {
            return Optional.of(Award.EXCELLENT_STUDENT);
        }
        if (result == PrimaryResult.COMPLETED_WELL && (year.outstandingInSubject() || year.markedProgress())) {
            return Optional.of(Award.EXEMPLARY_STUDENT);
        }
        return Optional.empty();
    }

    /** The subjects below Hoàn thành: level Chưa hoàn thành or end-of-year test under 5. */
    private static List<String> subjectsBelowCompletion(PrimaryYear year) {
        List<String> codes = new ArrayList<>();
        int minTenths = PrimaryResult.COMPLETED.minimumTest() * 10;
        for (PrimarySubjectYear s : year.subjects()) {
            Score test = s.tests().get(PrimaryCheckpoint.END_OF_YEAR);
            if (s.levels().get(PrimaryCheckpoint.END_OF_YEAR) == SubjectLevel.NOT_COMPLETED
                    || test != null && test.tenths() < minTenths) {
                codes.add(s.subject().code());
            }
        }
        return codes;
    }
}
