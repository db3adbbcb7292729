package vn.schoolrecords.signing;

import java.util.Objects;

/**
 * One document of a batch (ký hàng loạt): the caller's id for it, e.g. the student's
 * identifier, the PDF, and how to sign it.
 *
 * @param id the caller's id, unique within the batch, not blank, not null
 * @param pdf the document, not null, copied
 * @param request what to sign and how, not null
 */
public record BatchDocument(String id, byte[] pdf, SignatureRequest request) {

    /** Validates and copies. */
    public BatchDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        pdf = Objects.requireNonNull(pdf, "pdf").clone();
        Objects.requireNonNull(request, "request");
    }

    /**
     * A batch document.
     *
     * @param id the caller's id, not blank, not null
     * @param pdf the document, not null, copied
     * @param request what to sign and how, not null
     * @return the document, not null
     */
    public static BatchDocument of(String id, byte[] pdf, SignatureRequest request) {
        return new BatchDocument(id, pdf, request);
    }

    /** @return a copy of the document, not null */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BatchDocument d && id.equals(d.id) && java.util.Arrays.equals(pdf, d.pdf)
                && request.equals(d.request);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, java.util.Arrays.hashCode(pdf), request);
    }

    @Override
    public String toString() {
        return "BatchDocument[" + id + ", " + pdf.length + " bytes, field " + request.fieldName() + "]";
    }
}
