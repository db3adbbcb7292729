package vn.schoolrecords.core.assessment;

import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * Everything recorded about one student in one school year that the rules of a circular
 * assess: the input of {@link AssessmentRules#assess(StudentYearRecord)}.
 */
public interface StudentYearRecord {

    /** @return the student's id, not null */
    String studentId();

    /** @return the education level of the programme followed, not null */
    EducationLevel level();

    /** @return the grade, not null */
    GradeLevel grade();

    /** @return the school year, not null */
    SchoolYear year();
}
