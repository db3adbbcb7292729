package vn.schoolrecords.core.assessment;

import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;

/**
 * One condition a rule checked, whether it held, with the values involved and the article
 * that states it — e.g. "Khá not reached: Toán 4,8 &lt; 5,0 (TT 22/2021, Điều 9, khoản 2,
 * điểm b)".
 *
 * @param condition a stable identifier of the condition, e.g. {@code LEARNING_FAIR_ALL_AT_LEAST_5}
 * @param held whether the condition held
 * @param text the condition with its values, in Vietnamese and English, not null
 * @param citation where the condition is stated, not null
 */
public record Reason(String condition, boolean held, LocalizedText text, Citation citation) {

    /** Checks presence. */
    public Reason {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }

    /** @return {@code [held|failed] vi / en (citation)} */
    @Override
    public String toString() {
        return (held ? "[✓] " : "[✗] ") + text + " (" + citation + ")";
    }
}
