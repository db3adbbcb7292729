package vn.schoolrecords.examples;

/** Wrong arguments on the command line; {@link Records} prints the message on one line. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
