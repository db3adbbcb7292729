package vn.schoolrecords.core.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * The calendar of working days (ngày làm việc) by which administrative deadlines are counted,
 * e.g. the 10 working days for a correction of a digital transcript (TT 70/2026/TT-BGDĐT Điều 22
 * khoản 8): Monday to Friday, minus public holidays.
 *
 * <p>Built in, as data: the fixed solar holidays of Bộ luật Lao động 2019 Điều 112 khoản 1
 * ({@link #FIXED_HOLIDAYS}: 1 January, 30 April, 1 May, 2 September) and the compensatory day
 * of Điều 111 khoản 3 (a fixed holiday that falls on a Saturday or Sunday gives the next working
 * day off). Not built in, because they are not fixed solar dates: the lunar holidays (Tết
 * Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch), the day next to 2 September, and the days the
 * government moves each year (nghỉ bù, làm bù). The caller adds them as {@linkplain #withDaysOff
 * days off} and {@linkplain #withWorkingDays working days}; a value is never changed, each
 * addition is a new calendar.
 *
 * @param daysOff the caller's days off besides weekends and the built-in holidays, not null
 * @param workingDays the caller's working days that would otherwise be off (a Saturday worked in
 *     exchange for a day off), not null; none of them is also in {@code daysOff}
 */
public record WorkingCalendar(Set<LocalDate> daysOff, Set<LocalDate> workingDays) {

    /** The fixed solar public holidays of Bộ luật Lao động 2019, Điều 112 khoản 1. */
    public static final List<MonthDay> FIXED_HOLIDAYS = List.of(MonthDay.of(1, 1), MonthDay.of(4, 30),
            MonthDay.of(5, 1), MonthDay.of(9, 2));

    /** Weekends and the built-in holidays only; the caller adds the lunar and moved days. */
    public static final WorkingCalendar LABOUR_CODE_2019 = new WorkingCalendar(Set.of(), Set.of());

    /** The rule the built-in days follow. */
    public static final String CITATION = "Bộ luật Lao động 2019, Điều 111 khoản 3, Điều 112 khoản 1";

    /**
     * Copies the sets and checks that no day is both off and working.
     *
     * @throws InvalidValueException if a day is in both sets
     */
    public WorkingCalendar {
        daysOff = Set.copyOf(new TreeSet<>(daysOff));
        workingDays = Set.copyOf(new TreeSet<>(workingDays));
        for (LocalDate d : workingDays) {
            if (daysOff.contains(d)) {
                throw InvalidValueException.of("workingDays", "WorkingCalendar.conflict", LocalizedText.of(
                        "ngày " + d + " không thể vừa là ngày nghỉ vừa là ngày làm việc",
                        "the day " + d + " cannot be both a day off and a working day"), d);
            }
        }
    }

    /**
     * @param days more days off (Tết, Giỗ Tổ Hùng Vương, the day next to 2 September, announced
     *     days off), not null
     * @return a calendar with them, not null
     * @throws InvalidValueException if one is a working day of this calendar's caller days
     */
    public WorkingCalendar withDaysOff(Collection<LocalDate> days) {
        Set<LocalDate> next = new HashSet<>(daysOff);
        next.addAll(days);
        return new WorkingCalendar(next, workingDays);
    }

    /**
     * @param days more working days that would otherwise be off (a Saturday worked in exchange), not null
     * @return a calendar with them, not null
     * @throws InvalidValueException if one is a day off of this calendar's caller days
     */
    public WorkingCalendar withWorkingDays(Collection<LocalDate> days) {
        Set<LocalDate> next = new HashSet<>(workingDays);
        next.addAll(days);
        return new WorkingCalendar(daysOff, next);
    }

    /**
     * Whether a day is a working day.
     *
     * @param day the day, not null
     * @return true for a working day, not null
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (workingDays.contains(day)) {
            return true;
        }
        return !daysOff.contains(day) && !isWeekend(day) && !isFixedHoliday(day) && !isCompensatoryDay(day);
    }

    /**
     * The working day that ends a period of working days counted after a day: the day itself does
     * not count (Bộ luật Dân sự 2015 Điều 147), the next working day is the first.
     *
     * @param from the day of the event, e.g. the receipt of a request, not null
     * @param workingDaysAfter how many working days, ≥ 1
     * @return the last day of the period, a working day, not null
     * @throws InvalidValueException if the count is below 1
     */
    public LocalDate plusWorkingDays(LocalDate from, int workingDaysAfter) {
        Objects.requireNonNull(from, "from");
        if (workingDaysAfter < 1) {
            throw InvalidValueException.of("workingDaysAfter", "WorkingCalendar.count", LocalizedText.of(
                    "số ngày làm việc phải từ 1", "the number of working days is at least 1"), workingDaysAfter);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDaysAfter) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean isFixedHoliday(LocalDate day) {
        return FIXED_HOLIDAYS.contains(MonthDay.from(day));
    }

    /**
     * Điều 111 khoản 3: each fixed holiday on a weekend gives the next weekday that is neither a
     * fixed holiday nor already such a day; two on one weekend (30 April and 1 May 2022) give two.
     * The caller's days off do not move it: an announced schedule that lists the same day off
     * must not push it further.
     */
    private boolean isCompensatoryDay(LocalDate day) {
        if (isWeekend(day) || isFixedHoliday(day)) {
            return false;
        }
        Set<LocalDate> given = new HashSet<>();
        for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
            for (MonthDay md : FIXED_HOLIDAYS) {
                LocalDate holiday = md.atYear(year);
                if (!isWeekend(holiday) || workingDays.contains(holiday)) {
                    continue;
                }
                LocalDate c = holiday.plusDays(1);
                while (isWeekend(c) || isFixedHoliday(c) || given.contains(c)) {
                    c = c.plusDays(1);
                }
                given.add(c);
            }
        }
        return given.contains(day);
    }
}
