package vn.schoolrecords.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;
import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.verify.RevocationEvidence;
import vn.schoolrecords.signing.verify.RevocationFetcher;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.TrustConfigurationException;

/**
 * Attacks on a signed học bạ số, each rejected by the verifier with its reason: a changed score,
 * a wrapped or duplicated data region (XML Signature Wrapping), a signature moved to other data,
 * a re-ordered signing sequence, a signature after issue, a changed signing time, an untrusted CA.
 */
class XmlSignatureAttacksTest {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    static final char[] PASSWORD = "mat-khau".toCharArray();
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String DATA_ID = TestHocBa.dataId();

    static TestPki pki;
    static Credential mathsTeacher;
    static Credential homeroomTeacher;
    static Credential principal;
    static Credential seal;
    static byte[] teachers;
    static byte[] headSigned;
    static byte[] issued;

    static final XmlSignatureService SERVICE = XmlSignatureService.of(
            Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC), CompletionLedger.inMemory());

    @BeforeAll
    static void signFour() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        mathsTeacher = pki.person("Trần Văn Toán", KeyKind.EC_P256);
        homeroomTeacher = pki.person("Lê Thị Chủ Nhiệm", KeyKind.RSA_2048);
        principal = pki.person("Phạm Hiệu Trưởng", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
        teachers = sign(sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW), homeroomTeacher,
                TestHocBa.HOMEROOM, NOW.plusSeconds(60));
        headSigned = sign(teachers, principal, TestHocBa.HEAD, NOW.plusSeconds(120));
        issued = sign(headSigned, seal, TestHocBa.SEAL, NOW.plusSeconds(180));
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    static byte[] sign(byte[] xml, Credential credential, SigningPart part, Instant at) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return SERVICE.sign(xml, XmlSignatureRequest.builder(key.certificateChain(), at, TestHocBa.plan(),
                    TestHocBa.signerOf(part), part).build(), key);
        }
    }

    static XmlVerificationReport verify(byte[] xml) {
        return DigitalTranscriptVerifier.verify(xml, VerificationSettings.of(List.of(pki.rootCertificate()),
                NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void theUntouchedRecordIsValidAndIssued() {
        XmlVerificationReport report = verify(issued);
        assertThat(report.failures()).as(report.toText(Locale.ENGLISH)).isEmpty();
        assertThat(report.issued()).isTrue();
    }

    @Test
    void aChangedScoreBreaksEverySignature() {
        assertThat(TestHocBa.firstScore(issued)).isNotEqualTo("9.9");
        byte[] changed = TestHocBa.withFirstScore(issued, "9.9");
        XmlVerificationReport report = verify(changed);
        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.failureCodes()).containsExactly("DATA_CHANGED"));
        assertThat(report.toText(LocalizedText.VIETNAMESE)).contains("KHÔNG HỢP LỆ")
                .contains("đã bị thay đổi sau khi ký");
    }

    @Test
    void aDuplicatedDataRegionWithTheSameIdIsRefusedWhereverItIs() {
        // The signed original hidden in a ds:Object (the schema skips XML signature content), a
        // forged copy where a program reads.
        Document doc = parse(issued);
        Element original = data(doc);
        Element hidden = (Element) original.cloneNode(true);
        object(doc).appendChild(hidden);
        original.getElementsByTagName("DIEM_TB_MON_CA_NAM").item(0).setTextContent("10");
        XmlVerificationReport report = verify(write(doc));
        assertThat(report.failureCodes()).containsExactly("XML_DATA_REGION_AMBIGUOUS");
        assertThat(report.signatures()).isEmpty();
        assertThat(report.valid()).isFalse();
    }

    @Test
    void theSignedDataUnderAnotherNameWithTheSameIdIsRefused() {
        Document doc = parse(issued);
        Element original = data(doc);
        Element wrapper = doc.createElementNS(null, "PHU_LUC");
        wrapper.setAttributeNS(null, "Id", DATA_ID);
        for (Node n = original.getFirstChild(); n != null; n = n.getNextSibling()) {
            wrapper.appendChild(n.cloneNode(true));
        }
        object(doc).appendChild(wrapper);
        original.getElementsByTagName("DIEM_TB_MON_CA_NAM").item(0).setTextContent("10");
        assertThat(verify(write(doc)).failureCodes()).containsExactly("XML_DATA_REGION_AMBIGUOUS");
    }

    @Test
    void forgedDataUnderANewIdLeavesTheSignaturesPointingElsewhere() {
        Document doc = parse(issued);
        Element original = data(doc);
        Element kept = doc.createElementNS(null, "PHU_LUC");
        kept.setAttributeNS(null, "Id", DATA_ID);
        for (Node n = original.getFirstChild(); n != null; n = n.getNextSibling()) {
            kept.appendChild(n.cloneNode(true));
        }
        object(doc).appendChild(kept);
        original.setAttributeNS(null, "Id", "HB_GIA_MAO");
        original.getElementsByTagName("DIEM_TB_MON_CA_NAM").item(0).setTextContent("10");
        XmlVerificationReport report = verify(write(doc));
        // The general information and year pages keep Ids derived from the real data Id, and the
        // kept copy carries them a second time: no signature can resolve what it names.
        assertThat(report.signatures()).hasSize(4)
                .allSatisfy(s -> assertThat(s.failureCodes()).containsExactly("XML_DATA_REGION_AMBIGUOUS"));
    }

    @Test
    void aSignatureMovedToAnotherRecordIsRejected() {
        byte[] other = TestHocBa.record(TestHocBa.SEED, TestHocBa.OTHER_CODE);
        Document target = parse(other);
        Document source = parse(issued);
        place(target, "CBQL").appendChild(target.importNode(signature(source, 3), true));
        XmlVerificationReport report = verify(write(target));
        assertThat(report.signatures()).singleElement()
                .satisfies(s -> assertThat(s.failureCodes()).contains("REFERENCE_NOT_TO_DATA"));

        // The same Id on another learner's data: the digest gives it away.
        Document sameId = parse(TestHocBa.record(TestHocBa.SEED + 1, TestHocBa.CODE));
        place(sameId, "GVBM").appendChild(sameId.importNode(signature(source, 1), true));
        assertThat(verify(write(sameId)).signatures()).singleElement()
                .satisfies(s -> assertThat(s.failureCodes()).isNotEmpty().containsOnly("DATA_CHANGED"));
    }

    @Test
    void aReorderedSigningSequenceIsRejected() {
        // Two genuine branches: the homeroom teacher's signature made after the head of school's
        // (signed time 09:05 against 09:02) put in place of the one made before it. The order is
        // read from the signed SigningTime, not from where the signatures lie.
        byte[] maths = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW.plusSeconds(1));
        Document late = parse(sign(maths, homeroomTeacher, TestHocBa.HOMEROOM, NOW.plusSeconds(300)));
        Document doc = parse(headSigned);
        Element homeroom = signature(doc, 2);
        homeroom.getParentNode().replaceChild(doc.importNode(signature(late, 2), true), homeroom);
        XmlVerificationReport report = verify(write(doc));
        assertThat(report.valid()).isFalse();
        assertThat(report.signatures().get(1).failureCodes()).containsExactly("SIGNATURE_OUT_OF_ORDER");
        // Every signature still verifies cryptographically: only the order is wrong.
        assertThat(report.failures()).extracting(XmlFinding::check).containsOnly(XmlCheck.SIGNING_ORDER);
    }

    @Test
    void aSignatureUnderAnotherRolesElementIsRejected() {
        // The head of school's signature moved into GVCN: intact, in order, but in the wrong place.
        Document doc = parse(issued);
        Element head = signature(doc, 3);
        place(doc, "GVCN").appendChild(head);
        XmlVerificationReport report = verify(write(doc));
        assertThat(report.valid()).isFalse();
        assertThat(report.failureCodes()).containsExactly("SIGNATURE_UNDER_WRONG_ROLE");
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(XmlCheck.SIGNATURE_PLACEMENT);
            assertThat(f.text().en()).contains("CBQL").contains("GVCN");
        });
        assertThat(report.issued()).isFalse();
    }

    @Test
    void aSealWithoutTheHeadOfSchoolIsRejected() {
        Document doc = parse(issued);
        Element head = signature(doc, 3);
        head.getParentNode().removeChild(head);
        XmlVerificationReport report = verify(write(doc));
        assertThat(report.signatures().get(2).failureCodes()).containsExactly("SIGNATURE_OUT_OF_ORDER");
    }

    @Test
    void aSignatureAfterIssueIsRejected() {
        // A second organisation signature made on the pre-issue document, added after the issue.
        // The spacer (inside a signature, where the schema does not look) takes the Id the real
        // seal has, so that the late one gets another.
        Document pre = parse(headSigned);
        Element spacer = pre.createElementNS(DS, "ds:Object");
        spacer.setAttributeNS(null, "Id", DATA_ID + "-CK4");
        object(pre).appendChild(spacer);
        Document late = parse(sign(write(pre), seal, TestHocBa.SEAL, NOW.plusSeconds(240)));
        Document doc = parse(issued);
        place(doc, "KY_PHAT_HANH").appendChild(doc.importNode(signature(late, 4), true));
        XmlVerificationReport report = verify(write(doc));
        assertThat(report.signatures()).hasSize(5);
        assertThat(report.signatures().subList(0, 4)).allMatch(XmlSignatureReport::valid);
        assertThat(report.signatures().get(4).failureCodes()).containsExactly("SIGNATURE_AFTER_SEAL");
        assertThat(report.issued()).isFalse();
    }

    @Test
    void aPageYearOfTheRightFormButNoSchoolYearIsReportedNotThrown() {
        // The schema checks YYYY-YYYY only; 0025-2026 is no school year (found by a property).
        String text = new String(issued, StandardCharsets.UTF_8);
        int at = text.indexOf("<NAM_HOC>2025-2026</NAM_HOC>");
        assertThat(at).isLessThan(text.indexOf("<DANH_SACH_THONG_TIN_KY>"));
        byte[] changed = (text.substring(0, at) + "<NAM_HOC>0025-2026</NAM_HOC>"
                + text.substring(at + "<NAM_HOC>2025-2026</NAM_HOC>".length())).getBytes(StandardCharsets.UTF_8);
        XmlVerificationReport report = verify(changed);
        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.failureCodes()).contains("DATA_CHANGED"));
        assertThat(report.issuedYears()).isEmpty();
        assertThat(report.issued()).isFalse();
    }

    @Test
    void aChangedSigningTimeIsRejected() {
        byte[] changed = replace(issued, "2026-06-20T09:02:00+07:00", "2026-06-20T08:02:00+07:00");
        XmlVerificationReport report = verify(changed);
        assertThat(report.signatures().get(2).failureCodes()).contains("SIGNING_PROPERTY_CHANGED");
    }

    @Test
    void aSignatureOutsideTheSigningAreaIsRejected() {
        Document doc = parse(teachers);
        Element first = signature(doc, 1);
        signature(doc, 2).appendChild(first);
        assertThat(verify(write(doc)).failureCodes()).contains("SIGNATURE_OUTSIDE_SIGNING_AREA");
    }

    @Test
    void aCertificateFromAnUntrustedCaIsRejected() {
        try (TestPki other = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC))) {
            XmlVerificationReport report = DigitalTranscriptVerifier.verify(issued, VerificationSettings.of(
                    List.of(other.rootCertificate()), NOW.plus(Duration.ofDays(1))));
            assertThat(report.signatures())
                    .allSatisfy(s -> assertThat(s.failureCodes()).containsExactly("CERTIFICATE_PATH"));
        }
    }

    @Test
    void revocationIsCheckedWithTheFetcherAsForPdfs() {
        // A PKI whose OCSP answers are produced after the signing time, so that they are fresh.
        try (TestPki later = TestPki.start(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC))) {
            Credential teacher = later.person("Trần Văn Toán", KeyKind.EC_P256);
            byte[] signed = sign(TestHocBa.record(), teacher, TestHocBa.MATHS, NOW.plusSeconds(7));
            VerificationSettings settings = VerificationSettings.of(List.of(later.rootCertificate()),
                    NOW.plus(Duration.ofDays(2)));
            RevocationFetcher online = RevocationFetcher.from(HttpRevocationSource.of());

            XmlSignatureReport good = DigitalTranscriptVerifier.verify(signed, settings.withRevocationFetcher(online))
                    .signatures().get(0);
            assertThat(good.failureCodes()).isEmpty();
            assertThat(good.findings()).filteredOn(f -> f.check() == XmlCheck.REVOCATION).hasSize(2); // signer, CA
            // Without a fetcher nothing is looked up; with one that finds nothing, it fails.
            assertThat(DigitalTranscriptVerifier.verify(signed, settings).signatures().get(0).findings())
                    .noneMatch(f -> f.check() == XmlCheck.REVOCATION);
            assertThat(DigitalTranscriptVerifier.verify(signed, settings.withRevocationFetcher(
                    (c, i) -> RevocationEvidence.NONE)).failureCodes()).containsOnly("REVOCATION");

            later.revoke(teacher.certificate(), NOW.plus(Duration.ofHours(1)));
            assertThat(DigitalTranscriptVerifier.verify(signed, settings.withRevocationFetcher(online)).failureCodes())
                    .containsExactly("REVOCATION");
        }
    }

    @Test
    void trustIsConfiguredWithThePdfVerifiersTrustAnchors() {
        TrustAnchors trust = TrustAnchors.of(List.of(pki.rootCertificate()));
        XmlVerificationReport report = DigitalTranscriptVerifier.verify(issued,
                VerificationSettings.of(trust, NOW.plus(Duration.ofDays(1))));
        assertThat(report.failureCodes()).isEmpty();
        assertThat(report.issued()).isTrue();
        // A signer's own certificate is not a CA: refused as an anchor, as for PDFs.
        assertThatThrownBy(() -> VerificationSettings.of(List.of(principal.certificate()), NOW))
                .isInstanceOf(TrustConfigurationException.class);
    }

    static byte[] replace(byte[] xml, String from, String to) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] write(Document doc) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element data(Document doc) {
        return (Element) doc.getElementsByTagName("DU_LIEU_HOC_BA").item(0);
    }

    static Element area(Document doc) {
        return (Element) doc.getElementsByTagName("DANH_SACH_THONG_TIN_KY").item(0);
    }

    /** The element of the signing area for a role, e.g. {@code CBQL}, created if absent (as the signer does). */
    static Element place(Document doc, String name) {
        Element area = area(doc);
        for (org.w3c.dom.Node n = area.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        Element created = doc.createElementNS(null, name);
        area.insertBefore(created, area.getFirstChild());
        return created;
    }

    /** The first signature's ds:Object: content the schema does not look into. */
    static Element object(Document doc) {
        return (Element) signature(doc, 1).getElementsByTagNameNS(DS, "Object").item(0);
    }

    /** The n-th signature (1-based). */
    static Element signature(Document doc, int n) {
        return (Element) doc.getElementsByTagNameNS(DS, "Signature").item(n - 1);
    }
}
