package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;

/**
 * Golden cases of the working-day calendar: the fixed holidays of Bộ luật Lao động 2019 Điều 112,
 * the compensatory days of Điều 111 khoản 3 as the government applied them (2021, 2022, 2023),
 * and the caller's lunar and announced days.
 */
class WorkingCalendarTest {

    private static final WorkingCalendar BUILT_IN = WorkingCalendar.LABOUR_CODE_2019;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void fixedSolarHolidaysAndWeekendsAreNotWorkingDays() {
        for (String day : List.of("2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02", "2026-08-29", "2026-08-30")) {
            assertThat(BUILT_IN.isWorkingDay(d(day))).as(day).isFalse();
        }
        for (String day : List.of("2026-08-28", "2026-08-31", "2026-09-01", "2026-09-03", "2026-12-31")) {
            assertThat(BUILT_IN.isWorkingDay(d(day))).as(day).isTrue();
        }
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 2021: 1 May on Saturday, Monday 3 May off
        assertThat(BUILT_IN.isWorkingDay(d("2021-05-03"))).isFalse();
        assertThat(BUILT_IN.isWorkingDay(d("2021-05-04"))).isTrue();
        // 2022: 30 April Saturday and 1 May Sunday, Monday 2 and Tuesday 3 May off
        assertThat(BUILT_IN.isWorkingDay(d("2022-05-02"))).isFalse();
        assertThat(BUILT_IN.isWorkingDay(d("2022-05-03"))).isFalse();
        assertThat(BUILT_IN.isWorkingDay(d("2022-05-04"))).isTrue();
        // 2023: 2 September on Saturday, Monday 4 September off (1 September was the announced adjacent day)
        assertThat(BUILT_IN.isWorkingDay(d("2023-09-04"))).isFalse();
        assertThat(BUILT_IN.isWorkingDay(d("2023-09-01"))).isTrue();
        assertThat(BUILT_IN.withDaysOff(List.of(d("2023-09-01"))).isWorkingDay(d("2023-09-01"))).isFalse();
        // an announced schedule that lists the compensatory day too does not push it further
        WorkingCalendar announced = BUILT_IN.withDaysOff(List.of(d("2021-05-03")));
        assertThat(announced.isWorkingDay(d("2021-05-04"))).isTrue();
    }

    @Test
    void tenWorkingDaysFromTheFridayBefore2September2026() {
        LocalDate friday = d("2026-08-28");
        // built in: Mon 31/8 (1), Tue 1/9 (2), [Wed 2/9 holiday], Thu 3/9 (3) … Mon 14/9 (10)
        assertThat(BUILT_IN.plusWorkingDays(friday, 10)).isEqualTo(d("2026-09-14"));
        // with the day next to 2 September the government announces (here, as an example, Tue 1/9)
        assertThat(BUILT_IN.withDaysOff(List.of(d("2026-09-01"))).plusWorkingDays(friday, 10))
                .isEqualTo(d("2026-09-15"));
        // and a Saturday worked in exchange counts
        assertThat(BUILT_IN.withDaysOff(List.of(d("2026-09-01"))).withWorkingDays(List.of(d("2026-09-05")))
                .plusWorkingDays(friday, 10)).isEqualTo(d("2026-09-14"));
    }

    @Test
    void tetComesFromTheCaller() {
        // Tết Bính Ngọ: 17 February 2026 (lunar 1/1). An example schedule of nine days off, 14–22 February.
        List<LocalDate> tet = d("2026-02-14").datesUntil(d("2026-02-23")).toList();
        LocalDate before = d("2026-02-13");
        assertThat(BUILT_IN.plusWorkingDays(before, 10)).isEqualTo(d("2026-02-27"));
        assertThat(BUILT_IN.withDaysOff(tet).plusWorkingDays(before, 10)).isEqualTo(d("2026-03-06"));
    }

    @Test
    void theDayOfTheEventDoesNotCount() {
        assertThat(BUILT_IN.plusWorkingDays(d("2026-03-02"), 1)).isEqualTo(d("2026-03-03"));
        assertThat(BUILT_IN.plusWorkingDays(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09"));
    }

    @Test
    void wrongInputIsRefused() {
        assertThatThrownBy(() -> BUILT_IN.withDaysOff(List.of(d("2026-09-05"))).withWorkingDays(List.of(d("2026-09-05"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isNotBlank());
        assertThatThrownBy(() -> BUILT_IN.plusWorkingDays(d("2026-03-02"), 0)).isInstanceOf(InvalidValueException.class);
    }
}
