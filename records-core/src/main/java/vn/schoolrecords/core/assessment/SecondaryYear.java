package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * A secondary student's (or GDTX learner's) school year under TT 22/2021 or TT 43/2021.
 *
 * @param studentId the student's id, not null
 * @param level {@code LOWER_SECONDARY}, {@code UPPER_SECONDARY} or {@code CONTINUING}, not null
 * @param grade the grade, 6–12, not null
 * @param year the school year, not null
 * @param subjects every subject of the year, not null
 * @param conductFirst conduct (kết quả rèn luyện) of semester I, set by the homeroom teacher
 * @param conductSecond conduct of semester II
 * @param absences the days (buổi) absent in the year, excused or not
 * @param conductAfterSummerTraining the conduct re-assessed after summer training (Điều 13), if any
 * @param disability true for a student with a disability, whose promotion the principal decides
 *     (Điều 12, khoản 2)
 */
public record SecondaryYear(String studentId, EducationLevel level, GradeLevel grade, SchoolYear year,
        List<SubjectYear> subjects, AchievementLevel conductFirst, AchievementLevel conductSecond, int absences,
        Optional<AchievementLevel> conductAfterSummerTraining, boolean disability) implements StudentYearRecord {

    /** Checks presence and copies the list. */
    public SecondaryYear {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(year, "year");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(conductFirst, "conductFirst");
        Objects.requireNonNull(conductSecond, "conductSecond");
        Objects.requireNonNull(conductAfterSummerTraining, "conductAfterSummerTraining");
    }

    /**
     * A school year with no summer results and no disability.
     *
     * @param studentId the student's id, not null
     * @param level the level, not null
     * @param grade the grade, not null
     * @param year the school year, not null
     * @param subjects the subjects, not null
     * @param conductFirst conduct of semester I, not null
     * @param conductSecond conduct of semester II, not null
     * @param absences days absent, ≥ 0
     * @return the record, not null
     */
    public static SecondaryYear of(String studentId, EducationLevel level, GradeLevel grade, SchoolYear year,
            List<SubjectYear> subjects, AchievementLevel conductFirst, AchievementLevel conductSecond, int absences) {
        return new SecondaryYear(studentId, level, grade, year, subjects, conductFirst, conductSecond, absences,
                Optional.empty(), false);
    }

    /**
     * The same year with the subjects replaced, e.g. after summer re-assessments.
     *
     * @param newSubjects the subjects, not null
     * @return the copy, not null
     */
    public SecondaryYear withSubjects(List<SubjectYear> newSubjects) {
        return new SecondaryYear(studentId, level, grade, year, newSubjects, conductFirst, conductSecond, absences,
                conductAfterSummerTraining, disability);
    }

    /**
     * The same year with the conduct re-assessed after summer training.
     *
     * @param conduct the new conduct, not null
     * @return the copy, not null
     */
    public SecondaryYear withConductAfterSummerTraining(AchievementLevel conduct) {
        return new SecondaryYear(studentId, level, grade, year, subjects, conductFirst, conductSecond, absences,
                Optional.of(conduct), disability);
    }
}
