package vn.schoolrecords.core;

import vn.schoolrecords.core.internal.BeanValidation;

/**
 * Checks a domain value against its Jakarta Validation constraints and throws a typed error in
 * Vietnamese and English when any is broken.
 *
 * <p>The static factories ({@code of}) of every domain value call it, and so does the JSON
 * reader, so a value obtained through the public API has always been checked. Hibernate
 * Validator is bootstrapped once, lazily, with a message interpolator that needs no Expression
 * Language at run time.
 */
public final class RecordsValidation {

    private RecordsValidation() {
    }

    /**
     * Returns the value if it breaks no constraint.
     *
     * @param value the value to check, not null
     * @param <T> its type
     * @return the same value, not null
     * @throws InvalidValueException naming every broken constraint with its path
     */
    public static <T> T requireValid(T value) {
        return BeanValidation.requireValid(value);
    }
}
