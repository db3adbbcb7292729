package vn.schoolrecords.signing.verify;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/** Trust anchors could not be loaded: a file is unreadable, not a certificate, or not a CA. */
public final class TrustConfigurationException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "TRUST_CONFIGURATION_INVALID";

    private final String source;

    /**
     * Creates the exception.
     *
     * @param source the file or key store entry at fault, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public TrustConfigurationException(String source, LocalizedText text, Throwable cause) {
        super(CODE, text, cause);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** @return the file or key store entry at fault, not null */
    public String source() {
        return source;
    }
}
