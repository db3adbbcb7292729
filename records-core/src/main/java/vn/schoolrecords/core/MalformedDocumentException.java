package vn.schoolrecords.core;

/**
 * A document could not be read: it is not well-formed, has a field the schema does not know, a
 * value of the wrong type, or lacks a required field. Nothing was read.
 */
public final class MalformedDocumentException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "MALFORMED_DOCUMENT";

    private final String path;
    private final long line;
    private final long column;

    /**
     * Creates the exception.
     *
     * @param path where in the document, e.g. {@code students[2].dateOfBirth}; empty for the root
     * @param line the line of the offending text, 1-based, or -1 if unknown
     * @param column the column of the offending text, 1-based, or -1 if unknown
     * @param text what is wrong, in both languages, not null
     * @param cause the parser's error, or null
     */
    public MalformedDocumentException(String path, long line, long column, LocalizedText text, Throwable cause) {
        super(CODE, text, cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** @return where in the document the problem is; empty for the root, not null */
    public String path() {
        return path;
    }

    /** @return the 1-based line of the problem, or -1 if unknown */
    public long line() {
        return line;
    }

    /** @return the 1-based column of the problem, or -1 if unknown */
    public long column() {
        return column;
    }
}
