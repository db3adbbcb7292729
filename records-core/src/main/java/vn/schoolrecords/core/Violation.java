package vn.schoolrecords.core;

import java.util.Objects;

/**
 * One broken rule of one value: where it is, which rule, and what was there.
 *
 * @param path the path of the offending field, e.g. {@code students[3].personalId}, not null
 *     (empty for the value as a whole)
 * @param rule the stable name of the rule, e.g. {@code NotBlank} or
 *     {@code PersonalIdentifier.birthYear}, not null
 * @param message what is wrong, in Vietnamese and English, not null
 * @param invalidValue the offending value as text, exactly as given, not null ({@code "null"}
 *     for a missing value)
 */
public record Violation(String path, String rule, LocalizedText message, String invalidValue) {

    /** Checks that every part is present. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(invalidValue, "invalidValue");
    }

    /**
     * Returns the same violation seen from a parent value, its path prefixed.
     *
     * @param parentPath the path of the field that holds this value, not null
     * @return the violation with the longer path, not null
     */
    public Violation under(String parentPath) {
        if (parentPath.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parentPath
                : path.startsWith("[") ? parentPath + path : parentPath + "." + path;
        return new Violation(joined, rule, message, invalidValue);
    }

    /** {@code path: vi / en (value)}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " (" + invalidValue + ")";
    }
}
