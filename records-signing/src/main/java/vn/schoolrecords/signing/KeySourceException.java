package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/** A key source (PKCS #12 file, PKCS #11 token, remote signer) cannot give the key asked for. */
public final class KeySourceException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; {@link #name()} is the stable code. */
    public enum Reason {
        /** The key store or token cannot be opened: wrong password or PIN, missing file or library. */
        KEY_SOURCE_UNAVAILABLE,
        /** No private key with the named alias. */
        KEY_ALIAS_NOT_FOUND,
        /** The key source was closed. */
        KEY_SOURCE_CLOSED,
        /** The key or remote service failed to sign. */
        KEY_SIGNING_FAILED
    }

    private final Reason reason;
    private final String alias;

    /**
     * Creates the exception.
     *
     * @param reason what went wrong, not null
     * @param alias the alias asked for, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public KeySourceException(Reason reason, String alias, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").name(), text, cause);
        this.reason = reason;
        this.alias = Objects.requireNonNull(alias, "alias");
    }

    /** @return what went wrong, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the alias asked for, not null */
    public String alias() {
        return alias;
    }
}
