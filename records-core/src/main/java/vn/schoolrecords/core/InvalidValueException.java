package vn.schoolrecords.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value broke one or more rules of the domain: an empty name, a malformed personal
 * identifier, a school year such as {@code 2024-2026}. Nothing was created or changed.
 */
public final class InvalidValueException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "INVALID_VALUE";

    private final transient List<Violation> violations;

    /**
     * Creates the exception for the violations found.
     *
     * @param violations every broken rule, at least one, not null
     */
    public InvalidValueException(List<Violation> violations) {
        super(CODE, summary(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for one violation.
     *
     * @param path the offending field, not null
     * @param rule the stable name of the rule, not null
     * @param message what is wrong, not null
     * @param invalidValue the offending value, or null when missing
     * @return the exception, not null
     */
    public static InvalidValueException of(String path, String rule, LocalizedText message, Object invalidValue) {
        return new InvalidValueException(List.of(new Violation(path, rule, message, String.valueOf(invalidValue))));
    }

    /**
     * Every broken rule, in the order found.
     *
     * @return the violations, at least one, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The same error seen from a parent value: every path prefixed.
     *
     * @param parentPath the field that holds the invalid value, not null
     * @return the exception with longer paths, not null
     */
    public InvalidValueException under(String parentPath) {
        return new InvalidValueException(violations.stream().map(v -> v.under(parentPath)).toList());
    }

    private static LocalizedText summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
        }
        return LocalizedText.of(
                "Giá trị không hợp lệ: " + join(violations, true),
                "Invalid value: " + join(violations, false));
    }

    private static String join(List<Violation> violations, boolean vietnamese) {
        return violations.stream()
                .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ")
                        + (vietnamese ? v.message().vi() : v.message().en())
                        + " (" + v.invalidValue() + ")")
                .collect(Collectors.joining("; "));
    }
}
