package vn.schoolrecords.pdf.transcript;

import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A transcript (học bạ) cannot be printed as asked: it has no page, it is of a level the
 * renderer does not print, or the copy asked for is not one of its reissues. Nothing was written.
 */
public final class TranscriptPrintException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why the transcript cannot be printed, each with its stable code. */
    public enum Reason {
        /** The transcript has no year page (no results) to print. */
        NO_PAGES("PDF_TRANSCRIPT_NO_PAGES"),
        /** A primary transcript given to the secondary renderer, or the reverse. */
        WRONG_LEVEL("PDF_TRANSCRIPT_WRONG_LEVEL"),
        /** The copy to print is not a reissue recorded in the transcript. */
        UNKNOWN_REISSUE("PDF_TRANSCRIPT_UNKNOWN_REISSUE"),
        /** The copy to print was cancelled. */
        CANCELLED_REISSUE("PDF_TRANSCRIPT_CANCELLED_REISSUE");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** @return the stable code, e.g. {@code PDF_TRANSCRIPT_NO_PAGES}, not null */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param text what is wrong, in Vietnamese and English, not null
     */
    public TranscriptPrintException(Reason reason, LocalizedText text) {
        super(Objects.requireNonNull(reason, "reason").code(), text);
        this.reason = reason;
    }

    /** @return why the transcript cannot be printed, not null */
    public Reason reason() {
        return reason;
    }
}
