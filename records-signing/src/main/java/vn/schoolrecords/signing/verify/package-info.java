/**
 * Verification of signed PDF documents (kiểm tra chữ ký số): transcripts (học bạ) and other
 * records signed with PAdES by several signers in turn.
 *
 * <h2>What is checked</h2>
 * {@link vn.schoolrecords.signing.verify.PdfSignatureVerifier#verify} checks, for each signature
 * and document timestamp: the byte range against the raw bytes (starts at 0, leaves out exactly
 * the /Contents string, ends at an end-of-file marker); the CMS signature (message digest,
 * signature value, signing-certificate-v2); the algorithms against
 * {@link vn.schoolrecords.signing.AlgorithmPolicy} (TT 15/2025/TT-BKHCN); the certification path
 * to a {@link vn.schoolrecords.signing.verify.TrustAnchors trust anchor}; revocation from the
 * document's DSS or the caller's {@link vn.schoolrecords.signing.verify.RevocationFetcher} (e.g. over {@link vn.schoolrecords.signing.HttpRevocationSource}); the
 * signature timestamp; and every change made to the file after it, by object and page.
 *
 * <h2>Verdicts</h2>
 * In the style of ETSI EN 319 102-1: {@link vn.schoolrecords.signing.verify.Indication} with a
 * {@link vn.schoolrecords.signing.verify.SubIndication}, per signature and for the document (the
 * worst of its signatures). The report is JSON with a schema, or text in Vietnamese and English.
 */
package vn.schoolrecords.signing.verify;
