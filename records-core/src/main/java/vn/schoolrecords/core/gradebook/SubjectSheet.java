package vn.schoolrecords.core.gradebook;

import jakarta.validation.Valid;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Subject;

/**
 * A subject's part of a class grade book: the subject as taught in the class's grade, its
 * teacher of record, and how many regular assessments each semester holds.
 *
 * @param subject the subject, assessed by score or by comment, not null
 * @param teacherId the staff id of the teacher of record (giáo viên bộ môn), not null
 * @param regularPerTerm the regular assessments per semester, 1–10
 */
public record SubjectSheet(@Valid Subject subject, String teacherId, int regularPerTerm) {

    /**
     * Checks presence and ranges.
     *
     * @throws InvalidValueException if the subject is assessed by a primary mode or the count is out of range
     */
    public SubjectSheet {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(teacherId, "teacherId");
        if (subject.mode().isPrimary()) {
            throw InvalidValueException.of("subject.mode", "SubjectSheet.primary", LocalizedText.of(
                    "sổ điểm tiểu học (TT 27/2020) chưa được hỗ trợ", "primary grade books (TT 27/2020) are not covered"),
                    subject.mode());
        }
        if (regularPerTerm < 1 || regularPerTerm > 10) {
            throw InvalidValueException.of("regularPerTerm", "SubjectSheet.regular", LocalizedText.of(
                    "số lần đánh giá thường xuyên mỗi học kỳ từ 1 đến 10", "1 to 10 regular assessments per semester"),
                    regularPerTerm);
        }
    }

    /**
     * The number of regular assessments per semester by TT 22/2021 Điều 6.2: 2 for a subject of
     * 35 periods a year or fewer, 3 for more than 35 up to 70, 4 for more than 70. A school may
     * record more; this is the default a grade book is opened with.
     *
     * @param subject the subject, not null
     * @return 2, 3 or 4
     */
    public static int defaultRegularPerTerm(Subject subject) {
        int periods = subject.periodsPerYear();
        return periods <= 35 ? 2 : periods <= 70 ? 3 : 4;
    }

    /**
     * How many assessments of a kind each semester holds.
     *
     * @param kind the kind, not null
     * @return the number of columns
     */
    public int columns(AssessmentKind kind) {
        return kind == AssessmentKind.REGULAR ? regularPerTerm : 1;
    }

    /** @return true if the subject is assessed by comment only (Đạt / Chưa đạt) */
    public boolean byComment() {
        return subject.mode() == AssessmentMode.COMMENT;
    }

    void writeTo(CanonicalWriter out) {
        out.text(subject.code()).text(subject.name()).int32(subject.periodsPerYear()).name(subject.mode())
                .bool(subject.compulsory()).text(teacherId).int32(regularPerTerm);
    }
}
