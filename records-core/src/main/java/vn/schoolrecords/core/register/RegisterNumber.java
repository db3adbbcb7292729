package vn.schoolrecords.core.register;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * A student's register number (số đăng bộ) as it is cited outside the register, e.g. in the
 * digital transcript's {@code SO_SO_DANG_BO}: the number of the entry in the student register
 * ({@link StudentRegisterEntry#number()}) together with the cohort's first school year
 * ({@link StudentRegister#firstYear()}), since numbers start again at 1 in each cohort's register.
 *
 * <p>Written {@code <number>/<first school year>}, e.g. {@code 12/2024-2025}.
 *
 * @param cohort the first school year of the cohort's register, not null
 * @param number the entry's number, 1, 2, 3 …
 */
public record RegisterNumber(SchoolYear cohort, int number) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,8})/([0-9]{4}-[0-9]{4})");

    /**
     * Checks the number.
     *
     * @throws InvalidValueException if the number is below 1
     */
    public RegisterNumber {
        Objects.requireNonNull(cohort, "cohort");
        requireNumber(number);
    }

    /**
     * @param cohort the first school year of the cohort's register, not null
     * @param number the entry's number, ≥ 1
     * @return the register number, not null
     * @throws InvalidValueException if the number is below 1
     */
    public static RegisterNumber of(SchoolYear cohort, int number) {
        return new RegisterNumber(cohort, number);
    }

    /**
     * Reads the written form.
     *
     * @param text e.g. {@code 12/2024-2025}, not null
     * @return the register number, not null
     * @throws InvalidValueException if the text is not of that form
     */
    public static RegisterNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw InvalidValueException.of("registerNumber", "RegisterNumber.format", LocalizedText.of(
                    "số đăng bộ viết dạng <số>/<năm học đầu khóa>, ví dụ 12/2024-2025",
                    "a register number is written <number>/<cohort's first school year>, e.g. 12/2024-2025"), text);
        }
        return new RegisterNumber(SchoolYear.parse(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** @return the written form, e.g. {@code 12/2024-2025}, not null */
    @Override
    public String toString() {
        return number + "/" + cohort;
    }

    /** The rule of every register number, written once: numbering starts at 1. */
    static void requireNumber(int number) {
        if (number < 1) {
            throw InvalidValueException.of("number", "Register.number", LocalizedText.of(
                    "số đăng bộ bắt đầu từ 1", "register numbers start at 1"), number);
        }
    }
}
