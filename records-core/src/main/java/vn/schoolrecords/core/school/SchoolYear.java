package vn.schoolrecords.core.school;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * A school year (năm học), written {@code 2024-2025}: it starts in the autumn of its first
 * calendar year and ends in the summer of the next.
 *
 * <p>Its {@linkplain #startDate() administrative span} runs from 1 September to 31 August, so
 * every date belongs to exactly one school year; summer re-assessments and the 30 June / 30
 * August data locks of TT 70/2026 fall in the year that is ending. The teaching calendar
 * (opening day, term dates) is a school's own data, not part of this value.
 *
 * @param startYear the calendar year in which the school year starts, 1900–2999
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final int MIN = 1900;
    private static final int MAX = 2999;

    /**
     * Checks the range.
     *
     * @throws InvalidValueException if the start year is outside 1900–2999
     */
    public SchoolYear {
        if (startYear < MIN || startYear > MAX) {
            throw InvalidValueException.of("startYear", "SchoolYear.range", LocalizedText.of(
                    "năm bắt đầu của năm học phải trong khoảng " + MIN + "–" + MAX,
                    "a school year must start between " + MIN + " and " + MAX), startYear);
        }
    }

    /**
     * The school year that starts in the given calendar year.
     *
     * @param startYear e.g. 2024 for 2024-2025
     * @return the school year, not null
     * @throws InvalidValueException if the year is outside 1900–2999
     */
    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    /**
     * Reads a school year written {@code YYYY-YYYY} with consecutive years, e.g. {@code 2024-2025}.
     * Nothing else is accepted: no spaces, no slashes, no short forms.
     *
     * @param text the text, not null
     * @return the school year, not null
     * @throws InvalidValueException if the text is not two consecutive four-digit years
     */
    @JsonCreator
    public static SchoolYear parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw InvalidValueException.of("", "SchoolYear.format", LocalizedText.of(
                    "năm học phải viết dạng YYYY-YYYY, ví dụ 2024-2025",
                    "a school year is written YYYY-YYYY, e.g. 2024-2025"), text);
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != first + 1) {
            throw InvalidValueException.of("", "SchoolYear.consecutive", LocalizedText.of(
                    "hai năm của năm học phải liên tiếp (" + first + "-" + (first + 1) + ")",
                    "the two years of a school year must be consecutive (" + first + "-" + (first + 1) + ")"), text);
        }
        return new SchoolYear(first);
    }

    /**
     * The school year whose administrative span (1 September – 31 August) contains the date.
     *
     * @param date the date, not null
     * @return the school year, not null
     */
    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** @return the calendar year in which the school year ends */
    public int endYear() {
        return startYear + 1;
    }

    /** @return 1 September of the start year, not null */
    public LocalDate startDate() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** @return 31 August of the end year, not null */
    public LocalDate endDate() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /**
     * Whether the date falls within this school year's administrative span.
     *
     * @param date the date, not null
     * @return true if {@code startDate() <= date <= endDate()}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /** @return the following school year, not null */
    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    /** @return the preceding school year, not null */
    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    /**
     * Whether this school year is the given one or later.
     *
     * @param other the other year, not null
     * @return true if {@code this >= other}
     */
    public boolean isAtLeast(SchoolYear other) {
        return startYear >= other.startYear;
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** @return {@code YYYY-YYYY}, e.g. {@code 2024-2025}; {@link #parse} reads it back */
    @JsonValue
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
