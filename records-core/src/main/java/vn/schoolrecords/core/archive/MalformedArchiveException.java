package vn.schoolrecords.core.archive;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The archive could not be read as a year-end archive: not a ZIP, a damaged ZIP (bad compressed
 * data or checksum, truncated), a repeated entry name, or no readable manifest. A mere mismatch
 * between the manifest and the entries is not this error: it is reported in an {@link ArchiveReport}.
 */
public final class MalformedArchiveException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "ARCHIVE_MALFORMED";

    /** What is wrong. */
    public enum Problem {
        /** The bytes are not a readable ZIP, or the ZIP is damaged or truncated. */
        NOT_A_ZIP,
        /** Two entries have the same name. */
        DUPLICATE_ENTRY,
        /** There is no {@value ArchiveManifest#PATH}. */
        NO_MANIFEST,
        /** The manifest is not a valid {@value ArchiveManifest#SCHEMA} document, or too large. */
        BAD_MANIFEST
    }

    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, not null
     * @param text the message in both languages, not null
     * @param cause the underlying error, or null
     */
    public MalformedArchiveException(Problem problem, LocalizedText text, Throwable cause) {
        super(CODE, text, cause);
        this.problem = problem;
    }

    /** @return what is wrong, not null */
    public Problem problem() {
        return problem;
    }
}
