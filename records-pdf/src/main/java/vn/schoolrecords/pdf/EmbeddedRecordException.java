package vn.schoolrecords.pdf;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The record embedded in a PDF (the JSON attached as a PDF/A-3 associated file) cannot be
 * extracted: the bytes are not a PDF, the PDF carries no record, or the attachment does not
 * match its own recorded size, checksum or schema. The {@linkplain #code() code} is one per
 * {@link Reason}.
 */
public final class EmbeddedRecordException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why the record could not be extracted; each reason has its own stable code. */
    public enum Reason {
        /** The bytes are not a readable PDF ({@code PDF_UNREADABLE}). */
        UNREADABLE("PDF_UNREADABLE"),
        /** The PDF has no JSON attached as data ({@code PDF_RECORD_MISSING}). */
        MISSING("PDF_RECORD_MISSING"),
        /** The attachment differs from its recorded size or checksum ({@code PDF_RECORD_ALTERED}). */
        ALTERED("PDF_RECORD_ALTERED"),
        /** The attachment is a document of another schema ({@code PDF_RECORD_SCHEMA_MISMATCH}). */
        SCHEMA_MISMATCH("PDF_RECORD_SCHEMA_MISMATCH");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** @return the stable code of this reason, not null */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param text what is wrong, in both languages, not null
     * @param cause the underlying error, or null
     */
    public EmbeddedRecordException(Reason reason, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").code(), text, cause);
        this.reason = reason;
    }

    /**
     * Why the record could not be extracted.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }
}
