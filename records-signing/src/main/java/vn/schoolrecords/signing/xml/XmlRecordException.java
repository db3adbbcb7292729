package vn.schoolrecords.signing.xml;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A digital transcript (học bạ số) XML document cannot be signed or read as one: it is not
 * well-formed, declares a DTD, does not have the structure of the Ministry's model (root
 * {@code HOC_BA} with one {@code DU_LIEU_HOC_BA} and one {@code DANH_SACH_THONG_TIN_KY}), or one of
 * its signatures is not of the shape this library writes. Nothing was signed.
 */
public final class XmlRecordException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why; {@link #name()} is the stable code. */
    public enum Reason {
        /** The bytes are not well-formed XML in UTF-8. */
        XML_NOT_WELL_FORMED,
        /** The document declares a DTD (DOCTYPE); refused so that no entity can be expanded or fetched. */
        XML_DOCTYPE_NOT_ALLOWED,
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
