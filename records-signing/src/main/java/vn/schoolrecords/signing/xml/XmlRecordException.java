package vn.schoolrecords.signing.xml;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A digital transcript (học bạ số) XML document that core's reader accepted cannot be signed or
 * verified as one: its data region is ambiguous (a second {@code DU_LIEU_HOC_BA}, or a second
 * element with its Id, anywhere), its structure is off, or one of its signatures is not of the
 * shape this library writes. Nothing was signed. (A document that is not well-formed, declares a
 * DOCTYPE or breaks the model's schema is core's
 * {@link vn.schoolrecords.core.MalformedDocumentException}.)
 */
public final class XmlRecordException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why; {@link #name()} is the stable code. */
    public enum Reason {
        /** The root, the data region or the signing area is missing, misplaced or repeated. */
        XML_NOT_A_DIGITAL_TRANSCRIPT,
        /**
         * The data region's Id is missing or carried by more than one element, or a second
         * {@code DU_LIEU_HOC_BA} is anywhere in the document: what a reference covers would be ambiguous.
         */
        XML_DATA_REGION_AMBIGUOUS,
        /** A signature lacks a part this library needs (SignedInfo, SigningTime, role, certificate). */
        XML_SIGNATURE_MALFORMED,
        /** The digest or signature algorithm has no XML Signature identifier the JDK supports. */
        XML_ALGORITHM_NOT_SUPPORTED
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public XmlRecordException(Reason reason, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").name(), text, cause);
        this.reason = reason;
    }

    /** @return why, not null */
    public Reason reason() {
        return reason;
    }
}
