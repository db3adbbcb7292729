package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A visible signature appearance (hình ảnh chữ ký số, Decree 30/2020 Phụ lục I) cannot be drawn:
 * its font or image is missing or unreadable, the field it should overlap is not there, or an
 * attachment's number and symbol is missing or malformed. Nothing
 * was signed and the document was not changed.
 */
public final class AppearanceException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong; {@link #name()} is the stable code. */
    public enum Reason {
        /** The signer's appearance writes text (name, title, time) and no font was given. */
        APPEARANCE_FONT_MISSING,
        /** The font's bytes are not a TrueType font. */
        APPEARANCE_FONT_UNREADABLE,
        /** The font has no glyph for a character of the text, e.g. a Vietnamese letter. */
        APPEARANCE_FONT_LACKS_GLYPH,
        /** The image is neither PNG nor JPEG. */
        APPEARANCE_IMAGE_UNSUPPORTED,
        /** The image claims to be PNG or JPEG but cannot be decoded. */
        APPEARANCE_IMAGE_UNREADABLE,
        /** The field the seal should overlap does not exist or has no widget rectangle. */
        SEAL_ANCHOR_NOT_FOUND,
        /** The field the seal should overlap is on another page than the seal's field. */
        SEAL_ANCHOR_ON_ANOTHER_PAGE,
        /** An attachment's appearance shows the document's number and symbol (số và ký hiệu) and none was given. */
        ATTACHMENT_NUMBER_MISSING,
        /** The number and symbol given for an attachment's appearance is not of the form {@code 12/QĐ-THPT}. */
        ATTACHMENT_NUMBER_MALFORMED
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public AppearanceException(Reason reason, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").name(), text, cause);
        this.reason = reason;
    }

    /** @return what is wrong, not null */
    public Reason reason() {
        return reason;
    }
}
