package vn.schoolrecords.signing.xml;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.SigningProblem;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.CertificateNotUsableException;
import vn.schoolrecords.signing.WeakAlgorithmException;
import vn.schoolrecords.signing.internal.CertificateChecks;
import vn.schoolrecords.signing.internal.Certificates;
import vn.schoolrecords.signing.internal.PathValidation;
import vn.schoolrecords.signing.verify.RevocationEvidence;
import vn.schoolrecords.signing.xml.internal.HocBaLayout;
import vn.schoolrecords.signing.xml.internal.HocBaLayout.FoundSignature;
import vn.schoolrecords.signing.xml.internal.HocBaLayout.Shape;
import vn.schoolrecords.signing.xml.internal.XmlDsig;

/**
 * Verifies the XML signatures of a digital transcript (học bạ số): every signature, in document
 * order, that it lies in the signing area's element of the role it signed, what it covers, its
 * algorithm, its certificate path and revocation (the PDF verifier's implementation), and the
 * signing order of TT 70/2026/TT-BGDĐT Điều 9 (subject teachers, homeroom teacher, head of
 * school, then the school's organisation signature, after which nothing may be signed). The
 * report answers issue per school year and lists the data no valid signature covers.
 *
 * <p>Parsing is core's {@link vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml#parse}:
 * secure (no DTD, no external entities) and validated against the model's schema; the JDK's
 * signature validation runs with
 * {@code org.jcp.xml.dsig.secureValidation}. Against XML Signature Wrapping the verifier reaches
 * the data region by path ({@code /HOC_BA/DU_LIEU_HOC_BA}, the element a program reads), refuses
 * a document where a second {@code DU_LIEU_HOC_BA} or a second element with the same Id exists
 * anywhere; for each signature it reaches by path the general information
 * {@code THONG_TIN_CHUNG} and the page {@code HOC_BA_NAM_HOC} of the school year the signature
 * names in its signed {@code NAM_HOC} (TT 70/2026 Điều 9 khoản 4: signed year by year), requires
 * their Ids to be the ones derived from the data region's and carried by them alone, requires the
 * signature's references to name exactly those Ids and its own {@code SignatureProperty}, and
 * registers as resolvable Ids only those elements, never an Id looked up over the whole document.
 * The signing order is checked per school year, read from the signed {@code SigningTime} and
 * role, never from where a signature lies.
 *
 * <p>Never throws for bad content: everything found goes into the {@link XmlVerificationReport}.
 * Immutable and thread-safe.
 */
public final class DigitalTranscriptVerifier {

    private final VerificationSettings settings;

    private DigitalTranscriptVerifier(VerificationSettings settings) {
        this.settings = settings;
    }

    /**
     * A verifier.
     *
     * @param settings trust anchors, validation time, policy, not null
     * @return the verifier, not null
     */
    public static DigitalTranscriptVerifier of(VerificationSettings settings) {
        return new DigitalTranscriptVerifier(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Verifies a document with the settings given.
     *
     * @param xml the học bạ số in UTF-8, not null
     * @param settings trust anchors, validation time, policy, not null
     * @return the report, not null
     */
    public static XmlVerificationReport verify(byte[] xml, VerificationSettings settings) {
        return of(settings).verify(xml);
    }

    /**
     * Verifies a document.
     *
     * @param xml the học bạ số in UTF-8, not null
     * @return the report, not null
     */
    public XmlVerificationReport verify(byte[] xml) {
        return verify(xml, Shape.RECORD);
    }

    /**
     * Verifies a signed submission transaction ({@code GIAO_DICH}, CV 2088/BGDĐT-GDTH Phụ lục 02)
     * as signed by {@link XmlTransactionSigner}: the same checks, the organisation's signature alone.
     *
     * @param envelopeXml the signed envelope in UTF-8, not null
     * @return the report, not null
     */
    public XmlVerificationReport verifyTransaction(byte[] envelopeXml) {
        return verify(envelopeXml, Shape.TRANSACTION);
    }

    private XmlVerificationReport verify(byte[] xml, Shape shape) {
        Objects.requireNonNull(xml, "xml");
        List<XmlFinding> documentFindings = new ArrayList<>();
        HocBaLayout.Record record;
        try {
            Document document = shape.parse(xml);
            record = HocBaLayout.locate(document, shape);
        } catch (XmlRecordException | MalformedDocumentException e) {
            documentFindings.add(XmlFinding.failed(XmlCheck.DOCUMENT_STRUCTURE, e.code(), e.text()));
            return new XmlVerificationReport(settings.validationTime(), documentFindings, List.of(), List.of(),
                    List.of());
        }
        documentFindings.add(XmlFinding.passed(XmlCheck.DOCUMENT_STRUCTURE, LocalizedText.of(
                "một " + shape.data() + " duy nhất, Id \"" + record.dataId() + "\"",
                "a single " + shape.data() + ", Id \"" + record.dataId() + "\"")));
        List<HocBaLayout.Placed> inArea = HocBaLayout.placed(record);
        int outside = HocBaLayout.allSignatures(record.document()).size() - inArea.size();
        documentFindings.add(outside == 0
                ? XmlFinding.passed(XmlCheck.SIGNATURE_PLACEMENT, LocalizedText.of(
                        "mọi chữ ký nằm trong " + HocBaLayout.SIGNING_AREA, "every signature is in " + HocBaLayout.SIGNING_AREA))
                : XmlFinding.failed(XmlCheck.SIGNATURE_PLACEMENT, "SIGNATURE_OUTSIDE_SIGNING_AREA", LocalizedText.of(
                        outside + " chữ ký nằm ngoài " + HocBaLayout.SIGNING_AREA,
                        outside + " signature(s) outside " + HocBaLayout.SIGNING_AREA)));

        // One per run: signers of a record share issuers, so each path is built once.
        Certificates certificates = new Certificates(settings.trustAnchors(), List.of(), RevocationEvidence.NONE,
                settings.revocationFetcher());
        List<Optional<FoundSignature>> found = new ArrayList<>();
        List<List<XmlFinding>> findings = new ArrayList<>();
        List<List<String>> covers = new ArrayList<>();
        for (HocBaLayout.Placed placed : inArea) {
            List<XmlFinding> list = new ArrayList<>();
            findings.add(list);
            covers.add(List.of());
            try {
                FoundSignature signature = HocBaLayout.read(placed);
                found.add(Optional.of(signature));
                list.add(XmlFinding.passed(XmlCheck.SIGNATURE_FORM, LocalizedText.of(
                        "đủ SignedInfo, KeyInfo, SigningTime", "SignedInfo, KeyInfo and SigningTime present")));
                placement(signature).ifPresent(list::add);
                covers.set(covers.size() - 1, check(signature, record, shape, certificates, list));
            } catch (XmlRecordException e) {
                found.add(Optional.empty());
                list.add(XmlFinding.failed(XmlCheck.SIGNATURE_FORM, e.code(), e.text()));
            }
        }
        checkOrder(found, findings, shape == Shape.RECORD);

        List<XmlSignatureReport> reports = new ArrayList<>();
        for (int i = 0; i < inArea.size(); i++) {
            Optional<FoundSignature> f = found.get(i);
            reports.add(new XmlSignatureReport(inArea.get(i).element().getAttributeNS(null, HocBaLayout.ID),
                    f.map(FoundSignature::role), f.flatMap(FoundSignature::subjectCode), f.map(FoundSignature::signerId),
                    f.map(FoundSignature::signingTime), f.flatMap(FoundSignature::year),
                    f.flatMap(FoundSignature::signerPersonalId), f.map(s -> s.certificates().get(0)), covers.get(i),
                    findings.get(i)));
        }
        return new XmlVerificationReport(settings.validationTime(), documentFindings, reports,
                shape == Shape.RECORD ? HocBaLayout.yearPages(record) : List.of(),
                shape == Shape.RECORD ? regions(record, reports) : List.of());
    }

    /**
     * Each data region a program may read, with the valid signatures whose references cover it
     * unchanged: a region no valid signature covers (e.g. {@code TONG_KET}, which has no Id) is
     * data the program must not treat as signed.
     */
    private static List<XmlDataRegion> regions(HocBaLayout.Record record, List<XmlSignatureReport> reports) {
        List<XmlDataRegion> list = new ArrayList<>();
        for (HocBaLayout.Region r : HocBaLayout.regions(record)) {
            List<String> by = r.id().map(id -> reports.stream().filter(XmlSignatureReport::valid)
                    .filter(s -> s.covers().contains(id)).map(XmlSignatureReport::signatureId).toList())
                    .orElse(List.of());
            list.add(new XmlDataRegion(r.element(), r.id(), r.year(), by));
        }
        return list;
    }

    /**
     * A record's signature must lie in the element of the signing area for the role it signed
     * ({@code GVCN}, {@code CBQL}, …): its place is not signed, so a program that reads who signed
     * from the layout would be misled by a moved one. A transaction's has no role element.
     */
    private static Optional<XmlFinding> placement(FoundSignature signature) {
        if (signature.placedAs().isEmpty()) {
            return Optional.empty();
        }
        SigningRole placed = signature.placedAs().get();
        String signed = HocBaLayout.roleCode(signature.role());
        String place = HocBaLayout.roleCode(placed);
        return Optional.of(placed == signature.role()
                ? XmlFinding.passed(XmlCheck.SIGNATURE_PLACEMENT, LocalizedText.of(
                        "nằm trong " + place + ", đúng vai trò ký", "lies in " + place + ", its signed role"))
                : XmlFinding.failed(XmlCheck.SIGNATURE_PLACEMENT, "SIGNATURE_UNDER_WRONG_ROLE", LocalizedText.of(
                        "chữ ký của vai trò " + signed + " (" + signature.role().vietnameseName() + ") nằm trong "
                                + place + " của vai trò khác",
                        "a signature of the role " + signed + " lies in " + place + ", another role's element")));
    }

    /** Checks one signature into {@code out}; returns the Ids of the data its references cover, unchanged. */
    private List<String> check(FoundSignature signature, HocBaLayout.Record record, Shape shape,
            Certificates certificates, List<XmlFinding> out) {
        X509Certificate certificate = signature.certificates().get(0);
        boolean algorithmOk = checkAlgorithms(signature, certificate.getPublicKey(), out);
        List<HocBaLayout.Target> targets = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        boolean referencesOk = false;
        try {
            targets.addAll(HocBaLayout.targets(record, shape, signature.year()));
            // Transfers dated in the signature's year may be covered: those that existed when it was made.
            List<HocBaLayout.Target> transfers = shape == Shape.RECORD && signature.year().isPresent()
                    ? HocBaLayout.transfers(record, signature.year().get()) : List.of();
            referencesOk = checkReferenceTargets(signature, targets, transfers, out);
        } catch (XmlRecordException e) {
            out.add(XmlFinding.failed(XmlCheck.DATA_REFERENCE, e.code(), e.text()));
        }
        if (algorithmOk && referencesOk) {
            XmlDsig.Validation v = XmlDsig.validate(signature, targets, certificate.getPublicKey());
            for (HocBaLayout.Target t : targets) {
                String name = t.element().getTagName() + " #" + t.id();
                if (Boolean.TRUE.equals(v.references().get("#" + t.id()))) {
                    covered.add(t.id());
                }
                out.add(Boolean.TRUE.equals(v.references().get("#" + t.id()))
                        ? XmlFinding.passed(XmlCheck.DATA_REFERENCE, LocalizedText.of(
                                "phủ đúng " + name + ", không thay đổi", "covers exactly " + name + ", unchanged"))
                        : XmlFinding.failed(XmlCheck.DATA_REFERENCE, "DATA_CHANGED", LocalizedText.of(
                                "dữ liệu học bạ " + name + " đã bị thay đổi sau khi ký (giá trị băm không khớp)",
                                "the record's data " + name + " changed after signing (digest mismatch)")));
            }
            Boolean property = v.references().get("#" + signature.propertyId());
            out.add(Boolean.TRUE.equals(property)
                    ? XmlFinding.passed(XmlCheck.SIGNING_TIME_REFERENCE, LocalizedText.of(
                            "thời gian ký " + HocBaLayout.formatTime(signature.signingTime()) + " được ký",
                            "signing time " + HocBaLayout.formatTime(signature.signingTime()) + " is signed"))
                    : XmlFinding.failed(XmlCheck.SIGNING_TIME_REFERENCE, "SIGNING_PROPERTY_CHANGED", LocalizedText.of(
                            "thời gian ký, vai trò ký hoặc năm học đã bị thay đổi sau khi ký",
                            "the signing time, role or school year changed after signing")));
            out.add(v.signatureValue()
                    ? XmlFinding.passed(XmlCheck.SIGNATURE_VALUE, LocalizedText.of(
                            "khớp với khóa của chứng thư số", "verifies with the certificate's key"))
                    : XmlFinding.failed(XmlCheck.SIGNATURE_VALUE, "SIGNATURE_VALUE_INVALID", LocalizedText.of(
                            "giá trị chữ ký không khớp" + v.error().map(e -> ": " + e).orElse(""),
                            "the signature value does not verify" + v.error().map(e -> ": " + e).orElse(""))));
        }
        out.addAll(checkPath(signature, certificates));
        try {
            CertificateChecks.checkUsable(certificate, signature.signingTime());
            out.add(XmlFinding.passed(XmlCheck.CERTIFICATE_USABLE, LocalizedText.of(
                    "còn hiệu lực và được phép ký lúc " + signature.signingTime(),
                    "valid and allowed to sign at " + signature.signingTime())));
        } catch (CertificateNotUsableException e) {
            out.add(XmlFinding.failed(XmlCheck.CERTIFICATE_USABLE, e.code(), e.text()));
        }
        return covered;
    }

    /** The SignatureMethod, every DigestMethod and every canonicalisation, against the policy. */
    private boolean checkAlgorithms(FoundSignature signature, PublicKey key, List<XmlFinding> out) {
        Element signedInfo = signature.signedInfo();
        String methodUri = attribute(signedInfo, "SignatureMethod");
        Optional<XmlDsig.Method> method = XmlDsig.method(methodUri);
        if (method.isEmpty()) {
            out.add(XmlFinding.failed(XmlCheck.ALGORITHM, XmlRecordException.Reason.XML_ALGORITHM_NOT_SUPPORTED.name(),
                    LocalizedText.of("thuật toán ký không được hỗ trợ: " + methodUri,
                            "signature algorithm not supported: " + methodUri)));
            return false;
        }
        List<String> transforms = new ArrayList<>();
        transforms.add(attribute(signedInfo, "CanonicalizationMethod"));
        List<String> digests = new ArrayList<>();
        for (Element reference : HocBaLayout.children(signedInfo, HocBaLayout.DS, "Reference")) {
            digests.add(attribute(reference, "DigestMethod"));
            for (Element t : HocBaLayout.children(reference, HocBaLayout.DS, "Transforms")) {
                HocBaLayout.children(t, HocBaLayout.DS, "Transform").forEach(x -> transforms.add(x.getAttribute("Algorithm")));
            }
        }
        Optional<String> badTransform = transforms.stream().filter(t -> !XmlDsig.ALLOWED_TRANSFORMS.contains(t)).findFirst();
        if (badTransform.isPresent()) {
            out.add(XmlFinding.failed(XmlCheck.ALGORITHM, "TRANSFORM_NOT_ALLOWED", LocalizedText.of(
                    "phép biến đổi không được phép: " + badTransform.get() + "; chỉ chuẩn hóa C14N",
                    "transform not allowed: " + badTransform.get() + "; only C14N canonicalisation")));
            return false;
        }
        AlgorithmPolicy policy = settings.policy();
        try {
            policy.check(key, method.get().digest(), method.get().scheme());
            for (String uri : digests) {
                String digest = XmlDsig.digestName(uri).orElse(uri);
                policy.check(key, digest, method.get().scheme());
            }
        } catch (WeakAlgorithmException e) {
            out.add(XmlFinding.failed(XmlCheck.ALGORITHM, e.code() + ":" + e.reason().name(), e.text()));
            return false;
        }
        out.add(XmlFinding.passed(XmlCheck.ALGORITHM, LocalizedText.of(
                method.get().scheme() + " với " + method.get().digest() + ", chuẩn hóa C14N",
                method.get().scheme() + " with " + method.get().digest() + ", C14N canonicalisation")));
        return true;
    }

    /**
     * Exactly the references expected: one to each target (for a record, the general information
     * and the page of the year the signature names; for a transaction, its data region) and one
     * to the signature's own property. A reference to anything else — another year's page, another
     * record's data, a copy elsewhere — fails here, before any Id is resolved.
     */
    private static boolean checkReferenceTargets(FoundSignature signature, List<HocBaLayout.Target> targets,
            List<HocBaLayout.Target> mayCover, List<XmlFinding> out) {
        List<String> uris = HocBaLayout.children(signature.signedInfo(), HocBaLayout.DS, "Reference").stream()
                .map(r -> r.hasAttribute("URI") ? r.getAttribute("URI") : "(none)").toList();
        String year = signature.year().map(y -> " " + y).orElse("");
        for (HocBaLayout.Target t : targets) {
            String data = "#" + t.id();
            if (!uris.contains(data)) {
                out.add(XmlFinding.failed(XmlCheck.DATA_REFERENCE, "REFERENCE_NOT_TO_DATA", LocalizedText.of(
                        "chữ ký" + year + " phủ " + uris + ", không phải " + t.element().getTagName() + " " + data
                                + " của học bạ này (chữ ký của năm học hoặc tài liệu khác?)",
                        "the signature" + year + " covers " + uris + ", not this record's "
                                + t.element().getTagName() + " " + data
                                + " (a signature of another year or document?)")));
                return false;
            }
        }
        String property = "#" + signature.propertyId();
        if (!uris.contains(property)) {
            out.add(XmlFinding.failed(XmlCheck.SIGNING_TIME_REFERENCE, "REFERENCE_NOT_TO_OWN_PROPERTY",
                    LocalizedText.of("chữ ký không phủ SignatureProperty của chính nó " + property,
                            "the signature does not cover its own SignatureProperty " + property)));
            return false;
        }
        int required = targets.size();
        for (HocBaLayout.Target t : mayCover) {
            if (uris.contains("#" + t.id())) {
                targets.add(t);
            }
        }
        if (uris.size() != targets.size() + 1 || uris.stream().distinct().count() != uris.size()) {
            out.add(XmlFinding.failed(XmlCheck.DATA_REFERENCE, "UNEXPECTED_REFERENCES", LocalizedText.of(
                    "chữ ký có " + uris.size() + " tham chiếu " + uris + "; chỉ được có " + (required + 1)
                            + " và các lần chuyển trường trong năm học của nó",
                    "the signature has " + uris.size() + " references " + uris + "; exactly " + (required + 1)
                            + " are expected, and the transfers dated in its school year")));
            return false;
        }
        return true;
    }

    /**
     * The signer's certificate path and, if the settings give a revocation fetcher, its
     * revocation status: records-signing's one implementation, shared with the PDF verifier
     * (same anchors, same revocation handling, same codes {@code CERTIFICATE_PATH},
     * {@code CERTIFICATE_VALIDITY}, {@code REVOCATION}, {@code REVOCATION_FRESHNESS}). There is no
     * timestamp in the model, so no proof of an earlier existence: the path must hold at the
     * validation time, and a revoked certificate fails whenever it was revoked.
     */
    private List<XmlFinding> checkPath(FoundSignature signature, Certificates certificates) {
        PathValidation.Result result = PathValidation.check(certificates, signature.certificates().get(0),
                signature.certificates(), settings.validationTime(), Optional.empty(),
                Optional.of(signature.signingTime()), settings.revocationFetcher().isPresent(), true);
        List<XmlFinding> out = new ArrayList<>();
        for (PathValidation.Outcome o : result.outcomes()) {
            XmlCheck check = o.code().startsWith("REVOCATION") ? XmlCheck.REVOCATION : XmlCheck.CERTIFICATE_PATH;
            // With revocation required nothing is merely noted; were it, it would not fail the signature.
            out.add(o.kind() == PathValidation.Kind.FAILED ? XmlFinding.failed(check, o.code(), o.text())
                    : XmlFinding.passed(check, o.text()));
        }
        return out;
    }

    /**
     * The order, per school year (TT 70/2026 Điều 9 khoản 4: each year is signed and issued on
     * its own; a transaction's signatures form one sequence): roles never go back (subject
     * teachers, homeroom teacher, head of school, seal), signing times never go back, the seal
     * needs the head of school's signature before it, and nothing of that year follows its seal.
     * Codes as core's {@link SigningProblem}.
     */
    private static void checkOrder(List<Optional<FoundSignature>> found, List<List<XmlFinding>> findings,
            boolean headBeforeSeal) {
        // The order is the signed SigningTime (then the role, for one second), never the position:
        // the signing area groups the signatures by role.
        List<Integer> byTime = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).isPresent()) {
                byTime.add(i);
            }
        }
        byTime.sort(java.util.Comparator.comparing((Integer i) -> found.get(i).get().signingTime())
                .thenComparing(i -> found.get(i).get().role()));
        Map<Optional<SchoolYear>, OrderState> states = new HashMap<>();
        for (int i : byTime) {
            FoundSignature s = found.get(i).get();
            states.computeIfAbsent(s.year(), y -> new OrderState()).next(s, findings.get(i), headBeforeSeal);
        }
    }

    /** The signing sequence of one year, as far as read. */
    private static final class OrderState {
        private SigningRole highest;
        private Instant last;
        private boolean sealed;
        private boolean principal;

        void next(FoundSignature s, List<XmlFinding> out, boolean headBeforeSeal) {
            String role = s.role().vietnameseName();
            String year = s.year().map(y -> " (" + y + ")").orElse("");
            if (sealed) {
                out.add(XmlFinding.failed(XmlCheck.SIGNING_ORDER, SigningProblem.AFTER_SEAL.code(), LocalizedText.of(
                        role + " ký sau khi học bạ" + year + " đã được phát hành (ký số của cơ sở giáo dục)",
                        s.role() + " signed after the record" + year
                                + " was issued by the school's organisation signature")));
            } else if (highest != null && s.role().ordinal() < highest.ordinal()) {
                out.add(XmlFinding.failed(XmlCheck.SIGNING_ORDER, SigningProblem.OUT_OF_ORDER.code(), LocalizedText.of(
                        role + " ký sau " + highest.vietnameseName() + year + "; sai thứ tự",
                        s.role() + " signed after " + highest + year + ", out of order")));
            } else if (last != null && s.signingTime().isBefore(last)) {
                out.add(XmlFinding.failed(XmlCheck.SIGNING_ORDER, SigningProblem.OUT_OF_ORDER.code(), LocalizedText.of(
                        "thời gian ký " + s.signingTime() + " trước chữ ký trước đó " + last + year,
                        "signing time " + s.signingTime() + " precedes the previous signature's " + last + year)));
            } else if (s.role() == SigningRole.SCHOOL_SEAL && headBeforeSeal && !principal) {
                out.add(XmlFinding.failed(XmlCheck.SIGNING_ORDER, SigningProblem.OUT_OF_ORDER.code(), LocalizedText.of(
                        "ký phát hành" + year + " khi chưa có chữ ký của hiệu trưởng (CV 2088/BGDĐT-GDTH, mục 4.2)",
                        "issued" + year + " without the head of school's signature (CV 2088/BGDĐT-GDTH, 4.2)")));
            } else {
                out.add(XmlFinding.passed(XmlCheck.SIGNING_ORDER, LocalizedText.of(
                        role + " ký đúng lượt" + year, s.role() + " signed in turn" + year)));
            }
            highest = highest == null || s.role().ordinal() > highest.ordinal() ? s.role() : highest;
            last = last == null || s.signingTime().isAfter(last) ? s.signingTime() : last;
            sealed |= s.role() == SigningRole.SCHOOL_SEAL;
            principal |= s.role() == SigningRole.PRINCIPAL;
        }
    }

    private static String attribute(Element parent, String child) {
        List<Element> list = HocBaLayout.children(parent, HocBaLayout.DS, child);
        return list.size() == 1 ? list.get(0).getAttribute("Algorithm") : "(" + list.size() + " " + child + ")";
    }

    @Override
    public String toString() {
        return "DigitalTranscriptVerifier" + Map.of("anchors", settings.trustAnchors().anchors().size(),
                "at", settings.validationTime());
    }
}
