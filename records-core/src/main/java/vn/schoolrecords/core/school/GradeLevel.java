package vn.schoolrecords.core.school;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * A grade (khối lớp) of general education, 1 to 12.
 *
 * @param number the grade, 1–12
 */
public record GradeLevel(int number) implements Comparable<GradeLevel> {

    /**
     * Checks the range.
     *
     * @throws InvalidValueException if the number is outside 1–12
     */
    public GradeLevel {
        if (number < 1 || number > 12) {
            throw InvalidValueException.of("", "GradeLevel.range", LocalizedText.of(
                    "khối lớp phải từ 1 đến 12", "a grade is between 1 and 12"), number);
        }
    }

    /**
     * The grade with the given number.
     *
     * @param number 1–12
     * @return the grade, not null
     * @throws InvalidValueException if the number is outside 1–12
     */
    @JsonCreator
    public static GradeLevel of(int number) {
        return new GradeLevel(number);
    }

    /**
     * The general-education level of this grade: primary for 1–5, lower secondary for 6–9,
     * upper secondary for 10–12. (Continuing education teaches grades 6–12 too; that is a
     * property of the school, not of the grade.)
     *
     * @return the level, not null
     */
    public EducationLevel level() {
        return number <= 5 ? EducationLevel.PRIMARY
                : number <= 9 ? EducationLevel.LOWER_SECONDARY : EducationLevel.UPPER_SECONDARY;
    }

    /** @return true for the last grade of its level (5, 9 and 12) */
    public boolean isLastOfLevel() {
        return level().lastGrade().number() == number;
    }

    /** @return the number, written as JSON */
    @JsonValue
    public int jsonValue() {
        return number;
    }

    @Override
    public int compareTo(GradeLevel other) {
        return Integer.compare(number, other.number);
    }

    /** @return e.g. {@code "Lớp 10"} */
    @Override
    public String toString() {
        return "Lớp " + number;
    }
}
