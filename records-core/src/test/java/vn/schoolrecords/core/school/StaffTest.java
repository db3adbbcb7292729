package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTest {

    @Test
    void rolesIterateInDeclarationOrderAndSubjectsAlphabetically() {
        Staff s = Staff.of("GV001", "Nguyễn Văn An",
                Set.of(StaffRole.PRINCIPAL, StaffRole.SUBJECT_TEACHER), Set.of("TOAN", "LICH_SU", "DIA_LI"));

        assertThat(s.roles()).containsExactly(StaffRole.SUBJECT_TEACHER, StaffRole.PRINCIPAL);
        assertThat(s.subjectCodes()).containsExactly("DIA_LI", "LICH_SU", "TOAN");
        assertThat(s.has(StaffRole.PRINCIPAL)).isTrue();
        assertThat(s.has(StaffRole.HOMEROOM_TEACHER)).isFalse();
    }

    @Test
    void setsAreCopiedAndUnmodifiable() {
        Set<StaffRole> roles = EnumSet.of(StaffRole.SUBJECT_TEACHER);
        Set<String> codes = new HashSet<>(Set.of("TOAN"));
        Staff s = Staff.of("GV001", "Nguyễn Văn An", roles, codes);
        roles.add(StaffRole.PRINCIPAL);
        codes.add("NGU_VAN");

        assertThat(s.roles()).containsExactly(StaffRole.SUBJECT_TEACHER);
        assertThat(s.subjectCodes()).containsExactly("TOAN");
        assertThatThrownBy(() -> s.roles().add(StaffRole.CLERK)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void memberWithoutRoleIsRejected() {
        rejected(() -> Staff.of("GV001", "Nguyễn Văn An", Set.of(), Set.of()), "roles", "NotEmpty");
    }

    @Test
    void lowerCaseSubjectCodeIsRejectedOnSubjectCodes() {
        assertThat(rejected(() -> Staff.of("GV001", "Nguyễn Văn An", Set.of(StaffRole.SUBJECT_TEACHER),
                Set.of("toan")), "subjectCodes", "Pattern").invalidValue()).isEqualTo("toan");
    }

    @Test
    void nameWithTrailingSpaceIsRejected() {
        rejected(() -> Staff.of("GV001", "Nguyễn Văn An ", Set.of(StaffRole.CLERK), Set.of()), "fullName", "Pattern");
    }

    @Test
    void roleNamesAreVietnamese() {
        assertThat(StaffRole.HOMEROOM_TEACHER.vietnameseName()).isEqualTo("Giáo viên chủ nhiệm");
        assertThat(StaffRole.VICE_PRINCIPAL.isPrincipalBoard()).isTrue();
        assertThat(StaffRole.SUBJECT_GROUP_LEADER.isPrincipalBoard()).isFalse();
    }
}
