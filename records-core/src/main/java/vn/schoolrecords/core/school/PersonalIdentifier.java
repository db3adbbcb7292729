package vn.schoolrecords.core.school;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * The 12-digit personal identification number (số định danh cá nhân) of a Vietnamese citizen,
 * which is also the number of the citizen's identity card (căn cước) and identifies a student
 * in the sector database and in the học bạ số.
 *
 * <p>Structure (NĐ 137/2015/NĐ-CP Điều 13; Luật Căn cước 2023 Điều 12): {@code PPP G YY RRRRRR}
 * — the code of the province or country where the birth was registered, a digit giving the
 * century of birth and the sex (1900s: male 0, female 1; 2000s: 2, 3; 2100s: 4, 5; …), the last
 * two digits of the year of birth, and six random digits.
 *
 * @param value the twelve digits, exactly as given
 */
public record PersonalIdentifier(String value) {

    /**
     * Checks the form: twelve ASCII digits, a registration code other than {@code 000}.
     *
     * @throws InvalidValueException if the form is wrong
     * @throws NullPointerException if value is null
     */
    public PersonalIdentifier {
        Objects.requireNonNull(value, "value");
        if (!isTwelveDigits(value)) {
            throw InvalidValueException.of("", "PersonalIdentifier.format", LocalizedText.of(
                    "số định danh cá nhân phải gồm đúng 12 chữ số",
                    "a personal identification number is exactly 12 digits"), value);
        }
        if (value.startsWith("000")) {
            throw InvalidValueException.of("", "PersonalIdentifier.registrationCode", LocalizedText.of(
                    "mã tỉnh/quốc gia nơi đăng ký khai sinh (3 chữ số đầu) không được là 000",
                    "the code of the place of birth registration (first 3 digits) cannot be 000"), value);
        }
    }

    /**
     * Reads a personal identification number. Nothing is stripped or reformatted: spaces,
     * dashes or a wrong length are errors.
     *
     * @param text the twelve digits, not null
     * @return the identifier, not null
     * @throws InvalidValueException if the form is wrong
     */
    @JsonCreator
    public static PersonalIdentifier parse(String text) {
        return new PersonalIdentifier(text);
    }

    /** @return the code of the province or country of birth registration, e.g. {@code 001} for Hà Nội */
    public String registrationCode() {
        return value.substring(0, 3);
    }

    /** @return the sex encoded in the fourth digit, not null */
    public Gender gender() {
        return (value.charAt(3) - '0') % 2 == 0 ? Gender.MALE : Gender.FEMALE;
    }

    /** @return the year of birth encoded in digits 4–6 */
    public int birthYear() {
        int centuryCode = (value.charAt(3) - '0') / 2;
        return 1900 + centuryCode * 100 + Integer.parseInt(value.substring(4, 6));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    private static boolean isTwelveDigits(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
