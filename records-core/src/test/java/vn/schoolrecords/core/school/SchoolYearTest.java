package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.schoolrecords.core.Violation;

class SchoolYearTest {

    @Test
    void parsesAndFormatsTwoConsecutiveYears() {
        SchoolYear year = SchoolYear.parse("2024-2025");

        assertThat(year.startYear()).isEqualTo(2024);
        assertThat(year.endYear()).isEqualTo(2025);
        assertThat(year).hasToString("2024-2025").isEqualTo(SchoolYear.of(2024));
    }

    @Test
    void yearsThatAreNotConsecutiveAreRejected() {
        Violation v = rejected(() -> SchoolYear.parse("2024-2026"), "", "SchoolYear.consecutive");

        assertThat(v.invalidValue()).isEqualTo("2024-2026");
        assertThat(v.message().vi()).contains("liên tiếp");
        assertThat(v.message().en()).contains("consecutive");
    }

    @Test
    void yearsInReverseOrderAreRejected() {
        rejected(() -> SchoolYear.parse("2025-2024"), "", "SchoolYear.consecutive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/2025", " 2024-2025", "2024-2025 ", "24-25", "2024", "2024 - 2025", "2024–2025",
        "", "năm 2024-2025", "２０２４-２０２５", "2024-2025\n"})
    void anythingButYyyyDashYyyyIsRejected(String text) {
        Violation v = rejected(() -> SchoolYear.parse(text), "", "SchoolYear.format");

        assertThat(v.invalidValue()).isEqualTo(text);
    }

    @Test
    void startYearOutsideTheRangeIsRejected() {
        rejected(() -> SchoolYear.of(1899), "startYear", "SchoolYear.range");
        rejected(() -> SchoolYear.of(3000), "startYear", "SchoolYear.range");
        rejected(() -> SchoolYear.parse("1899-1900"), "startYear", "SchoolYear.range");
    }

    @Test
    void rangeEndsAreAccepted() {
        assertThat(SchoolYear.of(1900)).hasToString("1900-1901");
        assertThat(SchoolYear.parse("2999-3000").startYear()).isEqualTo(2999);
    }

    @Test
    void nextAndPreviousAreTheNeighbouringYears() {
        SchoolYear year = SchoolYear.of(2024);

        assertThat(year.next()).isEqualTo(SchoolYear.parse("2025-2026"));
        assertThat(year.previous()).isEqualTo(SchoolYear.parse("2023-2024"));
        assertThat(year.next().previous()).isEqualTo(year);
    }

    @Test
    void nextOfTheLastYearIsRejected() {
        rejected(() -> SchoolYear.of(2999).next(), "startYear", "SchoolYear.range");
    }

    @Test
    void thirtyFirstOfAugustBelongsToTheYearThatIsEnding() {
        assertThat(SchoolYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(SchoolYear.of(2024));
        assertThat(SchoolYear.of(2024).contains(LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(SchoolYear.of(2025).contains(LocalDate.of(2025, 8, 31))).isFalse();
    }

    @Test
    void firstOfSeptemberStartsTheNextYear() {
        assertThat(SchoolYear.containing(LocalDate.of(2025, 9, 1))).isEqualTo(SchoolYear.of(2025));
        assertThat(SchoolYear.of(2025).contains(LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(SchoolYear.of(2024).contains(LocalDate.of(2025, 9, 1))).isFalse();
    }

    @Test
    void spanRunsFromFirstOfSeptemberToThirtyFirstOfAugust() {
        SchoolYear year = SchoolYear.of(2024);

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(year.contains(LocalDate.of(2024, 8, 31))).isFalse();
        assertThat(SchoolYear.containing(LocalDate.of(2025, 1, 1))).isEqualTo(year);
    }

    @Test
    void yearsCompareChronologically() {
        assertThat(SchoolYear.of(2023)).isLessThan(SchoolYear.of(2024));
        assertThat(SchoolYear.of(2024).isAtLeast(SchoolYear.of(2024))).isTrue();
        assertThat(SchoolYear.of(2023).isAtLeast(SchoolYear.of(2024))).isFalse();
    }
}
