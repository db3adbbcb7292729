package vn.schoolrecords.core.transcript;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.assessment.LegacySubjectResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * One subject's row of a secondary transcript page of a year assessed under TT 58/2011 (original
 * or as amended by TT 26/2020): the semester averages (ĐTBmhk), the year average (ĐTBmcn) or Đ /
 * CĐ for a comment subject, the re-test (kiểm tra lại) result, and the subject teacher who
 * confirms the row. A result is empty where the student was exempt (miễn học, Điều 12).
 *
 * @param subjectCode the subject's code, e.g. {@code TOAN}, not null
 * @param subjectName the subject's name as printed, not null
 * @param mode {@link AssessmentMode#SCORE} or {@link AssessmentMode#COMMENT}, not null
 * @param first semester I's result, or empty when exempt then, not null
 * @param second semester II's result, or empty when exempt then, not null
 * @param year the year's result, or empty when exempt for the year, not null
 * @param afterReassessment the re-test result that replaced the year's, or empty, not null
 * @param teacher the subject teacher of record, who confirms the row, not null
 */
public record LegacySubjectRow(String subjectCode, String subjectName, AssessmentMode mode, Optional<Mark> first,
        Optional<Mark> second, Optional<Mark> year, Optional<Mark> afterReassessment, Signatory teacher) {

    /**
     * Checks every part, and that each result is of the subject's mode.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if a part is invalid
     */
    public LegacySubjectRow {
        subjectCode = Texts.code(subjectCode, "subjectCode");
        subjectName = Texts.text(subjectName, "subjectName", 120);
        Class<? extends Mark> kind = SubjectRow.markKind(mode);
        requireKind(first, kind, "first");
        requireKind(second, kind, "second");
        requireKind(year, kind, "year");
        requireKind(afterReassessment, kind, "afterReassessment");
        Objects.requireNonNull(teacher, "teacher");
    }

    /**
     * The row of a subject's results as TT 58/2011 decided them.
     *
     * @param subject the subject as the record names it, not null
     * @param result its results, of the same subject code, not null
     * @param teacher the teacher of record, not null
     * @return the row, not null
     */
    public static LegacySubjectRow from(Subject subject, LegacySubjectResult result, Signatory teacher) {
        return new LegacySubjectRow(subject.code(), subject.name(), subject.mode(), result.first(), result.second(),
                result.year(), result.afterReassessment(), teacher);
    }

    /** @return the result that counts: after the re-test if taken, else the year's; empty when exempt */
    public Optional<Mark> finalResult() {
        return afterReassessment.isPresent() ? afterReassessment : year;
    }

    private static void requireKind(Optional<Mark> mark, Class<? extends Mark> kind, String path) {
        Objects.requireNonNull(mark, path).ifPresent(m -> SubjectRow.requireKind(m, kind, path));
    }
}
