package vn.schoolrecords.core.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.Subject;

/**
 * A primary student's recorded assessments of one subject or educational activity for one
 * school year (TT 27/2020 Điều 7, khoản 1): its levels at the assessment points and, for a
 * subject with periodic tests, the test scores (điểm bài kiểm tra định kỳ, KTĐK).
 *
 * <p>Test scores are {@link Score}s so that a vendor can pass what was typed; the rules reject a
 * decimal one, since the circular gives "điểm theo thang điểm 10, không cho điểm thập phân"
 * (Điều 7, khoản 1, điểm d). {@link Tt27Rules} checks which points must be present.
 *
 * @param subject the subject as taught in the grade, of mode {@code LEVEL} or
 *     {@code LEVEL_AND_TEST}, not null
 * @param levels the level at each assessment point recorded, not null
 * @param tests the periodic test score at each point tested, not null
 */
public record PrimarySubjectYear(Subject subject, Map<PrimaryCheckpoint, SubjectLevel> levels,
        Map<PrimaryCheckpoint, Score> tests) {

    /** Checks presence and copies the maps. */
    public PrimarySubjectYear {
        Objects.requireNonNull(subject, "subject");
        levels = copy(levels, "levels");
        tests = copy(tests, "tests");
    }

    /**
     * A subject assessed by level only, at the end of HK I and the end of the year.
     *
     * @param subject the subject, not null
     * @param endOfFirstTerm the level at the end of HK I, not null
     * @param endOfYear the level at the end of the year, not null
     * @return the record, not null
     */
    public static PrimarySubjectYear of(Subject subject, SubjectLevel endOfFirstTerm, SubjectLevel endOfYear) {
        Map<PrimaryCheckpoint, SubjectLevel> levels = new EnumMap<>(PrimaryCheckpoint.class);
        levels.put(PrimaryCheckpoint.END_OF_FIRST_TERM, Objects.requireNonNull(endOfFirstTerm, "endOfFirstTerm"));
        levels.put(PrimaryCheckpoint.END_OF_YEAR, Objects.requireNonNull(endOfYear, "endOfYear"));
        return new PrimarySubjectYear(subject, levels, Map.of());
    }

    /**
     * A subject assessed by level and periodic test, at the end of HK I and the end of the year.
     *
     * @param subject the subject, not null
     * @param endOfFirstTerm the level at the end of HK I, not null
     * @param testEndOfFirstTerm the test score at the end of HK I, not null
     * @param endOfYear the level at the end of the year, not null
     * @param testEndOfYear the test score at the end of the year, not null
     * @return the record, not null
     */
    public static PrimarySubjectYear of(Subject subject, SubjectLevel endOfFirstTerm, Score testEndOfFirstTerm,
            SubjectLevel endOfYear, Score testEndOfYear) {
        return of(subject, endOfFirstTerm, endOfYear)
                .withTest(PrimaryCheckpoint.END_OF_FIRST_TERM, testEndOfFirstTerm)
                .withTest(PrimaryCheckpoint.END_OF_YEAR, testEndOfYear);
    }

    /**
     * The same record with the level at a point set.
     *
     * @param point the assessment point, not null
     * @param level the level, not null
     * @return the copy, not null
     */
    public PrimarySubjectYear withLevel(PrimaryCheckpoint point, SubjectLevel level) {
        Map<PrimaryCheckpoint, SubjectLevel> copy = new EnumMap<>(PrimaryCheckpoint.class);
        copy.putAll(levels);
        copy.put(Objects.requireNonNull(point, "point"), Objects.requireNonNull(level, "level"));
        return new PrimarySubjectYear(subject, copy, tests);
    }

    /**
     * The same record with the test score at a point set.
     *
     * @param point the assessment point, not null
     * @param score the score, not null
     * @return the copy, not null
     */
    public PrimarySubjectYear withTest(PrimaryCheckpoint point, Score score) {
        Map<PrimaryCheckpoint, Score> copy = new EnumMap<>(PrimaryCheckpoint.class);
        copy.putAll(tests);
        copy.put(Objects.requireNonNull(point, "point"), Objects.requireNonNull(score, "score"));
        return new PrimarySubjectYear(subject, levels, copy);
    }

    /**
     * The same record without a test score at a point.
     *
     * @param point the assessment point, not null
     * @return the copy, not null
     */
    public PrimarySubjectYear withoutTest(PrimaryCheckpoint point) {
        Map<PrimaryCheckpoint, Score> copy = new EnumMap<>(PrimaryCheckpoint.class);
        copy.putAll(tests);
        copy.remove(Objects.requireNonNull(point, "point"));
        return new PrimarySubjectYear(subject, levels, copy);
    }

    /**
     * The level at a point.
     *
     * @param point the assessment point, not null
     * @return the level, or empty if not recorded
     */
    public Optional<SubjectLevel> level(PrimaryCheckpoint point) {
        return Optional.ofNullable(levels.get(point));
    }

    /**
     * The test score at a point.
     *
     * @param point the assessment point, not null
     * @return the score, or empty if not recorded
     */
    public Optional<Score> test(PrimaryCheckpoint point) {
        return Optional.ofNullable(tests.get(point));
    }

    private static <V> Map<PrimaryCheckpoint, V> copy(Map<PrimaryCheckpoint, V> map, String name) {
        Objects.requireNonNull(map, name);
        if (map.isEmpty()) {
            return Map.of();
        }
        Map<PrimaryCheckpoint, V> copy = new EnumMap<>(PrimaryCheckpoint.class);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, name), Objects.requireNonNull(v, name)));
        return Collections.unmodifiableMap(copy);
    }
}
