package vn.schoolrecords.core.retention;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * How long a record is kept (thời hạn lưu trữ): a number of years, permanently (vĩnh viễn),
 * not at all because it is returned to the student (trả cho học sinh), or unknown.
 *
 * @param type the kind of period, not null
 * @param years the number of years, present exactly when {@code type} is {@link Type#YEARS}
 */
public record RetentionPeriod(Type type, Optional<Integer> years) {

    /** The kinds of period. */
    public enum Type {
        /** Kept for a number of years, then may be disposed of. */
        YEARS,
        /** Kept permanently (vĩnh viễn). */
        PERMANENT,
        /** Not kept by the school: given to the student on graduation or transfer. */
        RETURN_TO_STUDENT,
        /** Not known from the stored sources: consult the circular. */
        UNKNOWN
    }

    /**
     * Checks that the years are present, between 1 and 100, exactly for {@link Type#YEARS}.
     *
     * @throws InvalidValueException otherwise
     */
    public RetentionPeriod {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(years, "years");
        if (type == Type.YEARS != years.isPresent() || years.filter(y -> y < 1 || y > 100).isPresent()) {
            throw InvalidValueException.of("years", "RetentionPeriod.years", LocalizedText.of(
                    "số năm lưu trữ (1–100) chỉ có khi thời hạn tính bằng năm",
                    "a number of years (1–100) is given exactly for a period in years"), years.orElse(null));
        }
    }

    /**
     * @param years the number of years, 1–100
     * @return a period of that many years, not null
     */
    public static RetentionPeriod ofYears(int years) {
        return new RetentionPeriod(Type.YEARS, Optional.of(years));
    }

    /** @return the permanent period (vĩnh viễn), not null */
    public static RetentionPeriod permanent() {
        return new RetentionPeriod(Type.PERMANENT, Optional.empty());
    }

    /** @return the period of a record returned to the student, not null */
    public static RetentionPeriod returnedToStudent() {
        return new RetentionPeriod(Type.RETURN_TO_STUDENT, Optional.empty());
    }

    /** @return the unknown period, not null */
    public static RetentionPeriod unknown() {
        return new RetentionPeriod(Type.UNKNOWN, Optional.empty());
    }

    /** @return e.g. {@code 5 năm}, {@code Vĩnh viễn} */
    @Override
    public String toString() {
        return switch (type) {
            case YEARS -> years.orElseThrow() + " năm";
            case PERMANENT -> "Vĩnh viễn";
            case RETURN_TO_STUDENT -> "Trả cho học sinh";
            case UNKNOWN -> "Chưa rõ";
        };
    }
}
