/**
 * XML signatures (chữ ký số XML, XMLDSig) of the digital transcript (học bạ số): the Ministry's
 * XML model (CV 2088/BGDĐT-GDTH Phụ lục 1, v1.0), signed and issued per TT 70/2026/TT-BGDĐT Điều 9,
 * with the JDK's {@code javax.xml.crypto.dsig} and the key sources of PDF signing.
 *
 * <h2>What a signature looks like</h2>
 * Each signature is a {@code ds:Signature} in the signing area {@code DANH_SACH_THONG_TIN_KY},
 * beside the data region {@code DU_LIEU_HOC_BA}, inside the element of its role ({@code GVBM},
 * {@code GVCN}, {@code CBQL}, {@code KY_PHAT_HANH}), year after year within each. The order is
 * read from the signed {@code SigningTime}, role and {@code NAM_HOC}, never from the position.
 * The record is signed year by year (TT 70/2026 Điều 9 khoản 4): the SignedInfo (exclusive C14N)
 * has three references, each with an exclusive C14N transform: {@code #<Id>} of the general
 * information {@code THONG_TIN_CHUNG}, {@code #<Id>} of the signed year's page
 * {@code HOC_BA_NAM_HOC}, and {@code #<Id>} of its own
 * {@code ds:Object/SignatureProperties/SignatureProperty}, which holds {@code SigningTime}
 * ({@code YYYY-MM-DDThh:mm:ss+07:00}), {@code VAI_TRO_KY} (the role: {@code GVBM}, {@code GVCN},
 * {@code CBQL}, {@code KY_PHAT_HANH}), {@code MA_NGUOI_KY}, {@code NAM_HOC} (the school year),
 * for a subject teacher {@code MA_MON_HOC}, and v1.0's per-signer {@code NGAY_KY} (the signing
 * date) and, if given, {@code SO_CCCD} (the signer's personal identifier). Appending the next year's page leaves the earlier
 * years' signatures valid. {@code KeyInfo/X509Data} carries {@code X509SubjectName} and the
 * certificates (the signer's first, no self-signed root). Exclusive canonicalisation is chosen
 * so that the digests are the same wherever the record sits, in particular inside a submission
 * batch. A subject teacher's signature covers the whole year page, which is complete when
 * teachers sign (TT 70/2026 Điều 9 khoản 3 điểm a), and names the subject it attests in its
 * signed property.
 *
 * <h2>Two phases</h2>
 * {@link vn.schoolrecords.signing.xml.XmlSignatureService#prepare} checks the order against the
 * page's {@link vn.schoolrecords.core.transcript.SigningPlan}, the algorithm
 * ({@link vn.schoolrecords.signing.AlgorithmPolicy}) and the certificate, and writes the signature
 * without its value; the immutable, serialisable
 * {@link vn.schoolrecords.signing.xml.PreparedXmlSignature} gives the canonical SignedInfo to
 * sign, or its digest for a hash-only remote service;
 * {@link vn.schoolrecords.signing.xml.XmlSignatureService#complete} inserts the value after the
 * JDK's validator accepts it, once only ({@link vn.schoolrecords.signing.CompletionLedger}).
 *
 * <h2>Verification</h2>
 * {@link vn.schoolrecords.signing.xml.DigitalTranscriptVerifier} resists XML Signature Wrapping:
 * the data region is reached by path and must be the only {@code DU_LIEU_HOC_BA} and the only
 * element with its Id; the general information and the page of the year a signature names are
 * reached by path, their Ids derived from the data region's and carried by them alone; references
 * must name exactly those, and only they and each signature's own property are registered as Ids
 * for the JDK's dereferencer. The signing order is checked per school year.
 */
package vn.schoolrecords.signing.xml;
