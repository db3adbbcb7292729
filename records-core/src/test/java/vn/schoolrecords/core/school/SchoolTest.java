package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private static School school(String name, Optional<String> district) {
        return School.of("79000701", name, Set.of(EducationLevel.LOWER_SECONDARY, EducationLevel.UPPER_SECONDARY),
                "Quảng Ngãi", district, "Sở Giáo dục và Đào tạo Quảng Ngãi");
    }

    @Test
    void schoolWithoutDistrictIsValid() {
        School s = school("Trường THCS và THPT Phạm Kiệt", Optional.empty());

        assertThat(s.district()).isEmpty();
    }

    @Test
    void schoolWithDistrictKeepsIt() {
        assertThat(school("Trường THPT Sơn Mỹ", Optional.of("Huyện Sơn Tịnh")).district()).contains("Huyện Sơn Tịnh");
    }

    @Test
    void blankDistrictIsRejectedNotDropped() {
        rejected(() -> school("Trường THPT Sơn Mỹ", Optional.of("")), "district", "Pattern");
        rejected(() -> school("Trường THPT Sơn Mỹ", Optional.of(" ")), "district", "Pattern");
    }

    @Test
    void multiLevelSchoolTeachesTheGradesOfEachLevel() {
        School s = school("Trường THCS và THPT Phạm Kiệt", Optional.empty());

        assertThat(s.levels()).containsExactly(EducationLevel.LOWER_SECONDARY, EducationLevel.UPPER_SECONDARY);
        assertThat(s.teaches(GradeLevel.of(6))).isTrue();
        assertThat(s.teaches(GradeLevel.of(12))).isTrue();
        assertThat(s.teaches(GradeLevel.of(5))).isFalse();
    }

    @Test
    void schoolWithoutLevelIsRejected() {
        rejected(() -> School.of("79000701", "Trường A", Set.of(), "Huế", Optional.empty(), "Sở GD&ĐT"),
                "levels", "NotEmpty");
    }

    @Test
    void emptyNameIsRejected() {
        rejected(() -> school("", Optional.empty()), "name", "NotBlank");
    }

    @Test
    void codeWithSpaceIsRejected() {
        rejected(() -> School.of("79 000701", "Trường A", Set.of(EducationLevel.PRIMARY), "Huế", Optional.empty(),
                "Sở GD&ĐT"), "code", "Pattern");
    }
}
