package vn.schoolrecords.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.school.StaffRole;

class AccessPolicyTest {

    private static final SchoolPlace SCHOOL = SchoolPlace.of("S1", "Hải Phòng", Optional.of("Lê Chân"));
    private static final SchoolPlace NO_DISTRICT = SchoolPlace.of("S2", "Hải Phòng", Optional.empty());
    private static final Resource TEACHER_PLAN = Resource.plan(RecordKind.TEACHER_PLAN, SCHOOL, "GV01",
            Optional.of("TO_TOAN"), Optional.of("NHOM_TOAN"), Optional.of("TOAN"), Optional.empty());
    private static final Resource SCHOOL_PLAN = Resource.plan(RecordKind.SCHOOL_PLAN, SCHOOL, "CB01", Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(Reviewer.SCHOOL_COUNCIL));

    private static Actor.SchoolStaff staff(String id, StaffRole role, String group) {
        return new Actor.SchoolStaff(id, SCHOOL, EnumSet.of(role), Optional.of(group),
                role == StaffRole.SUBJECT_SUBGROUP_LEADER ? Optional.of("NHOM_TOAN") : Optional.empty(), false);
    }

    private static boolean allowed(Actor a, Action action, Resource r) {
        return AccessPolicy.decide(a, action, r).allowed();
    }

    @Test
    void aTeacherReadsAndWritesOwnPlansOnly() {
        Actor.SchoolStaff own = staff("GV01", StaffRole.SUBJECT_TEACHER, "TO_TOAN");
        Actor.SchoolStaff colleague = staff("GV02", StaffRole.SUBJECT_TEACHER, "TO_TOAN");
        assertThat(allowed(own, Action.READ, TEACHER_PLAN)).isTrue();
        assertThat(allowed(own, Action.EDIT, TEACHER_PLAN)).isTrue();
        assertThat(allowed(colleague, Action.READ, TEACHER_PLAN)).isFalse();
        assertThat(allowed(colleague, Action.EDIT, TEACHER_PLAN)).isFalse();
    }

    @Test
    void aTeacherReadsAndEditsOwnClassesGradeBooks() {
        Resource book = Resource.gradeBook(SCHOOL, Set.of("GV01"), Optional.of("TOAN"));
        assertThat(allowed(staff("GV01", StaffRole.SUBJECT_TEACHER, "TO_TOAN"), Action.EDIT, book)).isTrue();
        assertThat(allowed(staff("GV02", StaffRole.SUBJECT_TEACHER, "TO_TOAN"), Action.READ, book)).isFalse();
        assertThat(allowed(staff("CB02", StaffRole.VICE_PRINCIPAL, "TO_TOAN"), Action.READ, book)).isTrue();
        assertThat(allowed(staff("CB02", StaffRole.VICE_PRINCIPAL, "TO_TOAN"), Action.EDIT, book)).isFalse();
    }

    @Test
    void groupLeadersReadTheirGroupsTeachersPlansOnly() {
        assertThat(allowed(staff("GV10", StaffRole.SUBJECT_GROUP_LEADER, "TO_TOAN"), Action.READ, TEACHER_PLAN)).isTrue();
        assertThat(allowed(staff("GV30", StaffRole.SUBJECT_GROUP_LEADER, "TO_VAN"), Action.READ, TEACHER_PLAN)).isFalse();
        assertThat(allowed(staff("GV11", StaffRole.SUBJECT_SUBGROUP_LEADER, "TO_TOAN"), Action.READ, TEACHER_PLAN)).isTrue();
    }

    @Test
    void thePrincipalBoardReadsEverythingInTheSchoolAndTheCouncilTheSchoolPlan() {
        assertThat(allowed(staff("CB01", StaffRole.PRINCIPAL, "X"), Action.READ, TEACHER_PLAN)).isTrue();
        Actor.SchoolStaff council = staff("GV20", StaffRole.SUBJECT_TEACHER, "TO_VAN").asSchoolCouncil();
        assertThat(allowed(council, Action.READ, SCHOOL_PLAN)).isTrue();
        assertThat(allowed(council, Action.REVIEW, SCHOOL_PLAN)).isTrue();
        assertThat(allowed(council, Action.READ, TEACHER_PLAN)).isFalse();
    }

    @Test
    void theDistrictOfficeReadsItsDistrictsSchoolsOnlyAndNeverWrites() {
        Actor office = new Actor.DistrictOffice("PGD", "Hải Phòng", "Lê Chân");
        assertThat(allowed(office, Action.READ, TEACHER_PLAN)).isTrue();
        assertThat(allowed(office, Action.READ, SCHOOL_PLAN)).isTrue();
        assertThat(allowed(office, Action.REVIEW, SCHOOL_PLAN)).isFalse();
        assertThat(allowed(new Actor.DistrictOffice("PGD2", "Hải Phòng", "Ngô Quyền"), Action.READ, TEACHER_PLAN)).isFalse();
        Resource noDistrict = Resource.plan(RecordKind.SCHOOL_PLAN, NO_DISTRICT, "CB01", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(allowed(office, Action.READ, noDistrict)).isFalse();
    }

    @Test
    void aProvincialSpecialistReadsTheirSubjectAcrossTheProvince() {
        Actor maths = new Actor.ProvincialSpecialist("CV1", "Hải Phòng", Set.of("TOAN"));
        assertThat(allowed(maths, Action.READ, TEACHER_PLAN)).isTrue();
        assertThat(AccessPolicy.decide(new Actor.ProvincialSpecialist("CV2", "Hải Phòng", Set.of("VAN")), Action.READ,
                TEACHER_PLAN).rule()).isEqualTo("Access.otherSubject");
        assertThat(allowed(maths, Action.READ, SCHOOL_PLAN)).isFalse();
        assertThat(allowed(new Actor.ProvincialSpecialist("CV3", "Quảng Ngãi", Set.of("TOAN")), Action.READ,
                TEACHER_PLAN)).isFalse();
    }

    @Test
    void theProvincialLeadershipReadsEverythingInTheProvinceOnly() {
        Actor lead = new Actor.ProvincialLeadership("LD", "Hải Phòng");
        assertThat(allowed(lead, Action.READ, SCHOOL_PLAN)).isTrue();
        assertThat(allowed(lead, Action.READ, Resource.plan(RecordKind.SCHOOL_PLAN, NO_DISTRICT, "CB01",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).isTrue();
        assertThat(allowed(lead, Action.EDIT, SCHOOL_PLAN)).isFalse();
        assertThat(allowed(new Actor.ProvincialLeadership("LD2", "Quảng Ngãi"), Action.READ, SCHOOL_PLAN)).isFalse();
    }
}
