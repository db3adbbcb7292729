package vn.schoolrecords.core.transcript;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.SubjectResult;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * One subject's row of a secondary transcript page (TT 22/2021, TT 43/2021): the semester and
 * year results as decided — a {@link Score} with one decimal for a subject assessed by score
 * (ĐTBmhk, ĐTBmcn), Đ or CĐ for one assessed by comment — and the subject teacher who confirms
 * the row (giáo viên môn học ký xác nhận).
 *
 * @param subjectCode the subject's code, e.g. {@code TOAN}, not null
 * @param subjectName the subject's name as printed, e.g. {@code Toán}, not null
 * @param mode {@link AssessmentMode#SCORE} or {@link AssessmentMode#COMMENT}, not null
 * @param first semester I's result (học kỳ I), not null
 * @param second semester II's result (học kỳ II), not null
 * @param year the year's result (cả năm), not null
 * @param afterReassessment the result of the summer re-assessment (kiểm tra, đánh giá lại),
 *     which replaced the year's, or empty, not null
 * @param teacher the subject teacher of record, who confirms the row, not null
 */
public record SubjectRow(String subjectCode, String subjectName, AssessmentMode mode, Mark first, Mark second,
        Mark year, Optional<Mark> afterReassessment, Signatory teacher) {

    /**
     * Checks every part, and that each result is of the subject's mode.
     *
     * @throws InvalidValueException if a part is invalid
     */
    public SubjectRow {
        subjectCode = Texts.code(subjectCode, "subjectCode");
        subjectName = Texts.text(subjectName, "subjectName", 120);
        Class<? extends Mark> kind = markKind(mode);
        requireKind(first, kind, "first");
        requireKind(second, kind, "second");
        requireKind(year, kind, "year");
        Objects.requireNonNull(afterReassessment, "afterReassessment").ifPresent(m -> requireKind(m, kind,
                "afterReassessment"));
        Objects.requireNonNull(teacher, "teacher");
    }

    /**
     * The row of a subject's results as the rules decided them.
     *
     * @param result the subject's results, not null
     * @param teacher the teacher of record, not null
     * @return the row, not null
     */
    public static SubjectRow from(SubjectResult result, Signatory teacher) {
        return new SubjectRow(result.subject().code(), result.subject().name(), result.subject().mode(),
                result.first(), result.second(), result.year(), result.afterReassessment(), teacher);
    }

    /** @return the result that counts: after re-assessment if taken, else the year's, not null */
    public Mark finalResult() {
        return afterReassessment.orElse(year);
    }

    /** The kind of result a secondary subject of the mode has; shared with {@link LegacySubjectRow}. */
    static Class<? extends Mark> markKind(AssessmentMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (mode.isPrimary()) {
            throw InvalidValueException.of("mode", "SubjectRow.mode", LocalizedText.of(
                    "môn học cấp trung học đánh giá bằng điểm số hoặc nhận xét",
                    "a secondary subject is assessed by score or by comment"), mode);
        }
        return mode == AssessmentMode.SCORE ? Score.class : CommentResult.class;
    }

    static void requireKind(Mark mark, Class<? extends Mark> kind, String path) {
        Objects.requireNonNull(mark, path);
        if (!kind.isInstance(mark)) {
            throw InvalidValueException.of(path, "SubjectRow.markKind", LocalizedText.of(
                    kind == Score.class ? "môn đánh giá bằng điểm số cần một điểm" : "môn đánh giá bằng nhận xét cần Đ hoặc CĐ",
                    kind == Score.class ? "a subject assessed by score needs a score" : "a subject assessed by comment needs Đ or CĐ"),
                    mark.display());
        }
    }
}
