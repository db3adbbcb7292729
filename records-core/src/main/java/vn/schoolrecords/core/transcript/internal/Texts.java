package vn.schoolrecords.core.transcript.internal;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/** The checks of ids and texts shared by the transcript's values, with the roster's rules. */
public final class Texts {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final Pattern TRIMMED = Pattern.compile("(?U)\\S(?:.*\\S)?", Pattern.DOTALL);

    private Texts() {
    }

    /** An id as the roster writes them. */
    public static String id(String value, String path) {
        Objects.requireNonNull(value, path);
        if (!ID.matcher(value).matches()) {
            throw InvalidValueException.of(path, "Id.format", LocalizedText.of(
                    "mã gồm 1–40 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới",
                    "an id is 1–40 ASCII letters, digits, dots, dashes or underscores"), value);
        }
        return value;
    }

    /** A subject code. */
    public static String code(String value, String path) {
        Objects.requireNonNull(value, path);
        if (!CODE.matcher(value).matches()) {
            throw InvalidValueException.of(path, "Code.format", LocalizedText.of(
                    "mã môn học viết hoa, ví dụ TOAN", "a subject code is upper case, e.g. TOAN"), value);
        }
        return value;
    }

    /** A text kept as given in NFC, non-blank, without leading or trailing space, at most {@code max} characters. */
    public static String text(String value, String path, int max) {
        String nfc = Normalizer.normalize(Objects.requireNonNull(value, path), Normalizer.Form.NFC);
        if (!TRIMMED.matcher(nfc).matches()) {
            throw InvalidValueException.of(path, "Text.trimmed", LocalizedText.of(
                    "văn bản không được rỗng hay có khoảng trắng ở đầu hoặc cuối",
                    "a text is not blank and has no leading or trailing space"), value);
        }
        if (nfc.length() > max) {
            throw InvalidValueException.of(path, "Size", LocalizedText.of(
                    "dài quá " + max + " ký tự", "longer than " + max + " characters"), value);
        }
        return nfc;
    }
}
