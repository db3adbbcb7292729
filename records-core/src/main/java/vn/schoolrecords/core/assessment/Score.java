package vn.schoolrecords.core.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * A score (điểm) on the 10-point scale with at most one decimal — "số nguyên hoặc số thập phân
 * được lấy đến chữ số thập phân thứ nhất" (TT 22/2021 Điều 5.3b) — held exactly as a whole
 * number of tenths, so that averages cost integer arithmetic and never drift.
 *
 * <p>Averages are scores too: the rules round them to one decimal with the rounding named in
 * their {@link AveragePolicy}.
 *
 * @param tenths the score times ten, 0–100 (e.g. 75 for 7,5)
 */
public record Score(int tenths) implements Mark, Comparable<Score> {

    /** The lowest score, 0. */
    public static final Score ZERO = new Score(0);
    /** The highest score, 10. */
    public static final Score TEN = new Score(100);

    private static final Score[] CACHE = new Score[101];

    static {
        for (int i = 0; i <= 100; i++) {
            CACHE[i] = i == 0 ? ZERO : i == 100 ? TEN : new Score(i);
        }
    }

    /**
     * Checks the range.
     *
     * @throws InvalidValueException if tenths is outside 0–100
     */
    public Score {
        if (tenths < 0 || tenths > 100) {
            throw outOfRange(BigDecimal.valueOf(tenths, 1));
        }
    }

    /**
     * The score with the given number of tenths; no allocation.
     *
     * @param tenths 0–100
     * @return the score, not null
     * @throws InvalidValueException if outside 0–100
     */
    public static Score ofTenths(int tenths) {
        if (tenths < 0 || tenths > 100) {
            throw outOfRange(BigDecimal.valueOf(tenths, 1));
        }
        return CACHE[tenths];
    }

    /**
     * The exact score given. {@code 7.50} is 7,5; {@code 7.25} is an error, never rounded.
     *
     * @param value 0–10 with at most one significant decimal, not null
     * @return the score, not null
     * @throws InvalidValueException if out of range or with a second decimal
     */
    @JsonCreator
    public static Score of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal tenths = value.movePointRight(1);
        if (tenths.signum() != 0 && tenths.stripTrailingZeros().scale() > 0) {
            throw InvalidValueException.of("", "Score.decimals", LocalizedText.of(
                    "điểm chỉ lấy đến chữ số thập phân thứ nhất (TT 22/2021, Điều 5, khoản 3, điểm b)",
                    "a score has at most one decimal (TT 22/2021, Điều 5, khoản 3, điểm b)"), value.toPlainString());
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.TEN) > 0) {
            throw outOfRange(value);
        }
        return CACHE[tenths.intValueExact()];
    }

    /**
     * Reads a score written with a decimal point or a Vietnamese decimal comma: {@code 7.5},
     * {@code 7,5}, {@code 8}.
     *
     * @param text the text, not null
     * @return the score, not null
     * @throws InvalidValueException if not a number, out of range or with a second decimal
     */
    public static Score parse(String text) {
        try {
            return of(new BigDecimal(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            throw InvalidValueException.of("", "Score.format", LocalizedText.of(
                    "điểm phải là số từ 0 đến 10, ví dụ 7,5", "a score is a number from 0 to 10, e.g. 7.5"), text);
        }
    }

    /** @return the exact value with one decimal, e.g. {@code 7.5} or {@code 8.0}, not null */
    @JsonValue
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(tenths, 1);
    }

    /**
     * Whether this score is at least the other.
     *
     * @param threshold the other score, not null
     * @return true if {@code this >= threshold}
     */
    public boolean isAtLeast(Score threshold) {
        return tenths >= threshold.tenths;
    }

    @Override
    public int compareTo(Score other) {
        return Integer.compare(tenths, other.tenths);
    }

    /** @return the score with a decimal comma, e.g. {@code 7,5}, {@code 8,0} */
    @Override
    public String display() {
        return (tenths / 10) + "," + (tenths % 10);
    }

    /** @return the score with a decimal point, e.g. {@code 7.5} */
    @Override
    public String toString() {
        return (tenths / 10) + "." + (tenths % 10);
    }

    /**
     * Rounds an exact fraction of tenths to a score, as averages are rounded.
     *
     * @param numeratorTenths the sum in tenths, ≥ 0
     * @param denominator the divisor, ≥ 1
     * @param mode the rounding, {@code HALF_UP} in every circular's default policy, not null
     * @return the rounded score, not null
     */
    static Score ofFraction(long numeratorTenths, long denominator, RoundingMode mode) {
        long q = numeratorTenths / denominator;
        long r = numeratorTenths % denominator;
        if (r != 0) {
            switch (mode) {
                case HALF_UP -> q += (2 * r >= denominator) ? 1 : 0;
                case HALF_EVEN -> q += (2 * r > denominator || (2 * r == denominator && (q & 1) == 1)) ? 1 : 0;
                case HALF_DOWN -> q += (2 * r > denominator) ? 1 : 0;
                case UP, CEILING -> q += 1;
                case DOWN, FLOOR -> { }
                default -> throw new IllegalArgumentException("rounding " + mode + " is not defined for averages");
            }
        }
        return ofTenths((int) q);
    }

    private static InvalidValueException outOfRange(BigDecimal value) {
        return InvalidValueException.of("", "Score.range", LocalizedText.of(
                "điểm phải từ 0 đến 10 (thang điểm 10)", "a score is between 0 and 10 (10-point scale)"),
                value.toPlainString());
    }
}
