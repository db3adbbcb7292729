package vn.schoolrecords.signing.verify;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;

/**
 * One check's outcome, said in both languages: what was checked, whether it held, and why.
 *
 * @param code a stable code, e.g. {@code BYTE_RANGE}, {@code CERTIFICATE_PATH}, not null
 * @param passed true if the check held
 * @param text what was found, in Vietnamese and English, not null
 */
public record Finding(String code, boolean passed, LocalizedText text) {

    /** Checks presence. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A finding.
     *
     * @param code the stable code, not null
     * @param passed whether the check held
     * @param vi the Vietnamese text, not null
     * @param en the English text, not null
     * @return the finding, not null
     */
    public static Finding of(String code, boolean passed, String vi, String en) {
        return new Finding(code, passed, LocalizedText.of(vi, en));
    }
}
