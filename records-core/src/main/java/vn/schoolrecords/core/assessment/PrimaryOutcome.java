package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.GradeLevel;

/**
 * What TT 27/2020 concludes about a primary student's school year: the overall result (kết quả
 * giáo dục, Điều 9), grade completion and promotion (Điều 11), the award (Điều 13), each with
 * its reasons. Primary has no conduct and no absence rule.
 *
 * <p>Promotion maps Điều 11 as follows: completed (HTXS, HTT, HT) → {@code PROMOTED}; Chưa
 * hoàn thành with no supplementary result yet → {@code SUMMER_REASSESSMENT} (support plan and
 * supplementary assessment, đánh giá bổ sung); then {@link SupplementaryAssessment} decides:
 * completed → {@code PROMOTED}; still not completed → {@code PRINCIPAL_DECIDES} until the
 * principal promotes ({@code PROMOTED}) or retains ({@code NOT_PROMOTED}).
 *
 * @param studentId the student's id, not null
 * @param grade the grade assessed, not null
 * @param result the end-of-year result; it stays as assessed at the end of the year even when a
 *     supplementary assessment later completes the grade, not null
 * @param promotion the promotion status, taking the supplementary result into account, not null
 * @param gradeCompleted true if the student completed the grade's programme (hoàn thành chương
 *     trình lớp học), at the end of the year or at the supplementary assessment
 * @param primaryProgrammeCompleted true if "Hoàn thành chương trình tiểu học" is recorded in the
 *     học bạ (grade 5 only)
 * @param reassessmentSubjects the codes of the subjects that kept the student from Hoàn thành,
 *     which the supplementary assessment covers; empty when the grade was completed, not null
 * @param award the end-of-year title, if any, not null
 * @param reasons every condition checked, built on first use, not null
 */
public record PrimaryOutcome(String studentId, GradeLevel grade, PrimaryResult result, PromotionStatus promotion,
        boolean gradeCompleted, boolean primaryProgrammeCompleted, List<String> reassessmentSubjects,
        Optional<Award> award, Reasons reasons) implements YearOutcome {

    /** Checks presence and copies the list. */
    public PrimaryOutcome {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(promotion, "promotion");
        reassessmentSubjects = List.copyOf(reassessmentSubjects);
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(reasons, "reasons");
    }

    /** @return {@link Regime#TT27_2020} */
    @Override
    public Regime regime() {
        return Regime.TT27_2020;
    }

    /** @return the end-of-year result, the same as {@link #result()}, not null */
    @Override
    public PrimaryResult learningLevel() {
        return result;
    }

    /** @return empty: primary students have no conduct level */
    @Override
    public Optional<RatedLevel> conductLevel() {
        return Optional.empty();
    }
}
