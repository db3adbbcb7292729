package vn.schoolrecords.pdf;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * Bytes given as an image, such as a school's logo (biểu trưng), are not a PNG or JPEG image
 * that can be decoded. Nothing was created.
 */
public final class PdfImageException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "PDF_IMAGE_INVALID";

    /**
     * Creates the exception.
     *
     * @param text what is wrong, in both languages, not null
     * @param cause the decoder's error, or null
     */
    public PdfImageException(LocalizedText text, Throwable cause) {
        super(CODE, text, cause);
    }
}
