package vn.schoolrecords.signing.verify.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.bouncycastle.util.Store;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.rendering.RecordRendering;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.signing.internal.Certificates;
import vn.schoolrecords.signing.internal.PathValidation;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.PadesLevel;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.WeakAlgorithmException;
import vn.schoolrecords.signing.verify.AlgorithmReport;
import vn.schoolrecords.signing.verify.CertificateInfo;
import vn.schoolrecords.signing.verify.Finding;
import vn.schoolrecords.signing.verify.Indication;
import vn.schoolrecords.signing.verify.Modification;
import vn.schoolrecords.signing.verify.RevocationEvidence;
import vn.schoolrecords.signing.verify.RevocationReport;
import vn.schoolrecords.signing.verify.SignatureReport;
import vn.schoolrecords.signing.verify.SubIndication;
import vn.schoolrecords.signing.verify.TimestampReport;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/** One run of the verifier over one file; not reused, not shared. */
public final class Verification {

    private static final Provider BC = new BouncyCastleProvider();
    private static final COSName BYTE_RANGE = COSName.BYTERANGE;
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final COSName REFERENCE = COSName.getPDFName("Reference");
    private static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    private static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");
    private static final COSName DSS = COSName.getPDFName("DSS");

    private final byte[] pdf;
    private final TrustAnchors trust;
    private final VerificationPolicy policy;
    private final RawPdf raw;
    private final Map<Long, PDDocument> revisions = new HashMap<>();
    private final Map<Long, List<Modification>> regions = new HashMap<>();

    public Verification(byte[] pdf, TrustAnchors trust, VerificationPolicy policy) {
        this.pdf = pdf;
        this.trust = trust;
        this.policy = policy;
        this.raw = new RawPdf(pdf);
    }

    /** What is known of one signature while it is examined. */
    private static final class Draft {
        String field;
        SignatureReport.Kind kind = SignatureReport.Kind.SIGNATURE;
        Optional<String> subFilter = Optional.empty();
        List<Long> byteRange = List.of();
        long revisionEnd;
        int revision;
        Optional<String> name = Optional.empty();
        Optional<String> reason = Optional.empty();
        Optional<String> location = Optional.empty();
        Optional<CertificateInfo> signer = Optional.empty();
        List<CertificateInfo> chain = List.of();
        Optional<Instant> claimed = Optional.empty();
        Optional<TimestampReport> timestamp = Optional.empty();
        Optional<AlgorithmReport> algorithm = Optional.empty();
        List<RevocationReport> revocation = List.of();
        Optional<Integer> docMdp = Optional.empty();
        List<Modification> modifications = List.of();
        final List<SubIndication> problems = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        void fail(SubIndication s, String code, String vi, String en) {
            problems.add(s);
            findings.add(Finding.of(code, false, vi, en));
        }

        void pass(String code, String vi, String en) {
            findings.add(Finding.of(code, true, vi, en));
        }

        boolean fatal() {
            return problems.stream().anyMatch(p -> p.indication() == Indication.TOTAL_FAILED);
        }

        SignatureReport report() {
            Optional<SubIndication> worst = problems.stream().min(Comparator.naturalOrder());
            Indication indication = worst.map(SubIndication::indication).orElse(Indication.TOTAL_PASSED);
            return new SignatureReport(field, kind, subFilter, revision, byteRange, revisionEnd,
                    false, name, reason, location, signer, chain, claimed, timestamp, algorithm, revocation, docMdp,
                    modifications, indication, worst, findings, Optional.empty());
        }
    }

    public VerificationReport run() {
        PDDocument last = load(pdf);
        if (raw.trailingGarbageOffset() < 0) {
            // The whole file is its last revision: parse it once.
            revisions.put((long) pdf.length, last);
        }
        try {
            return verify(last);
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof vn.schoolrecords.core.RecordsException typed) {
                throw typed;
            }
            // Fail closed and typed: a structure the parser chokes on is not a verifiable document.
            throw new MalformedDocumentException("", -1, -1, LocalizedText.of(
                    "cấu trúc PDF không kiểm tra được: " + e, "the PDF structure cannot be verified: " + e), e);
        } finally {
            closeAll(last);
        }
    }

    private VerificationReport verify(PDDocument last) {
        List<Finding> documentFindings = new ArrayList<>();
        List<X509Certificate> dssCertificates = new ArrayList<>();
        RevocationEvidence dssEvidence = dss(last, dssCertificates);
        Certificates certificates = new Certificates(trust, dssCertificates, dssEvidence, policy.fetcher());

        List<Draft> drafts = new ArrayList<>();
        Map<String, COSDictionary> signatureDictionaries = signatures(last);
        Set<String> timestampFields = new HashSet<>();
        for (Map.Entry<String, COSDictionary> e : signatureDictionaries.entrySet()) {
            Draft d = new Draft();
            d.field = e.getKey();
            try {
                examine(d, e.getValue(), certificates);
            } catch (RuntimeException unexpected) {
                // Fail closed: whatever could not be examined did not pass.
                d.fail(SubIndication.FORMAT_FAILURE, "UNREADABLE", "không đọc được chữ ký: " + unexpected,
                        "the signature cannot be read: " + unexpected);
            }
            if (d.kind == SignatureReport.Kind.DOCUMENT_TIMESTAMP) {
                timestampFields.add(d.field);
            }
            drafts.add(d);
        }
        drafts.sort(Comparator.comparingLong((Draft d) -> d.revision == 0 ? Long.MAX_VALUE : d.revisionEnd));

        // DocMDP: the certification signature's permission governs every later revision.
        long certifiedAt = Long.MAX_VALUE;
        int permission = 0;
        for (Draft d : drafts) {
            if (d.docMdp.isPresent() && d.revision > 0) {
                if (d.revisionEnd < certifiedAt) {
                    certifiedAt = d.revisionEnd;
                    permission = d.docMdp.get();
                }
            }
        }
        for (Draft d : drafts) {
            if (d.docMdp.isPresent() && d.revisionEnd != certifiedAt) {
                d.fail(SubIndication.FORMAT_FAILURE, "DOC_MDP", "chữ ký chứng nhận (DocMDP) không phải chữ ký đầu tiên",
                        "a certification (DocMDP) signature is not the first signature");
            }
        }

        Map<Long, List<Modification>> changes = new HashMap<>();
        for (Draft d : drafts) {
            if (d.revision == 0) {
                continue;
            }
            final int p = d.revisionEnd >= certifiedAt ? permission : 0;
            List<Modification> m = changes.computeIfAbsent(d.revisionEnd, end -> changesAfter(end, last, p, timestampFields));
            d.modifications = m;
            List<Modification> bad = m.stream().filter(x -> !x.allowed()).toList();
            if (bad.isEmpty()) {
                d.pass("MODIFICATIONS", "tài liệu không bị sửa đổi sau khi ký" + (m.isEmpty() ? "" : " ngoài các thay đổi được phép ("
                        + m.size() + ")"), "the document was not modified after signing" + (m.isEmpty() ? ""
                        : " beyond allowed changes (" + m.size() + ")"));
            } else {
                d.fail(SubIndication.DISALLOWED_MODIFICATION, "MODIFICATIONS", "tài liệu bị sửa đổi sau khi ký: "
                        + bad.get(0).text().vi() + (bad.size() > 1 ? " và " + (bad.size() - 1) + " thay đổi khác" : ""),
                        "the document was modified after signing: " + bad.get(0).text().en()
                        + (bad.size() > 1 ? " and " + (bad.size() - 1) + " more changes" : ""));
            }
        }

        policy.rendering().ifPresent(rendering -> {
            Map<Long, Optional<String[]>> checked = new HashMap<>();
            for (Draft d : drafts) {
                if (d.kind == SignatureReport.Kind.SIGNATURE && d.revision > 0 && !d.fatal()) {
                    dataBound(d, rendering, checked);
                }
            }
        });

        // The latest revision a usable document timestamp covers: signatures before it are B-LTA if B-LT.
        long archivedUpTo = drafts.stream().filter(d -> d.kind == SignatureReport.Kind.DOCUMENT_TIMESTAMP
                && d.timestamp.filter(TimestampReport::usable).isPresent() && !d.fatal())
                .mapToLong(d -> d.revisionEnd).max().orElse(-1);
        List<SignatureReport> reports = new ArrayList<>();
        for (Draft d : drafts) {
            SignatureReport r = d.report();
            Optional<PadesLevel> level = level(d, archivedUpTo);
            reports.add(new SignatureReport(r.fieldName(), r.kind(), r.subFilter(), r.revision(), r.byteRange(),
                    r.revisionEnd(), r.revision() > 0 && r.revisionEnd() == pdf.length, r.signerName(), r.reason(),
                    r.location(), r.signer(), r.chain(), r.claimedSigningTime(), r.timestamp(), r.algorithm(),
                    r.revocation(), r.docMdpPermission(), r.modifications(), r.indication(), r.subIndication(),
                    r.findings(), level));
        }
        Optional<SubIndication> worst = reports.stream().map(SignatureReport::subIndication).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        Indication indication = worst.map(SubIndication::indication).orElse(Indication.TOTAL_PASSED);
        if (reports.isEmpty()) {
            worst = Optional.of(SubIndication.SIGNED_DATA_NOT_FOUND);
            indication = Indication.INDETERMINATE;
            documentFindings.add(Finding.of("SIGNATURES", false, "tài liệu không có chữ ký số nào",
                    "the document has no digital signature"));
        } else {
            documentFindings.add(Finding.of("SIGNATURES", true, "tài liệu có " + reports.size() + " chữ ký/dấu thời gian",
                    "the document has " + reports.size() + " signatures/timestamps"));
        }
        return new VerificationReport(policy.validationTime(), pdf.length, raw.revisionEnds().size(), reports, indication,
                worst, documentFindings);
    }

    /**
     * The baseline level from what the document holds (ETSI EN 319 142-1 §6.3): a signature read
     * with its signer is B-B; a usable signature timestamp makes it B-T; revocation data for its
     * whole path from the DSS makes it B-LT; a usable document timestamp over a later revision
     * makes it B-LTA. Whether the signature passes is the verdict's business, not the level's.
     */
    private static Optional<PadesLevel> level(Draft d, long archivedUpTo) {
        if (d.kind != SignatureReport.Kind.SIGNATURE || d.signer.isEmpty() || d.revision == 0) {
            return Optional.empty();
        }
        if (d.timestamp.filter(TimestampReport::usable).isEmpty()) {
            return Optional.of(PadesLevel.B_B);
        }
        boolean lt = !d.revocation.isEmpty() && d.revocation.stream()
                .allMatch(r -> r.source() == RevocationReport.Source.DOCUMENT && r.status() != RevocationReport.Status.UNKNOWN);
        if (!lt) {
            return Optional.of(PadesLevel.B_T);
        }
        return Optional.of(archivedUpTo > d.revisionEnd ? PadesLevel.B_LTA : PadesLevel.B_LT);
    }

    /**
     * The data-bound check: the signed revision's embedded record, re-rendered, must give the
     * signed pages' text (whitespace normalised), page for page. The outcome of one revision is
     * shared by the signatures that cover it: empty if it holds, else {vi, en} of the failure.
     */
    private void dataBound(Draft d, RecordRendering rendering, Map<Long, Optional<String[]>> checked) {
        if (!checked.containsKey(d.revisionEnd)) {
            checked.put(d.revisionEnd, null);
            PDDocument signed = revision(d.revisionEnd);
            List<EmbeddedJson.Found> records;
            try {
                records = signed == null ? List.of() : EmbeddedJson.find(signed);
            } catch (IOException | RuntimeException e) {
                records = List.of();
            }
            for (EmbeddedJson.Found record : records) {
                Optional<List<String>> expected;
                try {
                    expected = rendering.pageTexts(record.schema(), record.json());
                } catch (RuntimeException e) {
                    String why = e instanceof vn.schoolrecords.core.RecordsException r ? r.getMessage() : String.valueOf(e);
                    checked.put(d.revisionEnd, Optional.of(new String[] {
                        "không dựng lại được trang từ dữ liệu JSON đính kèm (" + record.schema() + "): " + why,
                        "the embedded JSON (" + record.schema() + ") cannot be re-rendered: " + why}));
                    break;
                }
                if (expected.isEmpty()) {
                    continue;
                }
                checked.put(d.revisionEnd, Optional.ofNullable(compare(signed, expected.get())));
                break;
            }
        }
        Optional<String[]> outcome = checked.get(d.revisionEnd);
        if (outcome == null) {
            d.findings.add(Finding.of("DATA_BOUND", false, "phiên bản được ký không mang dữ liệu JSON có thể dựng lại: không đối chiếu được",
                    "the signed revision carries no JSON record the rendering knows: not checked"));
        } else if (outcome.isEmpty()) {
            d.pass("DATA_BOUND", "nội dung hiển thị của các trang được ký khớp với dữ liệu JSON đính kèm",
                    "the signed pages' visible text matches the embedded JSON record");
        } else {
            d.fail(SubIndication.DATA_MISMATCH, "DATA_BOUND", outcome.get()[0], outcome.get()[1]);
        }
    }

    /** The first page whose text differs, as {vi, en}; null if every page matches. */
    private static String[] compare(PDDocument signed, List<String> expected) {
        int pages = signed.getNumberOfPages();
        if (pages != expected.size()) {
            return new String[] {
                "tài liệu được ký có " + pages + " trang, dữ liệu JSON đính kèm dựng lại được " + expected.size() + " trang",
                "the signed document has " + pages + " pages; the embedded JSON renders " + expected.size()};
        }
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (!normalised(stripper.getText(signed)).equals(normalised(expected.get(p - 1)))) {
                    return new String[] {
                        "nội dung hiển thị của trang " + p + " KHÔNG KHỚP với dữ liệu JSON đính kèm",
                        "the visible text of page " + p + " does NOT match the embedded JSON record"};
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return new String[] {"không đọc được nội dung trang của tài liệu được ký", "the signed pages' text cannot be read"};
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- one signature

    private void examine(Draft d, COSDictionary sig, Certificates certificates) {
        PDSignature signature = new PDSignature(sig);
        d.kind = DOC_TIME_STAMP.equals(sig.getCOSName(COSName.TYPE)) ? SignatureReport.Kind.DOCUMENT_TIMESTAMP
                : SignatureReport.Kind.SIGNATURE;
        d.subFilter = Optional.ofNullable(sig.getNameAsString(COSName.SUB_FILTER));
        d.name = Optional.ofNullable(signature.getName());
        d.reason = Optional.ofNullable(signature.getReason());
        d.location = Optional.ofNullable(signature.getLocation());
        d.claimed = claimedTime(signature);
        d.docMdp = docMdp(sig);

        // 1. The byte range, on the raw bytes.
        long[] range = byteRange(sig);
        if (range == null) {
            d.fail(SubIndication.FORMAT_FAILURE, "BYTE_RANGE", "/ByteRange thiếu hoặc sai dạng (cần 4 số nguyên)",
                    "/ByteRange is missing or malformed (four integers expected)");
            return;
        }
        d.byteRange = Arrays.stream(range).boxed().toList();
        if (!(sig.getDictionaryObject(COSName.CONTENTS) instanceof COSString contents) || contents.getBytes().length == 0) {
            d.fail(SubIndication.FORMAT_FAILURE, "CONTENTS", "/Contents thiếu, rỗng hoặc không phải chuỗi",
                    "/Contents is missing, empty or not a string");
            return;
        }
        if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0 || range[2] + range[3] > pdf.length) {
            d.fail(SubIndication.FORMAT_FAILURE, "BYTE_RANGE", "/ByteRange " + d.byteRange
                    + " không bắt đầu từ 0 hoặc vượt ra ngoài tệp", "/ByteRange " + d.byteRange
                    + " does not start at 0 or goes beyond the file");
            return;
        }
        Optional<byte[]> gap = raw.gapHexString(range[1], range[2]);
        if (gap.isEmpty() || !Arrays.equals(gap.get(), contents.getBytes())) {
            d.fail(SubIndication.FORMAT_FAILURE, "BYTE_RANGE_GAP", "phần bị loại trừ khỏi /ByteRange không đúng là chuỗi /Contents",
                    "the gap of /ByteRange is not exactly the /Contents hex string");
            return;
        }
        d.revisionEnd = range[2] + range[3];
        d.revision = raw.revisionEndingAt(d.revisionEnd);
        if (d.revision == 0) {
            d.fail(SubIndication.FORMAT_FAILURE, "REVISION", "/ByteRange không kết thúc ở cuối một phiên bản (%%EOF)",
                    "/ByteRange does not end at the end of a revision (%%EOF)");
            return;
        }
        // 2. The signed revision itself must hold this signature with this range and value.
        if (!revisionHolds(d.field, d.revisionEnd, range, contents.getBytes())) {
            d.fail(SubIndication.FORMAT_FAILURE, "REVISION", "phiên bản được ký không chứa đúng chữ ký này",
                    "the signed revision does not hold this very signature");
            return;
        }
        d.pass("BYTE_RANGE", "/ByteRange " + d.byteRange + " phủ phiên bản " + d.revision + " trừ đúng chuỗi /Contents",
                "/ByteRange " + d.byteRange + " covers revision " + d.revision + " except exactly the /Contents string");

        if (d.kind == SignatureReport.Kind.DOCUMENT_TIMESTAMP) {
            documentTimestamp(d, contents.getBytes(), range, certificates);
        } else {
            cms(d, contents.getBytes(), range, certificates);
        }
    }

    private void cms(Draft d, byte[] contents, long[] range, Certificates certificates) {
        String subFilter = d.subFilter.orElse("");
        if (!subFilter.equals("ETSI.CAdES.detached") && !subFilter.equals("adbe.pkcs7.detached")) {
            d.fail(SubIndication.FORMAT_FAILURE, "SUB_FILTER", "/SubFilter '" + subFilter + "' không được hỗ trợ",
                    "/SubFilter '" + subFilter + "' is not supported");
            return;
        }
        CMSSignedData cms;
        SignerInformation info;
        try {
            cms = new CMSSignedData(contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1 || cms.getSignedContent() != null) {
                d.fail(SubIndication.FORMAT_FAILURE, "CMS", "chữ ký CMS phải tách rời và có đúng một người ký",
                        "the CMS signature must be detached with exactly one signer");
                return;
            }
            info = signers.iterator().next();
        } catch (Exception e) {
            d.fail(SubIndication.FORMAT_FAILURE, "CMS", "không đọc được chữ ký CMS", "the CMS signature cannot be read");
            return;
        }
        X509Certificate signer = signerCertificate(cms.getCertificates(), info);
        ASN1ObjectIdentifier digestOid = info.getDigestAlgorithmID().getAlgorithm();
        byte[] digest;
        try {
            digest = digest(digestOid, range);
        } catch (GeneralSecurityException e) {
            d.fail(SubIndication.FORMAT_FAILURE, "DIGEST", "thuật toán băm không được hỗ trợ: " + digestOid,
                    "unsupported digest algorithm: " + digestOid);
            return;
        }
        AttributeTable signed = info.getSignedAttributes();
        if (signed == null || signed.get(CMSAttributes.messageDigest) == null) {
            d.fail(SubIndication.FORMAT_FAILURE, "CMS", "chữ ký thiếu thuộc tính message-digest",
                    "the signature has no message-digest attribute");
            return;
        }
        byte[] claimed = ASN1OctetString.getInstance(signed.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0))
                .getOctets();
        if (!MessageDigest.isEqual(claimed, digest)) {
            d.fail(SubIndication.HASH_FAILURE, "HASH", "giá trị băm của phần được ký không khớp: nội dung đã bị thay đổi",
                    "the digest of the signed bytes does not match: the content was altered");
            return;
        }
        d.pass("HASH", "giá trị băm khớp (" + digestName(digestOid) + ")", "the digest matches (" + digestName(digestOid) + ")");
        if (signer == null) {
            d.fail(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, "SIGNER", "chữ ký không mang chứng thư số của người ký",
                    "the signature does not carry the signer's certificate");
            return;
        }
        d.signer = Optional.of(CertificateInfo.from(signer));
        try {
            CMSSignedData withDigest = new CMSSignedData(Map.of(digestOid, digest), contents);
            SignerInformation again = withDigest.getSignerInfos().getSigners().iterator().next();
            if (!again.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(signer))) {
                d.fail(SubIndication.SIG_CRYPTO_FAILURE, "SIGNATURE_VALUE", "giá trị chữ ký không hợp lệ với khóa công khai của người ký",
                        "the signature value does not verify with the signer's public key");
                return;
            }
        } catch (CMSSignerDigestMismatchException e) {
            d.fail(SubIndication.HASH_FAILURE, "HASH", "giá trị băm không khớp", "the digest does not match");
            return;
        } catch (Exception e) {
            d.fail(SubIndication.SIG_CRYPTO_FAILURE, "SIGNATURE_VALUE", "giá trị chữ ký không hợp lệ: " + e.getMessage(),
                    "the signature value does not verify: " + e.getMessage());
            return;
        }
        d.pass("SIGNATURE_VALUE", "giá trị chữ ký hợp lệ", "the signature value verifies");
        essSigningCertificate(d, signed, signer);
        algorithms(d, signer, digestOid, info.getEncryptionAlgOID());

        // Signature timestamp (B-T): the imprint is the digest of the signature value.
        AttributeTable unsigned = info.getUnsignedAttributes();
        Attribute tst = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (tst != null) {
            try {
                byte[] token = tst.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
                d.timestamp = Optional.of(timestamp(token, info.getSignature(), null, certificates, d));
                if (!d.timestamp.get().imprintMatches() || !d.timestamp.get().signatureValid()) {
                    d.fail(SubIndication.HASH_FAILURE, "TIMESTAMP", "dấu thời gian chữ ký không khớp hoặc không hợp lệ",
                            "the signature timestamp does not match or does not verify");
                    return;
                }
            } catch (IOException | RuntimeException e) {
                d.fail(SubIndication.FORMAT_FAILURE, "TIMESTAMP", "không đọc được dấu thời gian chữ ký",
                        "the signature timestamp cannot be read");
                return;
            }
        }
        if (d.claimed.isPresent() && d.timestamp.filter(TimestampReport::usable).isPresent()
                && d.claimed.get().isAfter(d.timestamp.get().genTime().plusSeconds(300))) {
            d.findings.add(Finding.of("SIGNING_TIME", false, "thời điểm ký khai báo (/M) sau dấu thời gian",
                    "the claimed signing time (/M) is after the timestamp"));
        }
        keyUsage(d, signer);
        pathAndRevocation(d, signer, carried(cms.getCertificates()), certificates);
    }

    private void documentTimestamp(Draft d, byte[] contents, long[] range, Certificates certificates) {
        if (!"ETSI.RFC3161".equals(d.subFilter.orElse(""))) {
            d.fail(SubIndication.FORMAT_FAILURE, "SUB_FILTER", "dấu thời gian tài liệu phải có /SubFilter ETSI.RFC3161",
                    "a document timestamp must have /SubFilter ETSI.RFC3161");
            return;
        }
        TimestampReport report;
        try {
            report = timestamp(contents, null, range, certificates, d);
        } catch (RuntimeException e) {
            d.fail(SubIndication.FORMAT_FAILURE, "TIMESTAMP", "không đọc được dấu thời gian tài liệu",
                    "the document timestamp cannot be read");
            return;
        }
        d.timestamp = Optional.of(report);
        d.claimed = Optional.of(report.genTime());
        d.signer = report.authority();
        if (!report.imprintMatches()) {
            d.fail(SubIndication.HASH_FAILURE, "HASH", "dấu thời gian tài liệu không khớp với nội dung",
                    "the document timestamp does not match the content");
            return;
        }
        if (!report.signatureValid()) {
            d.fail(SubIndication.SIG_CRYPTO_FAILURE, "SIGNATURE_VALUE", "chữ ký của dấu thời gian không hợp lệ",
                    "the timestamp's signature does not verify");
            return;
        }
        d.pass("HASH", "dấu thời gian tài liệu khớp với nội dung", "the document timestamp matches the content");
        d.chain = report.chain();
        if (!report.trusted()) {
            d.fail(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "CERTIFICATE_PATH", "đơn vị cấp dấu thời gian không được tin cậy",
                    "the timestamp authority is not trusted");
        }
    }

    private TimestampReport timestamp(byte[] encoded, byte[] stampedValue, long[] stampedRange, Certificates certificates,
            Draft d) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(encoded));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a timestamp token", e);
        }
        ASN1ObjectIdentifier oid = token.getTimeStampInfo().getMessageImprintAlgOID();
        byte[] expected;
        try {
            expected = stampedValue != null ? messageDigest(oid.getId()).digest(stampedValue)
                    : digest(oid, stampedRange);
        } catch (GeneralSecurityException e) {
            expected = new byte[0];
        }
        boolean imprint = MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest());
        X509Certificate authority = signerCertificate(token.getCertificates(), token.getSID());
        if (authority == null) {
            // A token may leave its authority's certificate out; the DSS or the configuration may hold it.
            authority = certificates.find(token.getSID()).orElse(null);
        }
        boolean valid = false;
        if (authority != null) {
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(authority));
                valid = true;
            } catch (Exception e) {
                valid = false;
            }
        }
        Instant genTime = token.getTimeStampInfo().getGenTime().toInstant();
        List<CertificateInfo> chain = List.of();
        boolean trusted = false;
        if (authority != null && valid) {
            List<X509Certificate> carried = carried(token.getCertificates());
            X509Certificate tsa = authority;
            Optional<Certificates.Path> path = certificates.build(tsa, carried, policy.validationTime())
                    .or(() -> certificates.build(tsa, carried, genTime));
            if (path.isPresent()) {
                trusted = authorityNotRevoked(path.get(), genTime, certificates, d);
                chain = path.get().withAnchor().stream().map(CertificateInfo::from).toList();
            }
        }
        return new TimestampReport(genTime, digestName(oid), imprint, valid,
                Optional.ofNullable(authority).map(CertificateInfo::from), trusted, chain);
    }

    /**
     * The authority's path must not have been revoked when it stamped: a token from a revoked
     * authority proves no time. An unknown status is reported and does not void the token, since
     * B-T files rarely carry the authority's revocation data and its certificate is short-lived.
     */
    private static boolean authorityNotRevoked(Certificates.Path path, Instant genTime, Certificates certificates, Draft d) {
        for (RevocationReport r : certificates.revocation(path)) {
            String who = r.certificate().commonName();
            if (r.status() == RevocationReport.Status.REVOKED && !r.revokedAt().orElse(Instant.MIN).isAfter(genTime)) {
                d.findings.add(Finding.of("TIMESTAMP_REVOCATION", false, "chứng thư " + who + " của đơn vị cấp dấu thời gian bị thu hồi lúc "
                        + r.revokedAt().orElse(null) + ", trước khi cấp dấu thời gian: dấu thời gian không có giá trị chứng minh",
                        "certificate " + who + " of the timestamp authority was revoked at " + r.revokedAt().orElse(null)
                        + ", before it stamped: the timestamp proves nothing"));
                return false;
            }
            if (r.status() == RevocationReport.Status.UNKNOWN) {
                d.findings.add(Finding.of("TIMESTAMP_REVOCATION", false, "không rõ tình trạng thu hồi của chứng thư " + who
                        + " của đơn vị cấp dấu thời gian", "the revocation status of the timestamp authority's certificate "
                        + who + " is unknown"));
            }
        }
        return true;
    }

    private void essSigningCertificate(Draft d, AttributeTable signed, X509Certificate signer) {
        Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 == null) {
            d.findings.add(Finding.of("SIGNING_CERTIFICATE", false, "thiếu thuộc tính signing-certificate-v2 (PAdES yêu cầu)",
                    "no signing-certificate-v2 attribute (PAdES requires it)"));
            return;
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
            byte[] hash = messageDigest(id.getHashAlgorithm().getAlgorithm().getId()).digest(signer.getEncoded());
            if (!MessageDigest.isEqual(hash, id.getCertHash())) {
                d.fail(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, "SIGNING_CERTIFICATE",
                        "chứng thư số kèm theo không phải chứng thư số đã được ký (signing-certificate-v2)",
                        "the certificate carried is not the one signed for (signing-certificate-v2)");
                return;
            }
            d.pass("SIGNING_CERTIFICATE", "chứng thư số của người ký khớp thuộc tính signing-certificate-v2",
                    "the signer's certificate matches the signing-certificate-v2 attribute");
        } catch (Exception e) {
            d.fail(SubIndication.FORMAT_FAILURE, "SIGNING_CERTIFICATE", "thuộc tính signing-certificate-v2 sai dạng",
                    "the signing-certificate-v2 attribute is malformed");
        }
    }

    private void algorithms(Draft d, X509Certificate signer, ASN1ObjectIdentifier digestOid, String encryptionOid) {
        SignatureScheme scheme = scheme(encryptionOid);
        String digestName = digestName(digestOid);
        String keyAlgorithm = signer.getPublicKey().getAlgorithm();
        if (scheme == null) {
            d.algorithm = Optional.of(new AlgorithmReport(digestName, encryptionOid, keyAlgorithm, 0, false,
                    Optional.of(LocalizedText.of("lược đồ chữ ký " + encryptionOid + " không được chấp nhận",
                            "signature scheme " + encryptionOid + " is not accepted"))));
            d.fail(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, "ALGORITHMS", "lược đồ chữ ký không được chấp nhận",
                    "the signature scheme is not accepted");
            return;
        }
        try {
            AlgorithmChoice choice = policy.algorithms().check(signer.getPublicKey(), digestName, scheme);
            d.algorithm = Optional.of(new AlgorithmReport(choice.digest(), scheme.name(), choice.keyAlgorithm(),
                    choice.keyBits(), true, Optional.empty()));
            d.pass("ALGORITHMS", "thuật toán " + scheme + ", " + choice.digest() + ", khóa " + choice.keyAlgorithm() + " "
                    + choice.keyBits() + " bit được chấp nhận (TT 15/2025/TT-BKHCN)", "algorithms " + scheme + ", "
                    + choice.digest() + ", " + choice.keyAlgorithm() + " " + choice.keyBits()
                    + "-bit key are accepted (TT 15/2025/TT-BKHCN)");
        } catch (WeakAlgorithmException e) {
            d.algorithm = Optional.of(new AlgorithmReport(digestName, scheme.name(), keyAlgorithm, e.keyBits(), false,
                    Optional.of(e.text())));
            d.fail(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, "ALGORITHMS", e.text().vi(), e.text().en());
        }
    }

    private static void keyUsage(Draft d, X509Certificate signer) {
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || (usage.length > 1 && usage[1]))) {
            d.fail(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "KEY_USAGE", "chứng thư số không được phép dùng để ký",
                    "the certificate's key usage does not allow signing");
        }
    }

    private void pathAndRevocation(Draft d, X509Certificate signer, List<X509Certificate> carried, Certificates certificates) {
        Optional<Instant> poe = d.timestamp.filter(TimestampReport::usable).map(TimestampReport::genTime);
        PathValidation.Result result = PathValidation.check(certificates, signer, carried, policy.validationTime(), poe,
                d.claimed, true, policy.revocationRequired());
        result.path().ifPresent(p -> d.chain = p.withAnchor().stream().map(CertificateInfo::from).toList());
        d.revocation = result.revocation();
        for (PathValidation.Outcome o : result.outcomes()) {
            switch (o.kind()) {
                case PASSED -> d.findings.add(Finding.of(o.code(), true, o.text().vi(), o.text().en()));
                case NOTED -> d.findings.add(Finding.of(o.code(), false, o.text().vi(), o.text().en()));
                case FAILED -> d.fail(o.problem().orElseThrow(), o.code(), o.text().vi(), o.text().en());
            }
        }
    }

    // ---------------------------------------------------------------- revisions and changes

    /** The signed revision, parsed alone, holds the same field with the same range and value. */
    private boolean revisionHolds(String field, long end, long[] range, byte[] contents) {
        PDDocument revision = revision(end);
        if (revision == null) {
            return false;
        }
        COSDictionary sig = signatures(revision).get(field);
        if (sig == null || !Arrays.equals(range, byteRange(sig))
                || !(sig.getDictionaryObject(COSName.CONTENTS) instanceof COSString s) || !Arrays.equals(s.getBytes(), contents)) {
            return false;
        }
        return true;
    }

    private List<Modification> changesAfter(long end, PDDocument last, int docMdp, Set<String> timestampFields) {
        List<Modification> all = new ArrayList<>();
        PDDocument revision = revision(end);
        if (revision == null) {
            all.add(new Modification(Modification.Kind.UNREADABLE_REVISION, 0, 0, Optional.empty(), false,
                    LocalizedText.of("không đọc được phiên bản được ký", "the signed revision cannot be read")));
            return all;
        }
        if (end < pdf.length || raw.trailingGarbageOffset() >= 0) {
            try {
                all.addAll(ModificationAnalysis.between(revision, last, docMdp, timestampFields));
            } catch (RuntimeException | StackOverflowError e) {
                all.add(new Modification(Modification.Kind.UNREADABLE_REVISION, 0, 0, Optional.empty(), false,
                        LocalizedText.of("không so sánh được với bản cuối: " + e, "cannot compare with the final file: " + e)));
            }
        }
        all.addAll(rawChanges(end, last));
        return all;
    }

    /** Later revisions must each end with their own cross-reference, list every object they hold, and nothing may follow the last. */
    private List<Modification> rawChanges(long end, PDDocument last) {
        List<Modification> found = new ArrayList<>();
        long from = end;
        for (long e : raw.revisionEnds()) {
            if (e <= end) {
                continue;
            }
            long start = from;
            found.addAll(regions.computeIfAbsent(e, x -> region(start, x, last)));
            from = e;
        }
        long garbage = raw.trailingGarbageOffset();
        if (garbage >= 0) {
            found.add(new Modification(Modification.Kind.TRAILING_BYTES, 0, 0, Optional.empty(), false,
                    LocalizedText.of("có dữ liệu sau dấu kết thúc tệp cuối cùng, từ byte " + garbage,
                            "there are bytes after the last end-of-file marker, from offset " + garbage)));
        }
        return found;
    }

    /** The raw checks of one appended revision, made once however many signatures precede it. */
    private List<Modification> region(long from, long e, PDDocument last) {
        List<Modification> found = new ArrayList<>();
        if (!raw.hasOwnCrossReference(from, e)) {
            found.add(new Modification(Modification.Kind.TRAILING_BYTES, 0, 0, Optional.empty(), false,
                    LocalizedText.of("phần thêm vào từ byte " + from + " không có bảng tham chiếu chéo riêng",
                            "the bytes appended from offset " + from + " have no cross-reference of their own")));
        }
        PDDocument at = e == raw.revisionEnds().get(raw.revisionEnds().size() - 1) && raw.trailingGarbageOffset() < 0
                ? last : revision(e);
        Map<COSObjectKey, Long> xref = at == null ? Map.of() : at.getDocument().getXrefTable();
        long xrefStream = raw.startxref(from, e);
        for (RawPdf.Header h : raw.headers(from, e)) {
            if (h.offset() == xrefStream) {
                continue; // a cross-reference stream does not list itself
            }
            Long offset = xref.get(new COSObjectKey(h.objectNumber(), h.generation()));
            if (offset == null || offset != h.offset()) {
                found.add(new Modification(Modification.Kind.HIDDEN_OBJECT, h.objectNumber(), h.generation(),
                        Optional.empty(), false, LocalizedText.of("đối tượng " + h.objectNumber() + " " + h.generation()
                                + " ở byte " + h.offset() + " không có trong bảng tham chiếu chéo",
                                "object " + h.objectNumber() + " " + h.generation() + " at offset " + h.offset()
                                + " is not in the cross-reference")));
            }
        }
        return found;
    }

    private PDDocument revision(long end) {
        if (revisions.containsKey(end)) {
            return revisions.get(end);
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(Arrays.copyOf(pdf, (int) end));
        } catch (IOException | RuntimeException e) {
            doc = null;
        }
        revisions.put(end, doc);
        return doc;
    }

    // ---------------------------------------------------------------- PDF reading

    /** Signature dictionaries by field name: every signature field with a value, also widgets outside /Fields. */
    private static Map<String, COSDictionary> signatures(PDDocument document) {
        Map<String, COSDictionary> found = new LinkedHashMap<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDSignatureField && f.getCOSObject().getDictionaryObject(COSName.V) instanceof COSDictionary v) {
                    found.putIfAbsent(f.getFullyQualifiedName(), v);
                }
            }
        }
        // A signature reachable only from a page's annotations still shows in viewers: examine it too.
        int page = 0;
        for (var p : document.getPages()) {
            page++;
            if (!(p.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots)) {
                continue;
            }
            for (int i = 0; i < annots.size(); i++) {
                if (annots.getObject(i) instanceof COSDictionary a && COSName.SIG.equals(a.getCOSName(COSName.FT))
                        && a.getDictionaryObject(COSName.V) instanceof COSDictionary v && !found.containsValue(v)) {
                    found.put("(page " + page + " widget " + i + ")", v);
                }
            }
        }
        return found;
    }

    private static long[] byteRange(COSDictionary sig) {
        if (!(sig.getDictionaryObject(BYTE_RANGE) instanceof COSArray array) || array.size() != 4) {
            return null;
        }
        long[] range = new long[4];
        for (int i = 0; i < 4; i++) {
            if (!(array.getObject(i) instanceof COSNumber n) || n.floatValue() != n.longValue()) {
                return null;
            }
            range[i] = n.longValue();
        }
        return range;
    }

    private static Optional<Integer> docMdp(COSDictionary sig) {
        if (!(sig.getDictionaryObject(REFERENCE) instanceof COSArray refs)) {
            return Optional.empty();
        }
        for (int i = 0; i < refs.size(); i++) {
            if (refs.getObject(i) instanceof COSDictionary ref && "DocMDP".equals(ref.getNameAsString(TRANSFORM_METHOD))) {
                COSDictionary params = ref.getCOSDictionary(TRANSFORM_PARAMS);
                int p = params == null ? 2 : params.getInt(COSName.P, 2);
                return Optional.of(p < 1 || p > 3 ? 1 : p);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> claimedTime(PDSignature signature) {
        try {
            Calendar c = signature.getSignDate();
            return Optional.ofNullable(c).map(Calendar::toInstant);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static RevocationEvidence dss(PDDocument document, List<X509Certificate> certificates) {
        if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(DSS) instanceof COSDictionary dss)) {
            return RevocationEvidence.NONE;
        }
        for (byte[] der : streams(dss, "Certs")) {
            try {
                certificates.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)));
            } catch (Exception e) {
                // An unreadable certificate in the DSS helps no path; it is skipped, not trusted.
            }
        }
        return new RevocationEvidence(streams(dss, "OCSPs"), streams(dss, "CRLs"));
    }

    private static List<byte[]> streams(COSDictionary dss, String key) {
        List<byte[]> list = new ArrayList<>();
        if (dss.getDictionaryObject(COSName.getPDFName(key)) instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        list.add(in.readAllBytes());
                    } catch (IOException e) {
                        // Skipped like an unreadable certificate.
                    }
                }
            }
        }
        return list;
    }

    private static SignatureScheme scheme(String oid) {
        return switch (oid) {
            case "1.2.840.113549.1.1.10" -> SignatureScheme.RSASSA_PSS;
            case "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11", "1.2.840.113549.1.1.12", "1.2.840.113549.1.1.13",
                    "1.2.840.113549.1.1.14", "1.2.840.113549.1.1.5", "1.2.840.113549.1.1.4" -> SignatureScheme.RSASSA_PKCS1_V1_5;
            default -> oid.startsWith("1.2.840.10045.") ? SignatureScheme.ECDSA : null;
        };
    }

    private static String digestName(ASN1ObjectIdentifier oid) {
        String name = new DefaultAlgorithmNameFinder().getAlgorithmName(oid);
        return switch (name) {
            case "SHA256" -> "SHA-256";
            case "SHA384" -> "SHA-384";
            case "SHA512" -> "SHA-512";
            case "SHA1" -> "SHA-1";
            case "SHA224" -> "SHA-224";
            default -> name;
        };
    }

    private byte[] digest(ASN1ObjectIdentifier oid, long[] range) throws GeneralSecurityException {
        MessageDigest md = messageDigest(oid.getId());
        md.update(pdf, (int) range[0], (int) range[1]);
        md.update(pdf, (int) range[2], (int) range[3]);
        return md.digest();
    }

    /** The JDK's digest when it has one (it is the faster, with CPU intrinsics), else Bouncy Castle's. */
    private static MessageDigest messageDigest(String oid) throws GeneralSecurityException {
        try {
            return MessageDigest.getInstance(oid);
        } catch (GeneralSecurityException e) {
            return MessageDigest.getInstance(oid, BC);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static X509Certificate signerCertificate(Store<X509CertificateHolder> store, Object selector) {
        try {
            Collection<X509CertificateHolder> matches = store.getMatches((Selector) selector);
            if (matches.isEmpty()) {
                return null;
            }
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(matches.iterator().next());
        } catch (Exception e) {
            return null;
        }
    }

    private static X509Certificate signerCertificate(Store<X509CertificateHolder> store, SignerInformation info) {
        return signerCertificate(store, (Object) info.getSID());
    }

    private static List<X509Certificate> carried(Store<X509CertificateHolder> store) {
        List<X509Certificate> list = new ArrayList<>();
        try {
            for (X509CertificateHolder h : store.getMatches(null)) {
                list.add(new JcaX509CertificateConverter().setProvider(BC).getCertificate(h));
            }
        } catch (Exception e) {
            // Unreadable extra certificates do not help a path.
        }
        return list;
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException | RuntimeException e) {
            throw new MalformedDocumentException("", -1, -1, LocalizedText.of(
                    "không đọc được tệp PDF: " + e.getMessage(), "cannot read the PDF: " + e.getMessage()), e);
        }
    }

    private void closeAll(PDDocument last) {
        for (PDDocument d : revisions.values()) {
            if (d != last) {
                closeQuietly(d);
            }
        }
        closeQuietly(last);
    }

    private static void closeQuietly(PDDocument d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException e) {
                // Nothing was written; closing only frees memory.
            }
        }
    }
}
