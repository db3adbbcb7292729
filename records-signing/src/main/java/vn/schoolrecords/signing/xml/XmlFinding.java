package vn.schoolrecords.signing.xml;

import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;

/**
 * The outcome of one check: passed, or failed with a stable code and why.
 *
 * @param check the check, not null
 * @param failure the stable code of the failure (e.g. {@code DATA_CHANGED},
 *     {@code SIGNATURE_AFTER_SEAL}), empty when the check passed, not null
 * @param text what was found, in both languages, not null
 */
public record XmlFinding(XmlCheck check, Optional<String> failure, LocalizedText text) {

    /** Checks presence. */
    public XmlFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A passed check.
     *
     * @param check the check, not null
     * @param text what was found, not null
     * @return the finding, not null
     */
    public static XmlFinding passed(XmlCheck check, LocalizedText text) {
        return new XmlFinding(check, Optional.empty(), text);
    }

    /**
     * A failed check.
     *
     * @param check the check, not null
     * @param code the stable code of the failure, not null
     * @param text why, not null
     * @return the finding, not null
     */
    public static XmlFinding failed(XmlCheck check, String code, LocalizedText text) {
        return new XmlFinding(check, Optional.of(Objects.requireNonNull(code, "code")), text);
    }

    /** @return true if the check passed */
    public boolean ok() {
        return failure.isEmpty();
    }
}
