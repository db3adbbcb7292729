package vn.schoolrecords.signing.verify;

import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;

/**
 * One change between a signed revision and the final file (thay đổi sau khi ký), with where it
 * is and whether it is allowed.
 *
 * @param kind what changed, not null
 * @param objectNumber the number of the PDF object where the change was found, 0 if not an object
 * @param generation that object's generation number
 * @param page the 1-based page it is on, if any, not null
 * @param allowed true if the change is allowed after that signature (a later signature, the DSS, a document timestamp, a permitted form fill)
 * @param text the change in both languages, not null
 */
public record Modification(Kind kind, long objectNumber, int generation, Optional<Integer> page, boolean allowed,
        LocalizedText text) {

    /** Checks presence. */
    public Modification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(text, "text");
    }

    /** What changed. */
    public enum Kind {
        /** A signature was added into a field that was empty when this signature was made. */
        SIGNATURE_ADDED,
        /** A new signature field with its signature was added. */
        SIGNATURE_FIELD_ADDED,
        /** A document timestamp was added. */
        DOCUMENT_TIMESTAMP_ADDED,
        /** The Document Security Store (certificates, OCSP responses, CRLs) was added or changed. */
        DSS,
        /** A page's content stream changed. */
        PAGE_CONTENT,
        /** A page's resources (fonts, images, forms) changed. */
        PAGE_RESOURCES,
        /** Another entry of a page changed (boxes, rotation, transparency group…). */
        PAGE,
        /** Pages were added, removed or re-ordered. */
        PAGE_TREE,
        /** The document catalog changed (outside the form, DSS and extensions). */
        CATALOG,
        /** An annotation was added. */
        ANNOTATION_ADDED,
        /** An annotation changed. */
        ANNOTATION_CHANGED,
        /** An annotation was removed. */
        ANNOTATION_REMOVED,
        /** A form field's value or appearance changed. */
        FORM_FIELD_CHANGED,
        /** A form field other than a signed signature field was added. */
        FORM_FIELD_ADDED,
        /** A form field was removed. */
        FORM_FIELD_REMOVED,
        /** The interactive form's dictionary changed. */
        FORM,
        /** A signature field locked by a signature (FieldMDP) was signed or changed. */
        LOCKED_FIELD_CHANGED,
        /** An object appears in the file that no cross-reference section lists. */
        HIDDEN_OBJECT,
        /** Bytes after the last end-of-file marker, or a revision without its own cross-reference. */
        TRAILING_BYTES,
        /** A later revision could not be read. */
        UNREADABLE_REVISION
    }
}
