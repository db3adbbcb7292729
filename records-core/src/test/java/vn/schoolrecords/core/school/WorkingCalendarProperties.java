package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The working-day count as properties: bounds, never a day off, monotone in the start and in the days off. */
class WorkingCalendarProperties {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 30).map(n -> LocalDate.of(2015, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<List<LocalDate>> daysOff() {
        return days().list().ofMaxSize(20);
    }

    @Property(tries = 300)
    void tenWorkingDaysEndOnAWorkingDayAtLeastTwelveCalendarDaysLater(@ForAll("days") LocalDate from,
            @ForAll("daysOff") List<LocalDate> off) {
        WorkingCalendar calendar = WorkingCalendar.LABOUR_CODE_2019.withDaysOff(off);

        LocalDate due = calendar.plusWorkingDays(from, 10);

        // ten weekdays always span two weekends
        assertThat(ChronoUnit.DAYS.between(from, due)).isGreaterThanOrEqualTo(12);
        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(off).doesNotContain(due);
        assertThat(WorkingCalendar.FIXED_HOLIDAYS).doesNotContain(MonthDay.from(due));
        // exactly ten working days after the start, up to and including the due date
        assertThat(from.plusDays(1).datesUntil(due.plusDays(1)).filter(calendar::isWorkingDay).count()).isEqualTo(10);
    }

    @Property(tries = 300)
    void aLaterStartNeverGivesAnEarlierEnd(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 40) int later,
            @ForAll @IntRange(min = 1, max = 30) int count, @ForAll("daysOff") List<LocalDate> off) {
        WorkingCalendar calendar = WorkingCalendar.LABOUR_CODE_2019.withDaysOff(off);

        assertThat(calendar.plusWorkingDays(from.plusDays(later), count)).isAfterOrEqualTo(calendar.plusWorkingDays(from, count));
        assertThat(calendar.plusWorkingDays(from, count + 1)).isAfter(calendar.plusWorkingDays(from, count));
    }

    @Property(tries = 300)
    void moreDaysOffNeverGiveAnEarlierEnd(@ForAll("days") LocalDate from, @ForAll("daysOff") List<LocalDate> off,
            @ForAll("daysOff") List<LocalDate> more) {
        WorkingCalendar calendar = WorkingCalendar.LABOUR_CODE_2019.withDaysOff(off);

        assertThat(calendar.withDaysOff(more).plusWorkingDays(from, 10)).isAfterOrEqualTo(calendar.plusWorkingDays(from, 10));
    }

    @Property(tries = 200)
    void aBuiltInHolidayIsNeverAWorkingDayUnlessTheCallerSaysSo(@ForAll @IntRange(min = 2000, max = 2100) int year) {
        for (MonthDay md : WorkingCalendar.FIXED_HOLIDAYS) {
            LocalDate day = md.atYear(year);
            assertThat(WorkingCalendar.LABOUR_CODE_2019.isWorkingDay(day)).isFalse();
            assertThat(WorkingCalendar.LABOUR_CODE_2019.withWorkingDays(List.of(day)).isWorkingDay(day)).isTrue();
        }
    }
}
