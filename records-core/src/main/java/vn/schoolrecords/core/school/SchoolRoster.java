package vn.schoolrecords.core.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.RecordsValidation;
import vn.schoolrecords.core.school.internal.ConsistentRoster;

/**
 * A school's roster for one school year: its curriculum per grade, staff, classes, students,
 * which class each student is in, and who teaches what. This is the document a vendor
 * exchanges with the library (JSON schema {@code school-roster/1}).
 *
 * <p>{@link #of} checks every value and every cross-reference: each class belongs to this year
 * and has a homeroom teacher who holds that role; each student is enrolled exactly once; each
 * teaching assignment names an existing class, a subject of that class's grade and a subject
 * teacher; no id is used twice.
 *
 * @param schema the document's schema and version, always {@value #SCHEMA}
 * @param school the school, not null
 * @param year the school year, not null
 * @param curricula the curriculum of each grade taught, one per grade
 * @param staff every member of staff
 * @param classes every class of the year
 * @param students every student of the year
 * @param enrolments the class of each student
 * @param assignments the teacher of each class and subject
 */
@ConsistentRoster
public record SchoolRoster(
        @Pattern(regexp = SCHEMA, message = "{vn.schoolrecords.Schema.version}") String schema,
        @Valid School school,
        SchoolYear year,
        List<@Valid Curriculum> curricula,
        List<@Valid Staff> staff,
        List<@Valid ClassGroup> classes,
        List<@Valid Student> students,
        List<@Valid Enrolment> enrolments,
        List<@Valid TeachingAssignment> assignments) {

    /** The schema and version of this document. */
    public static final String SCHEMA = "school-roster/1";

    /** Checks presence and copies the lists; {@link #of} checks the rest. */
    public SchoolRoster {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(year, "year");
        curricula = List.copyOf(curricula);
        staff = List.copyOf(staff);
        classes = List.copyOf(classes);
        students = List.copyOf(students);
        enrolments = List.copyOf(enrolments);
        assignments = List.copyOf(assignments);
    }

    /**
     * A validated roster.
     *
     * @param school the school, not null
     * @param year the school year, not null
     * @param curricula the curriculum per grade, not null
     * @param staff the staff, not null
     * @param classes the classes, not null
     * @param students the students, not null
     * @param enrolments the enrolments, not null
     * @param assignments the teaching assignments, not null
     * @return the roster, not null
     * @throws vn.schoolrecords.core.InvalidValueException naming every invalid value or reference
     */
    public static SchoolRoster of(School school, SchoolYear year, List<Curriculum> curricula, List<Staff> staff,
            List<ClassGroup> classes, List<Student> students, List<Enrolment> enrolments,
            List<TeachingAssignment> assignments) {
        return RecordsValidation.requireValid(
                new SchoolRoster(SCHEMA, school, year, curricula, staff, classes, students, enrolments, assignments));
    }

    /**
     * The student with the given id.
     *
     * @param id the student id, not null
     * @return the student, or empty
     */
    public Optional<Student> student(String id) {
        return students.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The member of staff with the given id.
     *
     * @param id the staff id, not null
     * @return the member of staff, or empty
     */
    public Optional<Staff> staffMember(String id) {
        return staff.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The class with the given id.
     *
     * @param id the class id, not null
     * @return the class, or empty
     */
    public Optional<ClassGroup> classGroup(String id) {
        return classes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The curriculum of a grade.
     *
     * @param grade the grade, not null
     * @return the curriculum, or empty if the school does not teach the grade this year
     */
    public Optional<Curriculum> curriculum(GradeLevel grade) {
        return curricula.stream().filter(c -> c.grade().equals(grade)).findFirst();
    }

    /**
     * The students of a class, in the order they were listed.
     *
     * @param classId the class id, not null
     * @return the students, possibly empty, not null
     */
    public List<Student> studentsOf(String classId) {
        return enrolments.stream().filter(e -> e.classId().equals(classId))
                .map(e -> student(e.studentId()).orElseThrow()).toList();
    }

    /**
     * The teacher of record of a class and subject.
     *
     * @param classId the class id, not null
     * @param subjectCode the subject code, not null
     * @return the teacher, or empty when nobody is assigned
     */
    public Optional<Staff> teacherOf(String classId, String subjectCode) {
        return assignments.stream()
                .filter(a -> a.classId().equals(classId) && a.subjectCode().equals(subjectCode))
                .findFirst().flatMap(a -> staffMember(a.teacherId()));
    }
}
