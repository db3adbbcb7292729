package vn.schoolrecords.signing.xml;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Document;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.KeySource;
import vn.schoolrecords.signing.PreparedSignatureException;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.SignatureValueMismatchException;
import vn.schoolrecords.signing.internal.CertificateChecks;
import vn.schoolrecords.signing.internal.PreparedSignatures;
import vn.schoolrecords.signing.xml.XmlRecordException.Reason;
import vn.schoolrecords.signing.xml.internal.HocBaLayout;
import vn.schoolrecords.signing.xml.internal.HocBaLayout.Shape;
import vn.schoolrecords.signing.xml.internal.SecureXml;
import vn.schoolrecords.signing.xml.internal.XmlDsig;

/**
 * Signs a digital transcript (học bạ số, CV 2088/BGDĐT-GDTH Phụ lục 1; TT 70/2026/TT-BGDĐT Điều 9)
 * with XML signatures (chữ ký số XML, XMLDSig), in two phases:
 * {@link #prepare(byte[], XmlSignatureRequest)} appends the {@code ds:Signature} to the signing
 * area {@code DANH_SACH_THONG_TIN_KY} and returns the data to be signed, any signer produces the
 * signature value, and {@link #complete(PreparedXmlSignature, byte[])} inserts it.
 *
 * <p>The record is signed year by year (TT 70/2026 Điều 9 khoản 4): each signature covers, by
 * references with exclusive canonicalisation, the general information {@code THONG_TIN_CHUNG} and
 * the page {@code HOC_BA_NAM_HOC} of the plan's school year (by their Ids), and its own
 * {@code SignatureProperty}, which holds the {@code SigningTime} ({@code YYYY-MM-DDThh:mm:ss+07:00}),
 * the role, the signer's id, the school year ({@code NAM_HOC}) and, for a subject teacher, the
 * subject. Appending the next year's page therefore leaves the signatures of earlier years valid
 * ({@link #carrySignatures}). Exclusive canonicalisation makes the digests independent of where
 * the record sits, so the signatures survive being put into a submission batch
 * ({@code DANH_SACH_HOC_BA}). The signer's certificate and issuers are embedded with the
 * {@code X509SubjectName}. A later signature leaves the earlier ones valid: nothing they cover changes.
 *
 * <p>Order (TT 70/2026 Điều 9 khoản 3; QĐ 1789/QĐ-SGDĐT Điều 20.5): the signatures of the plan's
 * year already in the document are replayed against the request's {@link SigningPlan}, so subject
 * teachers, homeroom teacher, head of school, then the school's organisation signature, which
 * issues that year; after it nothing more can be signed for that year ({@link vn.schoolrecords.core.transcript.SigningException} with
 * {@code SIGNATURE_AFTER_SEAL}). Algorithms and certificates are checked as for PDF signatures
 * (TT 15/2025/TT-BKHCN). The service reads the time only from its {@link Clock}, to refuse expired
 * prepared signatures. Immutable and thread-safe if the ledger is.
 */
public final class XmlSignatureService {

    private final Clock clock;
    private final CompletionLedger ledger;

    private XmlSignatureService(Clock clock, CompletionLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * A service.
     *
     * @param clock the clock that decides whether a prepared signature has expired, not null
     * @param ledger records completions so that each prepared signature is completed once only, not null
     * @return the service, not null
     */
    public static XmlSignatureService of(Clock clock, CompletionLedger ledger) {
        return new XmlSignatureService(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ledger, "ledger"));
    }

    /**
     * Phase one: checks the signing order, the algorithm and the certificate, and appends the
     * signature with everything but its value.
     *
     * @param xml the học bạ số document in UTF-8, not null, not modified
     * @param request who signs what, and how, not null
     * @return the prepared signature, not null
     * @throws vn.schoolrecords.core.MalformedDocumentException if core's reader refuses the document
     *     (not well-formed, a DOCTYPE, outside the model's schema)
     * @throws XmlRecordException if the data region is ambiguous or a signature is not of this library's shape
     * @throws vn.schoolrecords.core.transcript.SigningException if the plan refuses the signature
     *     now: {@code SIGNATURE_AFTER_SEAL}, {@code SIGNATURE_OUT_OF_ORDER}, {@code SIGNER_NOT_IN_PLAN},
     *     {@code SIGNATURE_REPEATED}
     * @throws vn.schoolrecords.signing.WeakAlgorithmException if the key or digest is not allowed
     * @throws vn.schoolrecords.signing.CertificateNotUsableException if the certificate may not sign then
     */
    public PreparedXmlSignature prepare(byte[] xml, XmlSignatureRequest request) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(request, "request");
        Document document = SecureXml.parse(xml);
        HocBaLayout.Record record = HocBaLayout.locate(document);
        List<HocBaLayout.FoundSignature> existing = HocBaLayout.signatures(record);
        if (HocBaLayout.allSignatures(document).size() != existing.size()) {
            throw new XmlRecordException(Reason.XML_NOT_A_DIGITAL_TRANSCRIPT, LocalizedText.of(
                    "có chữ ký nằm ngoài " + HocBaLayout.SIGNING_AREA,
                    "a signature lies outside " + HocBaLayout.SIGNING_AREA), null);
        }
        existing.stream().filter(s -> s.year().isEmpty()).findFirst().ifPresent(s -> {
            throw new XmlRecordException(Reason.XML_SIGNATURE_MALFORMED, LocalizedText.of(
                    "chữ ký " + s.id() + " không ghi năm học (" + HocBaLayout.YEAR + ")",
                    "signature " + s.id() + " names no school year (" + HocBaLayout.YEAR + ")"), null);
        });
        SchoolYear year = request.plan().year();
        List<HocBaLayout.Target> targets = coverage(record, year);
        String signatureId = freshId(record, existing.size() + 1);
        // TT 70/2026 Điều 9 khoản 4: each year is signed, and issued, on its own; only this year's
        // signatures are replayed, so an issued year is closed and the next one opens.
        replay(request.plan(), inSigningOrder(existing.stream().filter(s -> s.year().equals(Optional.of(year)))))
                .sign(Signature.of(request.signerId(), request.part(), request.signingTime(), signatureId));

        AlgorithmChoice algorithm = checkSigner(request.certificateChain().get(0), request.signingTime(),
                request.policy(), request.scheme(), request.digest());

        SigningPart part = request.part();
        var signature = XmlDsig.append(record, targets, signatureId, algorithm, new XmlDsig.Properties(
                request.signingTime(), part.role(), part.subjectCode(), request.signerId(), Optional.of(year),
                part.role() == vn.schoolrecords.core.transcript.SigningRole.SCHOOL_SEAL ? Optional.empty()
                        : request.signerPersonalId()),
                embedded(request.certificateChain()));
        byte[] dataToBeSigned = XmlDsig.canonicalize(HocBaLayout.read(signature).signedInfo());
        return new PreparedXmlSignature(SecureXml.write(document), signatureId, dataToBeSigned, algorithm,
                request.certificateChain(), request.signerId(), part, request.signingTime(), request.expiresAt());
    }

    /**
     * Phase two: inserts the signature value, checks the finished signature with the JDK's
     * validator and records the completion.
     *
     * @param prepared the prepared signature, not null
     * @param signatureValue the signer's signature over {@link PreparedXmlSignature#dataToBeSigned()}
     *     (DER for ECDSA, as {@link KeySource#sign} returns it; r || s is accepted too), not null
     * @return the signed document in UTF-8, not null
     * @throws PreparedSignatureException if it has expired, was completed already, or its document was altered
     * @throws SignatureValueMismatchException if the signature does not verify with the signer's certificate
     */
    public byte[] complete(PreparedXmlSignature prepared, byte[] signatureValue) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(signatureValue, "signatureValue");
        Instant now = clock.instant();
        PreparedSignatures.checkNotExpired(prepared.id(), prepared.expiresAt(), now);
        Document document = SecureXml.parse(prepared.document());
        HocBaLayout.Record record = HocBaLayout.locate(document);
        HocBaLayout.FoundSignature found = HocBaLayout.signatures(record).stream()
                .filter(s -> s.id().equals(prepared.signatureId())).findFirst().orElse(null);
        if (found == null || !Arrays.equals(XmlDsig.canonicalize(found.signedInfo()), prepared.dataToBeSigned())) {
            throw new PreparedSignatureException(PreparedSignatureException.Reason.PREPARED_SIGNATURE_MALFORMED,
                    prepared.id(), LocalizedText.of("tài liệu đã chuẩn bị không còn khớp với dữ liệu cần ký",
                            "the prepared document no longer matches the data to be signed"), null);
        }
        insertValue(found, coverage(record, found.year().orElseThrow()), signatureValue, prepared.certificateChain().get(0), prepared.algorithm(),
                prepared.id());
        PreparedSignatures.claim(ledger, prepared.id(), prepared.expiresAt(), now);
        return SecureXml.write(document);
    }

    /**
     * Both phases with a key at hand: prepares, signs with the key source, completes.
     *
     * @param xml the document, not null, not modified
     * @param request who signs what, with the key source's certificate chain, not null
     * @param keySource the signer's key, not null, not closed
     * @return the signed document, not null
     * @throws vn.schoolrecords.core.RecordsException as {@link #prepare} and {@link #complete}, or
     *     {@link vn.schoolrecords.signing.KeySourceException} if the key cannot sign
     */
    public byte[] sign(byte[] xml, XmlSignatureRequest request, KeySource keySource) {
        Objects.requireNonNull(keySource, "keySource");
        PreparedXmlSignature prepared = prepare(xml, request);
        return complete(prepared, keySource.sign(prepared.dataToBeSigned(), prepared.algorithm()));
    }

    /**
     * Carries the signatures of a signed document into the same record written again, e.g. by
     * core's {@code DigitalTranscriptXml.write} after the next school year's page was added
     * (TT 70/2026 Điều 9 khoản 4): each signature covers the general information and its own
     * year's page only, so the signatures of earlier years stay valid as long as those elements
     * are unchanged, which the verifier checks. Nothing is signed or verified here.
     *
     * @param rewritten the record written again, with an empty signing area, not null, not modified
     * @param signed the earlier signed document of the same record, not null, not modified
     * @return the rewritten record with the earlier signatures in its signing area, in their order, not null
     * @throws vn.schoolrecords.core.MalformedDocumentException if core's reader refuses either document
     * @throws XmlRecordException {@code XML_NOT_A_DIGITAL_TRANSCRIPT} if they are not the same record
     *     (data Id), or the rewritten one already holds signatures
     */
    public static byte[] carrySignatures(byte[] rewritten, byte[] signed) {
        Document target = SecureXml.parse(Objects.requireNonNull(rewritten, "rewritten"));
        HocBaLayout.Record to = HocBaLayout.locate(target);
        HocBaLayout.Record from = HocBaLayout.locate(SecureXml.parse(Objects.requireNonNull(signed, "signed")));
        if (!to.dataId().equals(from.dataId()) || !HocBaLayout.allSignatures(target).isEmpty()) {
            throw new XmlRecordException(Reason.XML_NOT_A_DIGITAL_TRANSCRIPT, LocalizedText.of(
                    "chỉ chuyển được chữ ký sang cùng học bạ (" + from.dataId() + ") chưa có chữ ký",
                    "signatures carry over only to the same record (" + from.dataId() + ") with no signatures yet"),
                    null);
        }
        // The signing area as a whole: each signature stays in its role's element, in its place.
        to.document().getDocumentElement().replaceChild(target.importNode(from.signingArea(), true), to.signingArea());
        return SecureXml.write(target);
    }

    /**
     * TT 15/2025: the algorithm against the policy, and the certificate's validity and key usage
     * at the signing time, before anything is signed.
     */
    static AlgorithmChoice checkSigner(X509Certificate signer, Instant signingTime, AlgorithmPolicy policy,
            Optional<SignatureScheme> scheme, String digest) {
        AlgorithmChoice algorithm = scheme.isPresent()
                ? policy.check(signer.getPublicKey(), digest, scheme.get())
                : policy.check(signer.getPublicKey(), digest);
        XmlDsig.signatureMethod(algorithm);
        CertificateChecks.checkUsable(signer, signingTime);
        return algorithm;
    }

    /** Inserts the value and has the JDK validate the finished signature; nothing is written otherwise. */
    static void insertValue(HocBaLayout.FoundSignature found, List<HocBaLayout.Target> targets,
            byte[] signatureValue, X509Certificate signer, AlgorithmChoice algorithm, String preparedId) {
        byte[] value = XmlDsig.xmlSignatureValue(signatureValue, algorithm, signer.getPublicKey());
        XmlDsig.signatureValue(found.element()).setTextContent(Base64.getEncoder().encodeToString(value));
        XmlDsig.Validation validation = XmlDsig.validate(found, targets, signer.getPublicKey());
        if (!validation.signatureValue() || validation.references().size() != targets.size() + 1
                || validation.references().containsValue(Boolean.FALSE)) {
            throw new SignatureValueMismatchException(preparedId, null);
        }
    }

    /** The plan with the document's signatures, replayed: the document is the record of who signed. */
    private static SigningPlan replay(SigningPlan plan, List<HocBaLayout.FoundSignature> existing) {
        List<Signature> signatures = existing.stream().map(s -> Signature.of(s.signerId(),
                new SigningPart(s.role(), s.subjectCode()), s.signingTime(), s.id())).toList();
        return plan.withSignatures(signatures);
    }

    /**
     * What a signature of a school year covers: the general information, the year's page and the
     * transfers dated in that year (the receiving school signs the year of the transfer).
     */
    static List<HocBaLayout.Target> coverage(HocBaLayout.Record record, SchoolYear year) {
        List<HocBaLayout.Target> targets = new java.util.ArrayList<>(
                HocBaLayout.targets(record, Shape.RECORD, Optional.of(year)));
        targets.addAll(HocBaLayout.transfers(record, year));
        return targets;
    }

    /**
     * A year's signatures in the order they were made: by signed SigningTime, then by role (a
     * person before the organisation within the same second), never by their position, since
     * the signing area groups them by role.
     */
    static List<HocBaLayout.FoundSignature> inSigningOrder(java.util.stream.Stream<HocBaLayout.FoundSignature> year) {
        return year.sorted(java.util.Comparator.comparing(HocBaLayout.FoundSignature::signingTime)
                .thenComparing(HocBaLayout.FoundSignature::role)).toList();
    }

    /** The data region's Id with a sequence number, unused anywhere in the document. */
    static String freshId(HocBaLayout.Record record, int sequence) {
        for (int n = sequence;; n++) {
            String candidate = record.dataId() + "-CK" + n;
            var root = record.document().getDocumentElement();
            if (HocBaLayout.countIdCarriers(root, candidate) == 0
                    && HocBaLayout.countIdCarriers(root, candidate + "-TG") == 0) {
                return candidate;
            }
        }
    }

    /** The chain without a self-signed root: a verifier takes roots from its own trust anchors. */
    static List<X509Certificate> embedded(List<X509Certificate> chain) {
        List<X509Certificate> list = chain.stream()
                .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal())).toList();
        return list.isEmpty() ? List.of(chain.get(0)) : list;
    }
}
