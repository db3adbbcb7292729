package vn.schoolrecords.examples;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A command could not do its work with the files it was given: a file is missing or unreadable,
 * a password is not set, a PDF carries no signature. {@link Records} prints it on one line, in
 * Vietnamese and English, and exits with {@link Records#FAILED}.
 */
final class CommandFailedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable codes of this command line's own errors. */
    enum Code {
        /** An input file does not exist or cannot be read. */
        FILE_UNREADABLE,
        /** An output file or directory cannot be written. */
        FILE_UNWRITABLE,
        /** The password's environment variable is unset, or standard input is empty. */
        PASSWORD_MISSING,
        /** A file is not of the kind the command takes, e.g. a PDF where JSON is expected. */
        WRONG_KIND_OF_FILE,
        /** The PDF to verify has no signature. */
        NOT_SIGNED,
        /** The signatures or the archive did not verify. */
        NOT_VERIFIED
    }

    CommandFailedException(Code code, LocalizedText text, Throwable cause) {
        super(code.name(), text, cause);
    }

    CommandFailedException(Code code, String vi, String en) {
        this(code, LocalizedText.of(vi, en), null);
    }
}
