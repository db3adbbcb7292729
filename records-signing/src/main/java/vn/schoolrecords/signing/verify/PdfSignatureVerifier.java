package vn.schoolrecords.signing.verify;

import java.util.Objects;

import vn.schoolrecords.signing.verify.internal.Verification;

/**
 * Verifies the signatures of a PDF (kiểm tra chữ ký số trên tệp PDF) and what happened to the
 * document after each: PAdES signatures and document timestamps, certificate paths, revocation,
 * algorithms, and the changes of every later revision. Stateless and thread-safe.
 *
 * <p>The byte ranges are checked against the raw bytes, not the parser's view: each must start
 * at 0, leave out exactly the /Contents hex string, and end at an end-of-file marker; so bytes
 * hidden in the gap, moved ranges, and content appended without a cross-reference section do not
 * pass ("PDF Insecurity": Universal Signature Forgery, Incremental Saving, Signature Wrapping).
 * Each signed revision is compared with the final file object by object; changes other than
 * later signatures, the DSS and document timestamps (and what a certification's DocMDP permits)
 * fail the signature (Shadow, Evil Annotation and Sneaky Signature attacks).
 */
public final class PdfSignatureVerifier {

    private PdfSignatureVerifier() {
    }

    /**
     * Verifies a PDF.
     *
     * @param pdf the file, not null, not modified
     * @param trust the trust anchors, not null
     * @param policy the validation time, algorithms and revocation rules, not null
     * @return the report, not null; a document with no signature is INDETERMINATE / SIGNED_DATA_NOT_FOUND
     * @throws vn.schoolrecords.core.MalformedDocumentException if the file cannot be read as a PDF at all
     */
    public static VerificationReport verify(byte[] pdf, TrustAnchors trust, VerificationPolicy policy) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(policy, "policy");
        return new Verification(pdf.clone(), trust, policy).run();
    }
}
