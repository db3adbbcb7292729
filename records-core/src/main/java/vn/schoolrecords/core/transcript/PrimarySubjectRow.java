package vn.schoolrecords.core.transcript;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.PrimaryCheckpoint;
import vn.schoolrecords.core.assessment.PrimarySubjectYear;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * One subject's or educational activity's row of a primary transcript page (TT 27/2020): the
 * level reached (mức đạt được: T, H, C) at the end of semester I and of the year, the periodic
 * test scores (điểm kiểm tra định kỳ, whole numbers) of a tested subject, and the teacher who
 * confirms the row.
 *
 * @param subjectCode the subject's code, not null
 * @param subjectName the subject's name as printed, not null
 * @param mode {@link AssessmentMode#LEVEL} or {@link AssessmentMode#LEVEL_AND_TEST}, not null
 * @param endOfFirstTerm the level at the end of semester I, or empty if not recorded, not null
 * @param endOfYear the level at the end of the year, not null
 * @param testEndOfFirstTerm the test score at the end of semester I, or empty, not null
 * @param testEndOfYear the test score at the end of the year, or empty, not null
 * @param teacher the teacher of record, who confirms the row, not null
 */
public record PrimarySubjectRow(String subjectCode, String subjectName, AssessmentMode mode,
        Optional<SubjectLevel> endOfFirstTerm, SubjectLevel endOfYear, Optional<Score> testEndOfFirstTerm,
        Optional<Score> testEndOfYear, Signatory teacher) {

    /**
     * Checks every part: tests only for a tested subject, whole numbers.
     *
     * @throws InvalidValueException if a part is invalid
     */
    public PrimarySubjectRow {
        subjectCode = Texts.code(subjectCode, "subjectCode");
        subjectName = Texts.text(subjectName, "subjectName", 120);
        Objects.requireNonNull(mode, "mode");
        if (!mode.isPrimary()) {
            throw InvalidValueException.of("mode", "PrimarySubjectRow.mode", LocalizedText.of(
                    "môn học cấp tiểu học đánh giá bằng mức đạt được", "a primary subject is assessed by level"), mode);
        }
        Objects.requireNonNull(endOfFirstTerm, "endOfFirstTerm");
        Objects.requireNonNull(endOfYear, "endOfYear");
        checkTest(testEndOfFirstTerm, mode, "testEndOfFirstTerm");
        checkTest(testEndOfYear, mode, "testEndOfYear");
        Objects.requireNonNull(teacher, "teacher");
    }

    /**
     * The row of a subject's recorded year.
     *
     * @param subject the subject's record, whose end-of-year level is present, not null
     * @param teacher the teacher of record, not null
     * @return the row, not null
     */
    public static PrimarySubjectRow from(PrimarySubjectYear subject, Signatory teacher) {
        return new PrimarySubjectRow(subject.subject().code(), subject.subject().name(), subject.subject().mode(),
                subject.level(PrimaryCheckpoint.END_OF_FIRST_TERM),
                subject.level(PrimaryCheckpoint.END_OF_YEAR).orElseThrow(),
                subject.test(PrimaryCheckpoint.END_OF_FIRST_TERM), subject.test(PrimaryCheckpoint.END_OF_YEAR),
                teacher);
    }

    private static void checkTest(Optional<Score> test, AssessmentMode mode, String path) {
        Objects.requireNonNull(test, path);
        if (test.isPresent() && mode != AssessmentMode.LEVEL_AND_TEST) {
            throw InvalidValueException.of(path, "PrimarySubjectRow.test", LocalizedText.of(
                    "môn chỉ đánh giá bằng mức đạt được không có điểm kiểm tra định kỳ",
                    "a subject assessed by level only has no periodic test"), test.get());
        }
        if (test.isPresent() && test.get().tenths() % 10 != 0) {
            throw InvalidValueException.of(path, "PrimarySubjectRow.wholeTest", LocalizedText.of(
                    "điểm kiểm tra định kỳ là số nguyên (TT 27/2020, Điều 7, khoản 1, điểm d)",
                    "a periodic test score is a whole number (TT 27/2020, Điều 7, khoản 1, điểm d)"), test.get());
        }
    }
}
