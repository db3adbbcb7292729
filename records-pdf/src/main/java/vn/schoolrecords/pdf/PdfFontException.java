package vn.schoolrecords.pdf;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A font (phông chữ) cannot be used: its bytes are not a TrueType or OpenType font, it lacks a
 * letter of the Vietnamese alphabet, or a text to print has a character it has no glyph for.
 * Nothing was rendered.
 */
public final class PdfFontException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "PDF_FONT_INVALID";

    private final String face;

    /**
     * Creates the exception.
     *
     * @param face which face of the font family, e.g. {@code bold}, not null
     * @param text what is wrong, in both languages, not null
     * @param cause the parser's error, or null
     */
    public PdfFontException(String face, LocalizedText text, Throwable cause) {
        super(CODE, text, cause);
        this.face = Objects.requireNonNull(face, "face");
    }

    /**
     * The face at fault: {@code regular}, {@code bold}, {@code italic} or {@code bold-italic}.
     *
     * @return the face, not null
     */
    public String face() {
        return face;
    }
}
