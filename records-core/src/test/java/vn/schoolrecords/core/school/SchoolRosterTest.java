package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.Violation;

class SchoolRosterTest {

    private static final SchoolRoster SAMPLE = RosterFixtures.sampleRoster();

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    private static SchoolRoster roster(List<Staff> staff, List<ClassGroup> classes, List<Student> students,
            List<Enrolment> enrolments, List<TeachingAssignment> assignments) {
        return SchoolRoster.of(SAMPLE.school(), SAMPLE.year(), SAMPLE.curricula(), staff, classes, students,
                enrolments, assignments);
    }

    private static Student third() {
        return Student.of("HS0003", PersonalIdentifier.parse("001309000003"), "Đỗ Thu Hà", LocalDate.of(2009, 1, 3),
                Gender.FEMALE, "Kinh", "Hà Nội");
    }

    @Test
    void sampleRosterIsConsistentAndAnswersLookups() {
        assertThat(SAMPLE.schema()).isEqualTo("school-roster/1");
        assertThat(SAMPLE.studentsOf("2024-10A1")).extracting(Student::id).containsExactly("HS0001", "HS0002");
        assertThat(SAMPLE.teacherOf("2024-10A1", "TOAN")).map(Staff::id).contains("GV001");
        assertThat(SAMPLE.teacherOf("2024-10A1", "VAT_LI")).isEmpty();
        assertThat(SAMPLE.curriculum(GradeLevel.of(10))).isPresent();
        assertThat(SAMPLE.curriculum(GradeLevel.of(11))).isEmpty();
        assertThat(SAMPLE.staffMember("HT01")).map(Staff::fullName).contains("Lê Quang Đạt");
        assertThat(SAMPLE.classGroup("nope")).isEmpty();
        assertThat(SAMPLE.student("HS0002")).map(Student::gender).contains(Gender.FEMALE);
    }

    @Test
    void studentBornAfterTheSchoolYearStartsIsRejectedOnTheDateOfBirth() {
        Student unborn = Student.of("HS0002", PersonalIdentifier.parse("001324012345"), "Trần Thị Bình",
                LocalDate.of(2024, 9, 1), Gender.FEMALE, "Kinh", "Hà Nội");
        Violation v = rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(),
                replace(SAMPLE.students(), 1, s -> unborn), SAMPLE.enrolments(), SAMPLE.assignments()),
                "students[1].dateOfBirth", "Roster.bornBeforeYear");

        assertThat(v.invalidValue()).isEqualTo("2024-09-01");
    }

    @Test
    void classOfAnotherSchoolYearIsRejectedOnItsYear() {
        Violation v = rejected(() -> roster(SAMPLE.staff(),
                replace(SAMPLE.classes(), 0, c -> ClassGroup.of(c.id(), c.name(), c.grade(), SchoolYear.of(2023),
                        c.homeroomTeacherId())),
                SAMPLE.students(), SAMPLE.enrolments(), SAMPLE.assignments()), "classes[0].year", "Roster.classYear");

        assertThat(v.invalidValue()).isEqualTo("2023-2024");
    }

    @Test
    void classOfAGradeWithoutCurriculumIsRejectedOnItsGrade() {
        rejected(() -> roster(SAMPLE.staff(),
                plus(SAMPLE.classes(), ClassGroup.of("2024-11A1", "11A1", GradeLevel.of(11), SAMPLE.year(), "GV001")),
                SAMPLE.students(), SAMPLE.enrolments(), SAMPLE.assignments()), "classes[1].grade", "Roster.grade");
    }

    @Test
    void homeroomTeacherWithoutTheRoleIsRejected() {
        Violation v = rejected(() -> roster(SAMPLE.staff(),
                replace(SAMPLE.classes(), 0, c -> ClassGroup.of(c.id(), c.name(), c.grade(), c.year(), "GV002")),
                SAMPLE.students(), SAMPLE.enrolments(), SAMPLE.assignments()),
                "classes[0].homeroomTeacherId", "Roster.homeroom");

        assertThat(v.invalidValue()).isEqualTo("GV002");
    }

    @Test
    void unknownHomeroomTeacherIsRejected() {
        rejected(() -> roster(SAMPLE.staff(),
                replace(SAMPLE.classes(), 0, c -> ClassGroup.of(c.id(), c.name(), c.grade(), c.year(), "GV999")),
                SAMPLE.students(), SAMPLE.enrolments(), SAMPLE.assignments()),
                "classes[0].homeroomTeacherId", "Roster.homeroom");
    }

    @Test
    void studentEnrolledTwiceIsRejectedOnTheSecondEnrolment() {
        Violation v = rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), SAMPLE.students(),
                plus(SAMPLE.enrolments(), new Enrolment("HS0001", "2024-10A1")), SAMPLE.assignments()),
                "enrolments[2].studentId", "Roster.enrolledTwice");

        assertThat(v.invalidValue()).isEqualTo("HS0001");
    }

    @Test
    void studentNotEnrolledIsRejectedNamingTheStudent() {
        Violation v = rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), plus(SAMPLE.students(), third()),
                SAMPLE.enrolments(), SAMPLE.assignments()), "enrolments", "Roster.notEnrolled");

        assertThat(v.invalidValue()).isEqualTo("HS0003");
    }

    @Test
    void enrolmentOfUnknownStudentOrInUnknownClassIsRejected() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> roster(SAMPLE.staff(),
                SAMPLE.classes(), SAMPLE.students(), plus(SAMPLE.enrolments(), new Enrolment("HS9999", "2024-10A9")),
                SAMPLE.assignments()));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule, Violation::invalidValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("enrolments[2].classId", "Roster.reference", "2024-10A9"),
                        org.assertj.core.groups.Tuple.tuple("enrolments[2].studentId", "Roster.reference", "HS9999"));
    }

    @Test
    void duplicateIdsAreRejectedOnTheSecondUse() {
        Staff twin = Staff.of("GV001", "Hồ Văn Sinh", Set.of(StaffRole.CLERK), Set.of());
        rejected(() -> roster(plus(SAMPLE.staff(), twin), SAMPLE.classes(), SAMPLE.students(), SAMPLE.enrolments(),
                SAMPLE.assignments()), "staff[3].id", "Roster.duplicateId");

        Student sameId = SAMPLE.students().get(0);
        rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), plus(SAMPLE.students(), sameId), SAMPLE.enrolments(),
                SAMPLE.assignments()), "students[2].id", "Roster.duplicateId");

        rejected(() -> roster(SAMPLE.staff(), plus(SAMPLE.classes(), SAMPLE.classes().get(0)), SAMPLE.students(),
                SAMPLE.enrolments(), SAMPLE.assignments()), "classes[1].id", "Roster.duplicateId");
    }

    @Test
    void twoCurriculaForOneGradeAreRejected() {
        rejected(() -> SchoolRoster.of(SAMPLE.school(), SAMPLE.year(),
                plus(SAMPLE.curricula(), SAMPLE.curricula().get(0)), SAMPLE.staff(), SAMPLE.classes(),
                SAMPLE.students(), SAMPLE.enrolments(), SAMPLE.assignments()), "curricula[1].grade",
                "Roster.duplicateId");
    }

    @Test
    void assignmentToASubjectOutsideTheCurriculumIsRejected() {
        Violation v = rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), SAMPLE.students(), SAMPLE.enrolments(),
                plus(SAMPLE.assignments(), new TeachingAssignment("2024-10A1", "KHTN", "GV001"))),
                "assignments[2].subjectCode", "Roster.subject");

        assertThat(v.invalidValue()).isEqualTo("KHTN");
    }

    @Test
    void assignmentToSomeoneWhoIsNotASubjectTeacherIsRejected() {
        rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), SAMPLE.students(), SAMPLE.enrolments(),
                plus(SAMPLE.assignments(), new TeachingAssignment("2024-10A1", "VAT_LI", "HT01"))),
                "assignments[2].teacherId", "Roster.teacher");
    }

    @Test
    void assignmentToAnUnknownClassIsRejected() {
        rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), SAMPLE.students(), SAMPLE.enrolments(),
                plus(SAMPLE.assignments(), new TeachingAssignment("2024-10A9", "TOAN", "GV001"))),
                "assignments[2].classId", "Roster.reference");
    }

    @Test
    void secondTeacherForTheSameClassAndSubjectIsRejected() {
        rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), SAMPLE.students(), SAMPLE.enrolments(),
                plus(SAMPLE.assignments(), new TeachingAssignment("2024-10A1", "TOAN", "GV002"))),
                "assignments[2]", "Roster.assignedTwice");
    }

    @Test
    void blankReferenceIsRejectedByItsOwnConstraint() {
        rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), SAMPLE.students(),
                replace(SAMPLE.enrolments(), 1, e -> new Enrolment("HS0002", "")), SAMPLE.assignments()),
                "enrolments[1].classId", "NotBlank");
    }

    @Test
    void invalidValueDeepInTheRosterIsReportedWithItsPath() {
        Student unchecked = new Student("HS0002", PersonalIdentifier.parse("051309054321"), "Phạm Thị Bình ",
                LocalDate.of(2009, 11, 2), Gender.FEMALE, "Hoa", "Quảng Ngãi");
        rejected(() -> roster(SAMPLE.staff(), SAMPLE.classes(), replace(SAMPLE.students(), 1, s -> unchecked),
                SAMPLE.enrolments(), SAMPLE.assignments()), "students[1].fullName", "Pattern");
    }

    @Test
    void everyBrokenReferenceIsReportedAtOnce() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> roster(SAMPLE.staff(),
                replace(SAMPLE.classes(), 0, c -> ClassGroup.of(c.id(), c.name(), c.grade(), SchoolYear.of(2025),
                        "HT01")),
                plus(SAMPLE.students(), third()), SAMPLE.enrolments(), SAMPLE.assignments()));

        assertThat(e.violations()).extracting(Violation::rule)
                .containsExactlyInAnyOrder("Roster.classYear", "Roster.homeroom", "Roster.notEnrolled");
        assertThat(e.getMessage()).doesNotContain("SchoolRoster[");
    }

    @Test
    void listsAreCopied() {
        List<Student> students = new ArrayList<>(SAMPLE.students());
        SchoolRoster r = roster(SAMPLE.staff(), SAMPLE.classes(), students, SAMPLE.enrolments(), SAMPLE.assignments());
        students.clear();

        assertThat(r.students()).hasSize(2);
    }
}
