package vn.schoolrecords.core.plan.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/** The checks the plan values share; each throws {@link InvalidValueException} naming the field. */
public final class Check {

    /** Texts in plans are free prose; this bounds them so one field cannot hold a whole file. */
    public static final int MAX_TEXT = 20_000;

    private Check() {
    }

    /** @return the text, present, not blank and at most {@link #MAX_TEXT} characters */
    public static String text(String value, String path) {
        Objects.requireNonNull(value, path);
        if (value.isBlank()) {
            throw InvalidValueException.of(path, "Text.notBlank", LocalizedText.of(
                    "không được để trống", "must not be blank"), value);
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidValueException.of(path, "Text.length", LocalizedText.of(
                    "dài quá " + MAX_TEXT + " kí tự", "longer than " + MAX_TEXT + " characters"), value.length());
        }
        return value;
    }

    /** @return the optional text, checked when present */
    public static Optional<String> optionalText(Optional<String> value, String path) {
        Objects.requireNonNull(value, path);
        value.ifPresent(v -> text(v, path));
        return value;
    }

    /** @return the count, at least {@code min} */
    public static int atLeast(int value, int min, String path) {
        if (value < min) {
            throw InvalidValueException.of(path, "Number.min", LocalizedText.of(
                    "phải từ " + min + " trở lên", "must be at least " + min), value);
        }
        return value;
    }

    /** @return an immutable copy, no element null */
    public static <T> List<T> list(List<T> value, String path) {
        Objects.requireNonNull(value, path);
        return List.copyOf(value);
    }

    /** @return an immutable copy with at least one element */
    public static <T> List<T> nonEmpty(List<T> value, String path) {
        List<T> copy = list(value, path);
        if (copy.isEmpty()) {
            throw InvalidValueException.of(path, "List.notEmpty", LocalizedText.of(
                    "phải có ít nhất một mục", "needs at least one item"), copy);
        }
        return copy;
    }

    /** @return an immutable copy of texts, each checked */
    public static List<String> texts(List<String> value, String path) {
        List<String> copy = list(value, path);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), path + "[" + i + "]");
        }
        return copy;
    }

    /**
     * Structured content or an attached file: the frames of CV 5512 Phụ lục I–III are not
     * confirmed in every detail, so a plan may be carried as the author's own file.
     */
    public static void contentOrAttachment(boolean hasContent, List<?> attachments, String path) {
        if (!hasContent && attachments.isEmpty()) {
            throw InvalidValueException.of(path, "Plan.empty", LocalizedText.of(
                    "kế hoạch phải có nội dung hoặc tệp đính kèm", "a plan needs content or an attached file"), "");
        }
    }

    /** Fails with {@code rule} when {@code holds} is false. */
    public static void that(boolean holds, String path, String rule, String vi, String en, Object value) {
        if (!holds) {
            throw InvalidValueException.of(path, rule, LocalizedText.of(vi, en), value);
        }
    }
}
