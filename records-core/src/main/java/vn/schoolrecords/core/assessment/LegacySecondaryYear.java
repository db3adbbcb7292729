package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * A secondary student's school year under TT 58/2011 (original, or as amended by TT 26/2020):
 * the input of {@link Tt58Rules}.
 *
 * <p>Each subject's {@link ScoredTerm#periodic()} holds the periodic tests (kiểm tra định kỳ,
 * KTđk — weight 2, one or more under TT 58/2011; exactly one mid-term, ĐĐGgk, under TT 26/2020)
 * and {@link ScoredTerm#endOfTerm()} the semester exam (kiểm tra học kỳ, KThk / ĐĐGck, weight 3).
 *
 * @param studentId the student's id, not null
 * @param level {@code LOWER_SECONDARY} (THCS) or {@code UPPER_SECONDARY} (THPT), not null
 * @param grade the grade, 6–12, not null
 * @param year the school year, not null
 * @param subjects every subject of the year, not null
 * @param conductFirst conduct (hạnh kiểm) of semester I, not null
 * @param conductSecond conduct of semester II, not null
 * @param conductYear conduct of the whole year: the homeroom teacher's judgement, based mainly
 *     ("chủ yếu căn cứ") on semester II and the student's progress (Điều 4), so an input, not null
 * @param absences the days (buổi) absent in the year, excused or not, ≥ 0
 * @param conductAfterSummerTraining the conduct re-assessed after summer training (rèn luyện
 *     trong hè, Điều 17), if any
 * @param disability true for a student with a disability (học sinh khuyết tật)
 * @param specialisedSubjectCode the specialised subject (môn chuyên) of a student in a
 *     specialised class (lớp chuyên), if any
 */
public record LegacySecondaryYear(String studentId, EducationLevel level, GradeLevel grade, SchoolYear year,
        List<SubjectYear> subjects, LegacyConduct conductFirst, LegacyConduct conductSecond,
        LegacyConduct conductYear, int absences, Optional<LegacyConduct> conductAfterSummerTraining,
        boolean disability, Optional<String> specialisedSubjectCode) implements StudentYearRecord {

    /**
     * Checks presence and copies the list.
     *
     * @throws InvalidValueException if absences are negative
     */
    public LegacySecondaryYear {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(year, "year");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(conductFirst, "conductFirst");
        Objects.requireNonNull(conductSecond, "conductSecond");
        Objects.requireNonNull(conductYear, "conductYear");
        Objects.requireNonNull(conductAfterSummerTraining, "conductAfterSummerTraining");
        Objects.requireNonNull(specialisedSubjectCode, "specialisedSubjectCode");
        if (absences < 0) {
            throw InvalidValueException.of("absences", "Absences.range", LocalizedText.of(
                    "số buổi nghỉ không được âm", "absences cannot be negative"), absences);
        }
    }

    /**
     * A school year with no summer result, no disability and no specialised subject.
     *
     * @param studentId the student's id, not null
     * @param level the level, not null
     * @param grade the grade, not null
     * @param year the school year, not null
     * @param subjects the subjects, not null
     * @param conductFirst conduct of semester I, not null
     * @param conductSecond conduct of semester II, not null
     * @param conductYear conduct of the year, not null
     * @param absences days absent, ≥ 0
     * @return the record, not null
     */
    public static LegacySecondaryYear of(String studentId, EducationLevel level, GradeLevel grade, SchoolYear year,
            List<SubjectYear> subjects, LegacyConduct conductFirst, LegacyConduct conductSecond,
            LegacyConduct conductYear, int absences) {
        return new LegacySecondaryYear(studentId, level, grade, year, subjects, conductFirst, conductSecond,
                conductYear, absences, Optional.empty(), false, Optional.empty());
    }

    /**
     * The same year with the subjects replaced, e.g. with summer re-test results.
     *
     * @param newSubjects the subjects, not null
     * @return the copy, not null
     */
    public LegacySecondaryYear withSubjects(List<SubjectYear> newSubjects) {
        return new LegacySecondaryYear(studentId, level, grade, year, newSubjects, conductFirst, conductSecond,
                conductYear, absences, conductAfterSummerTraining, disability, specialisedSubjectCode);
    }

    /**
     * The same year with the conduct re-assessed after summer training.
     *
     * @param conduct the new conduct, not null
     * @return the copy, not null
     */
    public LegacySecondaryYear withConductAfterSummerTraining(LegacyConduct conduct) {
        return new LegacySecondaryYear(studentId, level, grade, year, subjects, conductFirst, conductSecond,
                conductYear, absences, Optional.of(conduct), disability, specialisedSubjectCode);
    }

    /**
     * The same year for a student of a specialised class (lớp chuyên).
     *
     * @param subjectCode the code of the specialised subject (môn chuyên), not null
     * @return the copy, not null
     */
    public LegacySecondaryYear withSpecialisedSubject(String subjectCode) {
        return new LegacySecondaryYear(studentId, level, grade, year, subjects, conductFirst, conductSecond,
                conductYear, absences, conductAfterSummerTraining, disability, Optional.of(subjectCode));
    }

    /**
     * The same year with the disability flag set.
     *
     * @param value true for a student with a disability
     * @return the copy, not null
     */
    public LegacySecondaryYear withDisability(boolean value) {
        return new LegacySecondaryYear(studentId, level, grade, year, subjects, conductFirst, conductSecond,
                conductYear, absences, conductAfterSummerTraining, value, specialisedSubjectCode);
    }
}
