package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeLevelTest {

    @ParameterizedTest
    @CsvSource({"1,PRIMARY,false", "5,PRIMARY,true", "6,LOWER_SECONDARY,false", "9,LOWER_SECONDARY,true",
        "10,UPPER_SECONDARY,false", "12,UPPER_SECONDARY,true"})
    void gradeBelongsToItsLevel(int number, EducationLevel level, boolean last) {
        GradeLevel grade = GradeLevel.of(number);

        assertThat(grade.level()).isEqualTo(level);
        assertThat(grade.isLastOfLevel()).isEqualTo(last);
        assertThat(level.includes(grade)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1, Integer.MAX_VALUE})
    void gradeOutsideOneToTwelveIsRejected(int number) {
        assertThat(rejected(() -> GradeLevel.of(number), "", "GradeLevel.range").invalidValue())
                .isEqualTo(String.valueOf(number));
    }

    @Test
    void continuingEducationTeachesGradesSixToTwelve() {
        assertThat(EducationLevel.CONTINUING.firstGrade()).isEqualTo(GradeLevel.of(6));
        assertThat(EducationLevel.CONTINUING.lastGrade()).isEqualTo(GradeLevel.of(12));
        assertThat(EducationLevel.CONTINUING.includes(GradeLevel.of(5))).isFalse();
    }

    @Test
    void gradesCompareByNumberAndPrintInVietnamese() {
        assertThat(GradeLevel.of(9)).isLessThan(GradeLevel.of(10));
        assertThat(GradeLevel.of(10)).hasToString("Lớp 10");
    }
}
