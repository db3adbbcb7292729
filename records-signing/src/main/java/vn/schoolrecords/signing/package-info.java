/**
 * Digital signatures (chữ ký số) of school records: PAdES baseline signatures of PDF transcripts
 * by several signers in turn, with keys from PKCS #12 files, PKCS #11 tokens or hash-only remote
 * services, under the algorithm rules of TT 15/2025/TT-BKHCN.
 *
 * <h2>Two phases</h2>
 * {@link vn.schoolrecords.signing.SignatureService#prepare(byte[], vn.schoolrecords.signing.SignatureRequest)}
 * checks the algorithm ({@link vn.schoolrecords.signing.AlgorithmPolicy}) and the certificate's
 * validity and key usage at the signing time, fills the signature field, and writes the
 * incremental update with a /Contents placeholder. The returned
 * {@link vn.schoolrecords.signing.PreparedSignature} is immutable and serialisable; any signer
 * signs its data to be signed (or, remotely, its digest), and
 * {@link vn.schoolrecords.signing.SignatureService#complete(vn.schoolrecords.signing.PreparedSignature, byte[])}
 * verifies the value with the certificate before it writes anything.
 *
 * <h2>Once only</h2>
 * An immutable value cannot remember that it was used, and copies of it are indistinguishable.
 * Completion is therefore recorded in the caller's {@link vn.schoolrecords.signing.CompletionLedger}
 * under the prepared signature's id (the digest of its data to be signed), claimed atomically after
 * every check has passed, so that a wrong value or an unreachable timestamp authority does not use
 * up the prepared signature. Entries may be forgotten after the expiry, since expired prepared
 * signatures are refused first.
 *
 * <h2>Fields and locks</h2>
 * An existing empty field keeps its place and appearance unless the request asks for a
 * {@link vn.schoolrecords.signing.SignatureAppearance}; a field already signed is refused.
 * After signing, the field carries a /Lock dictionary (Action Include, the field itself, unless
 * the document's author set another lock) and the signature dictionary a FieldMDP signature
 * reference with the same parameters, so that viewers treat a later change of that field as
 * invalidating the signature.
 *
 * <h2>What the CMS holds</h2>
 * SubFilter {@code ETSI.CAdES.detached}; signed attributes content-type, message-digest and
 * signing-certificate-v2; the certificate chain; for B-T the signature-time-stamp unsigned
 * attribute. The signing time is the signature dictionary's /M (Vietnam time), not a CMS
 * signing-time attribute, which PAdES baseline forbids.
 *
 * <h2>Visible appearances (Decree 30/2020)</h2>
 * A {@link vn.schoolrecords.signing.SignatureAppearance} draws, in the field's widget rectangle
 * and in the same incremental update, the signer's signature image and "Ký bởi", "Chức vụ",
 * "Thời gian ký" (ISO 8601, {@code +07:00}) in the caller's TrueType font, embedded as a subset;
 * or the organisation's seal, over the left third of the competent signer's field. Images keep
 * their alpha as a soft mask, which PDF/A-3 allows in a document with an output intent, so a
 * PDF/A-3b transcript stays PDF/A-3b. A field without a rectangle stays invisible.
 *
 * <h2>Batches</h2>
 * {@link vn.schoolrecords.signing.BatchSigning} prepares N documents, has the key source sign all
 * their data in one {@link vn.schoolrecords.signing.KeySource#signAll(java.util.List, vn.schoolrecords.signing.AlgorithmChoice)}
 * call (one remote request with N hashes, so one approval on the phone), completes each, and
 * returns one {@link vn.schoolrecords.signing.BatchResult} per document.
 *
 * <h2>Detached CAdES</h2>
 * {@link vn.schoolrecords.signing.CadesSigner} signs bytes such as a record's JSON or the
 * archive's manifest ({@link vn.schoolrecords.signing.CadesManifestSigner}) with a detached
 * CAdES-BASELINE-B or -T signature: the same CMS as above plus the signing-time attribute, which
 * CAdES baseline requires; and checks such a signature over given bytes.
 *
 * <h2>Long-term levels</h2>
 * {@link vn.schoolrecords.signing.PadesExtender} takes a signed document from B-T to B-LT (the
 * DSS dictionary with every chain's certificates, OCSP responses and CRLs, and a VRI entry per
 * signature and timestamp) and to B-LTA (a document timestamp, then its authority's validation
 * data in a later update), and renews B-LTA. Revocation data comes only from the caller's
 * {@link vn.schoolrecords.signing.RevocationSource}; the library never goes online by itself.
 */
package vn.schoolrecords.signing;
