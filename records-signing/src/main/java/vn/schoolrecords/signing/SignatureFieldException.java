package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The signature field (ô chữ ký) asked for cannot take this signature. The document was not
 * changed.
 */
public final class SignatureFieldException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the field; {@link #name()} is the stable code. */
    public enum Reason {
        /** No field of that name exists. */
        FIELD_NOT_FOUND,
        /** A field of that name exists but is not a signature field. */
        FIELD_NOT_A_SIGNATURE_FIELD,
        /** The field already holds a signature; signing it again would invalidate that signature. */
        FIELD_ALREADY_SIGNED,
        /** A new field was asked for but a field of that name exists. */
        FIELD_ALREADY_EXISTS,
        /**
         * An earlier signature locks this field (its FieldMDP /Lock), or certified the document
         * with no changes allowed (DocMDP P=1): signing would invalidate that signature.
         */
        FIELD_LOCKED,
        /**
         * The request carries a signing plan, and the field is not one of the plan's parts for its
         * school year (see {@link vn.schoolrecords.core.transcript.SignatureFields}).
         */
        FIELD_NOT_IN_PLAN
    }

    private final Reason reason;
    private final String fieldName;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong, not null
     * @param fieldName the field's fully qualified name, not null
     */
    public SignatureFieldException(Reason reason, String fieldName) {
        super(Objects.requireNonNull(reason, "reason").name(), text(reason, Objects.requireNonNull(fieldName, "fieldName")));
        this.reason = reason;
        this.fieldName = fieldName;
    }

    private static LocalizedText text(Reason reason, String name) {
        return switch (reason) {
            case FIELD_NOT_FOUND -> LocalizedText.of("không có ô chữ ký \"" + name + "\" trong tài liệu",
                    "the document has no signature field \"" + name + "\"");
            case FIELD_NOT_A_SIGNATURE_FIELD -> LocalizedText.of("trường \"" + name + "\" không phải là ô chữ ký",
                    "field \"" + name + "\" is not a signature field");
            case FIELD_ALREADY_SIGNED -> LocalizedText.of("ô chữ ký \"" + name + "\" đã được ký",
                    "signature field \"" + name + "\" is already signed");
            case FIELD_ALREADY_EXISTS -> LocalizedText.of("đã có trường tên \"" + name + "\" trong tài liệu",
                    "the document already has a field named \"" + name + "\"");
            case FIELD_LOCKED -> LocalizedText.of("ô chữ ký \"" + name + "\" đã bị khóa bởi một chữ ký trước; ký vào sẽ làm "
                    + "chữ ký đó mất hiệu lực", "signature field \"" + name + "\" is locked by an earlier signature; "
                    + "signing it would invalidate that signature");
            case FIELD_NOT_IN_PLAN -> LocalizedText.of("ô chữ ký \"" + name + "\" không thuộc kế hoạch ký của năm học này",
                    "signature field \"" + name + "\" is not part of this school year's signing plan");
        };
    }

    /** @return what is wrong, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the field's name as asked for, not null */
    public String fieldName() {
        return fieldName;
    }
}
