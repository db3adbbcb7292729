package vn.schoolrecords.core.sample;

import java.util.List;

import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * Realistic sample schools (trường học mẫu) for demonstrations and for vendors' unit tests:
 * Vietnamese names with diacritics, personal identifiers that agree with each student's sex
 * and birth year, ages that fit the grade, the 2018 programme's subjects, staff in every role
 * and a teacher for every class and subject. The same seed always gives the same roster, on
 * every JVM; nothing depends on the clock.
 *
 * <pre>{@code
 * SchoolRoster roster = SampleSchools.upperSecondary(42);          // 2025-2026, 10A1 … 12A4
 * List<SchoolRoster> years = SampleSchools.school(EducationLevel.LOWER_SECONDARY, 7)
 *         .rosters(SchoolYear.of(2023), 3);                       // the same school, three years
 * }</pre>
 *
 * @see SampleSchool
 */
public final class SampleSchools {

    /** The school year of the factories that take none: 2025-2026. */
    public static final SchoolYear DEFAULT_YEAR = SchoolYear.of(2025);

    /** Classes per grade of the factories that take no number: four ({@code 10A1 … 10A4}). */
    public static final int DEFAULT_CLASSES_PER_GRADE = 4;

    private SampleSchools() {
    }

    /**
     * A primary school (trường tiểu học), grades 1–5, in {@link #DEFAULT_YEAR}.
     *
     * @param seed the seed
     * @return the validated roster, not null
     */
    public static SchoolRoster primary(long seed) {
        return primary(seed, DEFAULT_YEAR);
    }

    /**
     * A primary school (trường tiểu học), grades 1–5, with four classes per grade.
     *
     * @param seed the seed
     * @param year the school year, not null
     * @return the validated roster, not null
     */
    public static SchoolRoster primary(long seed, SchoolYear year) {
        return school(EducationLevel.PRIMARY, seed).rosterFor(year);
    }

    /**
     * A lower-secondary school (trường trung học cơ sở, THCS), grades 6–9, in {@link #DEFAULT_YEAR}.
     *
     * @param seed the seed
     * @return the validated roster, not null
     */
    public static SchoolRoster secondary(long seed) {
        return secondary(seed, DEFAULT_YEAR);
    }

    /**
     * A lower-secondary school (THCS), grades 6–9, with four classes per grade.
     *
     * @param seed the seed
     * @param year the school year, not null
     * @return the validated roster, not null
     */
    public static SchoolRoster secondary(long seed, SchoolYear year) {
        return school(EducationLevel.LOWER_SECONDARY, seed).rosterFor(year);
    }

    /**
     * An upper-secondary school (trường trung học phổ thông, THPT), grades 10–12, in
     * {@link #DEFAULT_YEAR}.
     *
     * @param seed the seed
     * @return the validated roster, not null
     */
    public static SchoolRoster upperSecondary(long seed) {
        return upperSecondary(seed, DEFAULT_YEAR);
    }

    /**
     * An upper-secondary school (THPT), grades 10–12, with four classes per grade, each class
     * following one combination of four electives.
     *
     * @param seed the seed
     * @param year the school year, not null
     * @return the validated roster, not null
     */
    public static SchoolRoster upperSecondary(long seed, SchoolYear year) {
        return school(EducationLevel.UPPER_SECONDARY, seed).rosterFor(year);
    }

    /**
     * A school with {@link #DEFAULT_CLASSES_PER_GRADE} classes per grade, to take rosters of
     * several consecutive years from.
     *
     * @param level primary, lower or upper secondary, not null
     * @param seed the seed
     * @return the school, not null
     * @throws vn.schoolrecords.core.InvalidValueException for continuing education
     */
    public static SampleSchool school(EducationLevel level, long seed) {
        return SampleSchool.of(level, seed, DEFAULT_CLASSES_PER_GRADE);
    }

    /**
     * The rosters of one school over consecutive school years (students move up a grade, a
     * new cohort enters, the last grade leaves).
     *
     * @param level primary, lower or upper secondary, not null
     * @param seed the seed
     * @param first the first school year, not null
     * @param count how many years, at least 1
     * @return the rosters in order of year, not null
     */
    public static List<SchoolRoster> consecutiveYears(EducationLevel level, long seed, SchoolYear first, int count) {
        return school(level, seed).rosters(first, count);
    }
}
