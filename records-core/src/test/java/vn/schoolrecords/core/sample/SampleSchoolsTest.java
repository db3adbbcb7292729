package vn.schoolrecords.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Gender;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;

class SampleSchoolsTest {

    @Test
    void theSameSeedGivesTheSameRosterAndTheSameJson() {
        SchoolRoster a = SampleSchools.upperSecondary(42);
        SchoolRoster b = SampleSchools.upperSecondary(42);
        assertThat(a).isEqualTo(b);
        assertThat(RecordsJson.write(a)).isEqualTo(RecordsJson.write(b));
    }

    @Test
    void differentSeedsGiveDifferentStudents() {
        assertThat(SampleSchools.secondary(1).students()).isNotEqualTo(SampleSchools.secondary(2).students());
    }

    @Test
    void upperSecondaryHasTwelveClassesNamedLikeTenA1WithThirtyFiveToFortyFiveStudents() {
        SchoolRoster roster = SampleSchools.upperSecondary(7);
        assertThat(roster.school().name()).startsWith("Trường THPT ");
        assertThat(roster.school().governingOffice()).startsWith("Sở Giáo dục và Đào tạo ");
        assertThat(roster.classes()).extracting(ClassGroup::name).containsExactly(
                "10A1", "10A2", "10A3", "10A4", "11A1", "11A2", "11A3", "11A4", "12A1", "12A2", "12A3", "12A4");
        for (ClassGroup c : roster.classes()) {
            assertThat(roster.studentsOf(c.id())).hasSizeBetween(35, 45);
        }
    }

    @Test
    void studentsAreOfTheAgeOfTheirGradeAndTheirIdentifierAgreesWithThem() {
        SchoolRoster roster = SampleSchools.secondary(3, SchoolYear.of(2024));
        for (ClassGroup c : roster.classes()) {
            for (Student s : roster.studentsOf(c.id())) {
                assertThat(s.dateOfBirth().getYear()).isEqualTo(2024 - (c.grade().number() + 5));
                assertThat(s.personalId().birthYear()).isEqualTo(s.dateOfBirth().getYear());
                assertThat(s.personalId().gender()).isEqualTo(s.gender());
                assertThat(s.personalId().value().charAt(3)).isIn(s.gender() == Gender.MALE ? '2' : '3');
            }
        }
        Set<String> identifiers = new HashSet<>();
        roster.students().forEach(s -> assertThat(identifiers.add(s.personalId().value())).isTrue());
    }

    @Test
    void namesAreVietnameseWithDiacriticsAndMatchTheGender() {
        SchoolRoster roster = SampleSchools.primary(11);
        List<String> names = roster.students().stream().map(Student::fullName).toList();
        assertThat(names).allSatisfy(n -> assertThat(n.split(" ")).hasSizeBetween(3, 4));
        assertThat(names.stream().filter(n -> n.startsWith("Nguyễn ")).count())
                .isGreaterThan(names.size() / 5).isLessThan(names.size() / 2);
        assertThat(names).anyMatch(n -> !n.equals(java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD)));
        assertThat(roster.students()).filteredOn(s -> s.fullName().contains(" Thị "))
                .allMatch(s -> s.gender() == Gender.FEMALE);
        assertThat(roster.students()).filteredOn(s -> s.fullName().contains(" Văn "))
                .allMatch(s -> s.gender() == Gender.MALE);
    }

    @Test
    void mostStudentsAreKinhButNotAll() {
        List<Student> students = SampleSchools.school(EducationLevel.LOWER_SECONDARY, 5)
                .rosters(SampleSchools.DEFAULT_YEAR, 1).get(0).students();
        long kinh = students.stream().filter(s -> s.ethnicity().equals("Kinh")).count();
        assertThat(kinh).isGreaterThan(students.size() * 85L / 100);
        long minorities = SampleSchool.of(EducationLevel.UPPER_SECONDARY, 1, 20).rosterFor(SampleSchools.DEFAULT_YEAR)
                .students().stream().filter(s -> !s.ethnicity().equals("Kinh")).count();
        assertThat(minorities).isPositive();
    }

    @Test
    void classListsAreInTheOrderOfTheGivenName() {
        SchoolRoster roster = SampleSchools.upperSecondary(9);
        List<String> given = roster.studentsOf(roster.classes().get(0).id()).stream()
                .map(s -> s.fullName().substring(s.fullName().lastIndexOf(' ') + 1)).toList();
        assertThat(given).isSortedAccordingTo(VietnameseNameOrder.INSTANCE);
        assertThat(VietnameseNameOrder.INSTANCE.compare("Trần Văn Ân", "Lê Văn Ẩn")).isLessThan(0);
        assertThat(VietnameseNameOrder.INSTANCE.compare("Lê Thị Ánh", "Lê Thị Anh")).isGreaterThan(0);
        assertThat(VietnameseNameOrder.INSTANCE.compare("Lê Thị Ánh", "Lê Thị Ăn")).isLessThan(0);
        assertThat(VietnameseNameOrder.INSTANCE.compare("Đỗ Văn Đức", "Lê Văn Dũng")).isGreaterThan(0);
        assertThat(VietnameseNameOrder.INSTANCE.compare("Lê Thị Ệ", "Lê Thị En")).isGreaterThan(0);
    }

    @Test
    void everyClassHasEachOfItsSubjectsTaughtByASubjectTeacherWhoTeachesIt() {
        for (SchoolRoster roster : List.of(SampleSchools.primary(4), SampleSchools.secondary(4),
                SampleSchools.upperSecondary(4))) {
            Map<String, Staff> staff = roster.staff().stream().collect(Collectors.toMap(Staff::id, Function.identity()));
            for (ClassGroup c : roster.classes()) {
                List<String> assigned = roster.assignments().stream().filter(a -> a.classId().equals(c.id()))
                        .map(a -> a.subjectCode()).toList();
                assertThat(assigned).doesNotHaveDuplicates();
                roster.assignments().stream().filter(a -> a.classId().equals(c.id())).forEach(a -> {
                    assertThat(staff.get(a.teacherId()).has(StaffRole.SUBJECT_TEACHER)).isTrue();
                    assertThat(staff.get(a.teacherId()).subjectCodes()).contains(a.subjectCode());
                });
                if (c.grade().level() != EducationLevel.UPPER_SECONDARY) {
                    assertThat(assigned).containsExactlyInAnyOrderElementsOf(roster.curriculum(c.grade())
                            .orElseThrow().subjects().stream().map(Subject::code).toList());
                }
            }
        }
    }

    @Test
    void upperSecondaryClassesTakeTheCompulsorySubjectsAndFourElectives() {
        SchoolRoster roster = SampleSchools.upperSecondary(5);
        for (ClassGroup c : roster.classes()) {
            List<Subject> subjects = roster.assignments().stream().filter(a -> a.classId().equals(c.id()))
                    .map(a -> roster.curriculum(c.grade()).orElseThrow().subject(a.subjectCode()).orElseThrow())
                    .toList();
            assertThat(subjects).filteredOn(Subject::compulsory).hasSize(8);
            assertThat(subjects).filteredOn(s -> !s.compulsory()).hasSize(4);
        }
    }

    @Test
    void staffHoldEveryRoleAndEachClassHasItsOwnHomeroomTeacher() {
        SchoolRoster roster = SampleSchools.secondary(8);
        Set<StaffRole> roles = roster.staff().stream().flatMap(s -> s.roles().stream()).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrder(StaffRole.values());
        assertThat(roster.staff()).filteredOn(s -> s.has(StaffRole.PRINCIPAL)).hasSize(1);
        assertThat(roster.classes()).extracting(ClassGroup::homeroomTeacherId).doesNotHaveDuplicates();
        assertThat(roster.staff()).filteredOn(s -> s.has(StaffRole.IT_ADMINISTRATOR))
                .allSatisfy(s -> assertThat(s.subjectCodes()).isEmpty());
        for (ClassGroup c : roster.classes()) {
            assertThat(roster.teacherOf(c.id(), "HDTN_HN")).map(Staff::id).contains(c.homeroomTeacherId());
        }
    }

    @Test
    void inConsecutiveYearsStudentsMoveUpANewCohortEntersAndTheLastGradeLeaves() {
        List<SchoolRoster> years = SampleSchools.consecutiveYears(EducationLevel.UPPER_SECONDARY, 21,
                SchoolYear.of(2023), 3);
        assertThat(years).extracting(SchoolRoster::year)
                .containsExactly(SchoolYear.of(2023), SchoolYear.of(2024), SchoolYear.of(2025));
        SchoolRoster first = years.get(0);
        SchoolRoster second = years.get(1);
        assertThat(second.school().name()).isEqualTo(first.school().name());
        assertThat(second.staff()).extracting(Staff::id).isEqualTo(first.staff().stream().map(Staff::id).toList());
        assertThat(second.studentsOf("2024-11A2")).isEqualTo(first.studentsOf("2023-10A2"));
        assertThat(second.studentsOf("2024-12A3")).isEqualTo(first.studentsOf("2023-11A3"));
        Set<String> leavers = first.classes().stream().filter(c -> c.grade().number() == 12)
                .flatMap(c -> first.studentsOf(c.id()).stream()).map(Student::id).collect(Collectors.toSet());
        assertThat(second.students()).noneMatch(s -> leavers.contains(s.id()));
        Set<String> before = first.students().stream().map(Student::id).collect(Collectors.toSet());
        assertThat(second.classes().stream().filter(c -> c.grade().number() == 10)
                .flatMap(c -> second.studentsOf(c.id()).stream())).noneMatch(s -> before.contains(s.id()));
        assertThat(years.get(2)).isEqualTo(SampleSchools.upperSecondary(21, SchoolYear.of(2025)));
    }

    @Test
    void theCommuneGovernsLowerSecondarySchoolsFromTheReformOfLocalGovernment() {
        assertThat(SampleSchools.secondary(6, SchoolYear.of(2024)).school().governingOffice())
                .startsWith("Phòng Giáo dục và Đào tạo ");
        assertThat(SampleSchools.secondary(6, SchoolYear.of(2025)).school().governingOffice())
                .startsWith("Ủy ban nhân dân ");
    }

    @Test
    void aLargeSchoolHasAboutTwoThousandStudents() {
        SchoolRoster roster = SampleSchool.of(EducationLevel.UPPER_SECONDARY, 42, 17)
                .rosterFor(SampleSchools.DEFAULT_YEAR);
        assertThat(roster.students()).hasSizeBetween(1785, 2295);
        assertThat(roster.staff()).filteredOn(s -> s.has(StaffRole.VICE_PRINCIPAL)).hasSize(3);
    }

    @Test
    void continuingEducationAndOutOfRangeSizesAreRefused() {
        assertThatThrownBy(() -> SampleSchool.of(EducationLevel.CONTINUING, 1, 4))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SampleSchool.of(EducationLevel.PRIMARY, 1, 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SampleSchool.of(EducationLevel.PRIMARY, 1, 21))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SampleSchools.school(EducationLevel.PRIMARY, 1).rosters(SchoolYear.of(2024), 0))
                .isInstanceOf(InvalidValueException.class);
    }
}
