package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What TT 58/2011 (original or as amended by TT 26/2020) concludes about a secondary
 * student's school year.
 *
 * @param studentId the student's id, not null
 * @param regime {@link Regime#TT58_2011} or {@link Regime#TT58_TT26_2020}, not null
 * @param subjects each subject's averages, in the record's order, not null
 * @param first semester I (học kỳ I), not null
 * @param second semester II, not null
 * @param year the whole year (cả năm) before any re-test, not null
 * @param yearEndPromotion the decision at the end of the year, before the summer (Điều 15), not null
 * @param reassessmentSubjects the subjects the student may re-take (kiểm tra lại, Điều 16.2):
 *     those with ĐTBmcn below 5,0 or graded CĐ, when re-testing applies; not null
 * @param yearAfterReassessment the year recomputed with the re-test results, if any were given
 * @param conductAfterSummerTraining the conduct after summer training (Điều 17), if given
 * @param promotion the current decision, taking the summer results into account, not null
 * @param reasons every condition checked, built lazily, not null
 */
public record LegacySecondaryOutcome(String studentId, Regime regime, List<LegacySubjectResult> subjects,
        LegacyTermResult first, LegacyTermResult second, LegacyTermResult year, PromotionStatus yearEndPromotion,
        List<String> reassessmentSubjects, Optional<LegacyTermResult> yearAfterReassessment,
        Optional<LegacyConduct> conductAfterSummerTraining, PromotionStatus promotion, Reasons reasons)
        implements YearOutcome {

    /** Checks presence and copies the lists. */
    public LegacySecondaryOutcome {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(regime, "regime");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(yearEndPromotion, "yearEndPromotion");
        reassessmentSubjects = List.copyOf(reassessmentSubjects);
        Objects.requireNonNull(yearAfterReassessment, "yearAfterReassessment");
        Objects.requireNonNull(conductAfterSummerTraining, "conductAfterSummerTraining");
        Objects.requireNonNull(promotion, "promotion");
        Objects.requireNonNull(reasons, "reasons");
    }

    /** @return the year's standing after adjustment and any re-test, an {@link AcademicStanding} */
    @Override
    public AcademicStanding learningLevel() {
        return yearAfterReassessment.map(LegacyTermResult::standing).orElse(year.standing());
    }

    /** @return the year's conduct after any summer training, a {@link LegacyConduct} */
    @Override
    public Optional<RatedLevel> conductLevel() {
        return Optional.of(conductAfterSummerTraining.orElse(year.conduct()));
    }

    /** @return the year's title: Học sinh giỏi or Học sinh tiên tiến (Điều 18), if earned */
    @Override
    public Optional<Award> award() {
        return year.title();
    }

    /**
     * The result of one subject.
     *
     * @param subjectCode the subject's code, not null
     * @return its result, or empty if the record has no such subject
     */
    public Optional<LegacySubjectResult> subject(String subjectCode) {
        return subjects.stream().filter(s -> s.subjectCode().equals(subjectCode)).findFirst();
    }
}
