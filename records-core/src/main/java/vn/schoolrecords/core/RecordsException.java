package vn.schoolrecords.core;

import java.util.Objects;

/**
 * The one unchecked exception of schoolrecords: every error the library reports is a subclass
 * of it, carrying a stable {@linkplain #code() code} that programs can switch on and a message
 * in Vietnamese and English that people can read.
 *
 * <p>The code never changes between versions; the wording of the messages may.
 */
public class RecordsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final LocalizedText text;

    /**
     * Creates an exception.
     *
     * @param code the stable code, e.g. {@code GRADEBOOK_LOCKED}, not null
     * @param text the message in both languages, not null
     * @param cause the underlying cause, or null when there is none
     */
    public RecordsException(String code, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(text, "text"), cause);
        this.code = code;
        this.text = text;
    }

    /**
     * Creates an exception with no cause.
     *
     * @param code the stable code, not null
     * @param text the message in both languages, not null
     */
    public RecordsException(String code, LocalizedText text) {
        this(code, text, null);
    }

    /**
     * The stable code of this error, e.g. {@code INVALID_VALUE}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * The message in Vietnamese and English.
     *
     * @return the message, not null
     */
    public LocalizedText text() {
        return text;
    }
}
