package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassGroupTest {

    @ParameterizedTest
    @ValueSource(strings = {"10A1", "6/1", "12 Chuyên Toán", "Lớp 1.2", "5-Đ"})
    void classNamesAsSchoolsWriteThemAreAccepted(String name) {
        ClassGroup c = ClassGroup.of("C1", name, GradeLevel.of(10), SchoolYear.of(2024), "GV001");

        assertThat(c.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10A1!", "Lớp mười hai chuyên Toán"})
    void classNameOutsideItsAlphabetOrLongerThanTwentyIsRejected(String name) {
        rejected(() -> ClassGroup.of("C1", name, GradeLevel.of(10), SchoolYear.of(2024), "GV001"), "name", "Pattern");
    }

    @Test
    void blankHomeroomTeacherIsRejected() {
        rejected(() -> ClassGroup.of("C1", "10A1", GradeLevel.of(10), SchoolYear.of(2024), " "),
                "homeroomTeacherId", "NotBlank");
    }
}
