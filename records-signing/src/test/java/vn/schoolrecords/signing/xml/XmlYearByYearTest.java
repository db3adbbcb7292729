package vn.schoolrecords.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.transcript.SigningException;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.Transfer;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * Year-by-year signing (TT 70/2026 Điều 9 khoản 4): year 1 signed by four signers and issued,
 * year 2 appended, year 1's signatures still valid, year 2 signed and issued; the attacks on it.
 */
class XmlYearByYearTest {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    static final Instant YEAR_TWO = NOW.plus(Duration.ofHours(2));
    static final char[] PASSWORD = "mat-khau".toCharArray();

    static TestPki pki;
    static Credential teacher;
    static Credential principal;
    static Credential seal;
    static TranscriptYear first;
    static TranscriptYear second;
    /** Year 1 signed and issued, year 2 appended and not yet signed. */
    static byte[] appended;
    /** Both years signed and issued. */
    static byte[] both;

    static final XmlSignatureService SERVICE = XmlSignatureService.of(
            Clock.fixed(NOW.plus(Duration.ofHours(3)), ZoneOffset.UTC), CompletionLedger.inMemory());

    @BeforeAll
    static void signYearByYear() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Trần Văn Toán", KeyKind.EC_P256);
        // EC keys throughout: ECDSA, which every xmlsec1 verifies (RSA-PSS needs xmlsec1 1.3).
        principal = pki.person("Phạm Hiệu Trưởng", KeyKind.EC_P256);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
        Transcript sample = SampleTranscripts.secondary(TestHocBa.SEED);
        first = sample.years().get(0);
        second = sample.years().get(1);
        Transcript one = Transcript.open(sample.student(), sample.level(), sample.openedBy()).withYear(first);
        byte[] yearOne = signYear(write(one), first, NOW);
        appended = XmlSignatureService.carrySignatures(write(one.withYear(second)), yearOne);
        both = signYear(appended, second, YEAR_TWO);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    static byte[] write(Transcript transcript) {
        return DigitalTranscriptXml.write(DigitalTranscript.of(transcript, TestHocBa.CODE, TestHocBa.CREATED));
    }

    /** The four signatures of a year's plan, one minute apart: the last one issues the year. */
    static byte[] signYear(byte[] xml, TranscriptYear page, Instant at) {
        xml = sign(xml, page, teacher, TestHocBa.MATHS, at);
        xml = sign(xml, page, teacher, TestHocBa.HOMEROOM, at.plusSeconds(60));
        xml = sign(xml, page, principal, TestHocBa.HEAD, at.plusSeconds(120));
        return sign(xml, page, seal, TestHocBa.SEAL, at.plusSeconds(180));
    }

    static byte[] sign(byte[] xml, TranscriptYear page, Credential credential, SigningPart part, Instant at) {
        SigningPlan plan = TestHocBa.plan(page);
        String signer = plan.planned().stream().filter(p -> p.part().equals(part)).findFirst().orElseThrow()
                .signerId();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return SERVICE.sign(xml, XmlSignatureRequest.builder(key.certificateChain(), at, plan, signer, part)
                    .expiresAt(NOW.plus(Duration.ofDays(1))).build(), key);
        }
    }

    static XmlVerificationReport verify(byte[] xml) {
        return DigitalTranscriptVerifier.verify(xml, VerificationSettings.of(List.of(pki.rootCertificate()),
                NOW.plus(Duration.ofDays(1))));
    }

    static String yearId(TranscriptYear page) {
        return DigitalTranscriptXml.yearId(TestHocBa.CODE, page.year());
    }

    @Test
    void yearOneStaysValidWhenYearTwoIsAppendedAndSigned() {
        XmlVerificationReport afterAppend = verify(appended);
        assertThat(afterAppend.failureCodes()).isEmpty();
        assertThat(afterAppend.signatures()).hasSize(4);
        // Year 1 is issued; year 2's page is there but unsigned: nothing is half-signed, so the
        // record is issued, and year 2 is reported as unsigned.
        assertThat(afterAppend.issuedYears()).containsExactly(first.year());
        assertThat(afterAppend.years()).extracting(XmlYearReport::year).containsExactly(first.year(), second.year());
        assertThat(afterAppend.years().get(1).signatures()).isEmpty();
        assertThat(afterAppend.issued()).isTrue();
        assertThat(afterAppend.toText(java.util.Locale.ENGLISH)).contains("School year " + second.year() + ": not signed");

        XmlVerificationReport report = verify(both);
        assertThat(report.failureCodes()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.issued()).isTrue();
        assertThat(report.signatures()).hasSize(8).allSatisfy(s -> assertThat(s.valid()).isTrue());
        String text = new String(both, StandardCharsets.UTF_8);
        assertThat(text).contains("<NAM_HOC>" + first.year() + "</NAM_HOC>")
                .contains("<NAM_HOC>" + second.year() + "</NAM_HOC>")
                .contains("<ds:Reference URI=\"#" + yearId(first) + "\">")
                .contains("<ds:Reference URI=\"#" + yearId(second) + "\">");
    }

    @Test
    void issueIsAnsweredPerSchoolYear() {
        // Year 2 signed up to the head of school: signed, valid, not yet issued.
        // (Times apart from the other branches: the shared ledger completes a prepared signature once.)
        byte[] xml = sign(appended, second, teacher, TestHocBa.MATHS, YEAR_TWO.plusSeconds(2));
        xml = sign(xml, second, teacher, TestHocBa.HOMEROOM, YEAR_TWO.plusSeconds(62));
        xml = sign(xml, second, principal, TestHocBa.HEAD, YEAR_TWO.plusSeconds(122));
        XmlVerificationReport headOnly = verify(xml);
        assertThat(headOnly.valid()).isTrue();
        assertThat(headOnly.issuedYears()).containsExactly(first.year());
        assertThat(headOnly.years().get(1).valid()).isTrue();
        assertThat(headOnly.years().get(1).issued()).isFalse();
        assertThat(headOnly.issued()).isFalse();
        assertThat(headOnly.toText(java.util.Locale.ENGLISH)).contains("School year " + first.year() + ": issued")
                .contains("School year " + second.year() + ": signed, not yet issued");

        // Both issued, then year 1's data changed: year 2 stays issued, year 1 and the record do not.
        XmlVerificationReport all = verify(both);
        assertThat(all.issuedYears()).containsExactly(first.year(), second.year());
        assertThat(all.issued()).isTrue();
        byte[] changed = TestHocBa.withScore(both, yearId(first), "9.9".equals(TestHocBa.score(both, yearId(first)))
                ? "9.8" : "9.9");
        XmlVerificationReport broken = verify(changed);
        assertThat(broken.issuedYears()).containsExactly(second.year());
        assertThat(broken.issued()).isFalse();
    }

    @Test
    void aSignatureOnAYearAlreadyIssuedIsRefused() {
        assertThatThrownBy(() -> sign(appended, first, principal, TestHocBa.HEAD, YEAR_TWO))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNATURE_AFTER_SEAL"));
        assertThatThrownBy(() -> sign(both, second, teacher, TestHocBa.MATHS, YEAR_TWO.plusSeconds(600)))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNATURE_AFTER_SEAL"));
    }

    @Test
    void aChangedYearOneScoreAfterYearTwoIsAddedFailsYearOneOnly() {
        String score = TestHocBa.score(both, yearId(first));
        byte[] changed = TestHocBa.withScore(both, yearId(first), score.equals("9.9") ? "9.8" : "9.9");
        XmlVerificationReport report = verify(changed);
        assertThat(report.valid()).isFalse();
        assertThat(ofYear(report, first)).hasSize(4)
                .allSatisfy(s -> assertThat(s.failureCodes()).containsExactly("DATA_CHANGED"));
        assertThat(ofYear(report, second)).hasSize(4).allSatisfy(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void aYearOneSignatureMovedOntoYearTwoFails() {
        // Only the reference redirected: the year the signature names is still year 1.
        byte[] redirected = XmlSignatureAttacksTest.replace(both, "URI=\"#" + yearId(first) + "\"",
                "URI=\"#" + yearId(second) + "\"");
        XmlVerificationReport report = verify(redirected);
        assertThat(report.valid()).isFalse();
        assertThat(ofYear(report, first)).hasSize(4)
                .allSatisfy(s -> assertThat(s.failureCodes()).contains("REFERENCE_NOT_TO_DATA"));

        // The reference and the named year both changed: the signed property and SignedInfo give it away.
        Document doc = XmlSignatureAttacksTest.parse(both);
        Element signature = XmlSignatureAttacksTest.signature(doc, 3); // GVCN's first: year 1
        var references = signature.getElementsByTagNameNS(DigitalTranscriptXml.XMLDSIG_NAMESPACE, "Reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element r = (Element) references.item(i);
            if (r.getAttribute("URI").equals("#" + yearId(first))) {
                r.setAttribute("URI", "#" + yearId(second));
            }
        }
        signature.getElementsByTagName("NAM_HOC").item(0).setTextContent(second.year().toString());
        XmlVerificationReport moved = verify(XmlSignatureAttacksTest.write(doc));
        assertThat(moved.signatures().get(2).failureCodes()).contains("SIGNATURE_VALUE_INVALID")
                .contains("SIGNING_PROPERTY_CHANGED").contains("DATA_CHANGED");
    }

    @Test
    void aDuplicatedYearPageWithTheSameIdFails() {
        // The signed year 1 hidden in a ds:Object (the schema skips it), a forged one where a program reads.
        Document doc = XmlSignatureAttacksTest.parse(both);
        Element page = yearPage(doc, yearId(first));
        XmlSignatureAttacksTest.object(doc).appendChild(page.cloneNode(true));
        page.getElementsByTagName("DIEM_TB_MON_CA_NAM").item(0).setTextContent("10");
        XmlVerificationReport report = verify(XmlSignatureAttacksTest.write(doc));
        assertThat(report.valid()).isFalse();
        assertThat(ofYear(report, first)).hasSize(4)
                .allSatisfy(s -> assertThat(s.failureCodes()).containsExactly("XML_DATA_REGION_AMBIGUOUS"));
        assertThat(ofYear(report, second)).hasSize(4).allSatisfy(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void eachRolesElementHoldsItsSignaturesYearAfterYear() {
        Document doc = XmlSignatureAttacksTest.parse(both);
        for (String place : List.of("GVBM", "GVCN", "CBQL", "KY_PHAT_HANH")) {
            var years = XmlSignatureAttacksTest.place(doc, place).getElementsByTagName("NAM_HOC");
            assertThat(years.getLength()).as(place).isEqualTo(2);
            assertThat(years.item(0).getTextContent()).isEqualTo(first.year().toString());
            assertThat(years.item(1).getTextContent()).isEqualTo(second.year().toString());
        }
    }

    @Test
    void theOrderIsReadFromTheSignedTimesPerYearNotFromPositions() {
        // Year 2 before year 1 in every role's element: nothing signed changed, all still valid.
        Document doc = XmlSignatureAttacksTest.parse(both);
        for (String place : List.of("GVBM", "GVCN", "CBQL", "KY_PHAT_HANH")) {
            Element e = XmlSignatureAttacksTest.place(doc, place);
            List<Element> two = signaturesIn(e);
            e.insertBefore(two.get(1), two.get(0));
        }
        assertThat(verify(XmlSignatureAttacksTest.write(doc)).failureCodes()).isEmpty();

        // Year 2's homeroom signature made after year 2's head (a second, genuine branch): year 2
        // is out of order at the homeroom teacher, year 1 intact.
        byte[] maths = sign(appended, second, teacher, TestHocBa.MATHS, YEAR_TWO.plusSeconds(1));
        Document late = XmlSignatureAttacksTest.parse(sign(maths, second, teacher, TestHocBa.HOMEROOM,
                YEAR_TWO.plusSeconds(150)));
        Document mixed = XmlSignatureAttacksTest.parse(both);
        Element homeroomTwo = signaturesIn(XmlSignatureAttacksTest.place(mixed, "GVCN")).get(1);
        homeroomTwo.getParentNode().replaceChild(mixed.importNode(
                signaturesIn(XmlSignatureAttacksTest.place(late, "GVCN")).get(1), true), homeroomTwo);
        XmlVerificationReport report = verify(XmlSignatureAttacksTest.write(mixed));
        assertThat(ofYear(report, first)).allSatisfy(s -> assertThat(s.valid()).isTrue());
        assertThat(report.failureCodes()).containsExactly("SIGNATURE_OUT_OF_ORDER");
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.text().en()).contains(
                second.year().toString()));
    }

    @Test
    void aTransferIsCoveredByTheSignaturesOfItsSchoolYearAndTongKetByNone(@TempDir Path dir) throws Exception {
        Transcript sample = SampleTranscripts.secondary(TestHocBa.SEED);
        School from = first.school();
        School to = School.of("THCS-DEN-01", "Trường THCS Nơi Đến", from.levels(), from.province(), from.district(),
                from.governingOffice());
        // After year 1's page (25 May), within the school year (to 31 August): year 1's signatures cover it.
        LocalDate date = LocalDate.of(first.year().endYear(), 6, 20);
        Transcript moved = Transcript.open(sample.student(), sample.level(), sample.openedBy()).withYear(first)
                .withTransfer(Transfer.of(date, from, to));
        String transferId = DigitalTranscriptXml.transferId(TestHocBa.dataId(), date, 1);
        byte[] signed = signYear(write(moved), first, NOW.plusSeconds(5));
        assertThat(new String(signed, StandardCharsets.UTF_8)).contains("<CHUYEN_TRUONG Id=\"" + transferId + "\">")
                .contains("<ds:Reference URI=\"#" + transferId + "\">");
        XmlVerificationReport report = verify(signed);
        assertThat(report.failureCodes()).isEmpty();
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.covers()).contains(transferId));
        assertThat(report.regions()).extracting(XmlDataRegion::element)
                .containsExactly("THONG_TIN_CHUNG", "HOC_BA_NAM_HOC", "CHUYEN_TRUONG", "TONG_KET");
        assertThat(report.uncovered()).singleElement().satisfies(r -> {
            assertThat(r.element()).isEqualTo("TONG_KET");
            assertThat(r.id()).isEmpty();
        });
        assertThat(report.toText(java.util.Locale.ENGLISH)).contains("Data no valid signature covers: TONG_KET");

        // The transfer's data changed: year 1's signatures fail, and nothing covers it any more.
        byte[] changed = XmlSignatureAttacksTest.replace(signed, "<TEN_TRUONG>Trường THCS Nơi Đến</TEN_TRUONG>",
                "<TEN_TRUONG>Trường THCS Khác</TEN_TRUONG>");
        XmlVerificationReport broken = verify(changed);
        assertThat(broken.signatures()).allSatisfy(s -> assertThat(s.failureCodes()).containsExactly("DATA_CHANGED"));
        assertThat(broken.uncovered()).extracting(XmlDataRegion::element).contains("CHUYEN_TRUONG");

        // xmlsec1 resolves the transfer's reference too.
        Path xmlsec = ExternalTools.require("xmlsec1", "SKIP_XMLSEC", "xmlsec1");
        for (int n = 1; n <= 4; n++) {
            ExternalTools.Result result = XmlsecCrossCheckTest.xmlsecVerify(xmlsec, dir, signed, n,
                    pki.rootCertificate(), NOW.plus(Duration.ofDays(1)));
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("SignedInfo References (ok/all): 4/4");
        }
    }

    @Test
    void aTransferRecordedAfterItsYearWasSignedIsReportedUncovered() {
        Transcript sample = SampleTranscripts.secondary(TestHocBa.SEED);
        Transcript one = Transcript.open(sample.student(), sample.level(), sample.openedBy()).withYear(first);
        byte[] signed = signYear(write(one), first, NOW.plusSeconds(9));
        School from = first.school();
        School to = School.of("THCS-DEN-02", "Trường THCS Nơi Đến Hai", from.levels(), from.province(),
                from.district(), from.governingOffice());
        LocalDate date = LocalDate.of(first.year().endYear(), 7, 1);
        byte[] later = XmlSignatureService.carrySignatures(write(one.withTransfer(Transfer.of(date, from, to))), signed);
        XmlVerificationReport report = verify(later);
        // The earlier signatures stay valid (they name no transfer); the transfer is unsigned.
        assertThat(report.failureCodes()).isEmpty();
        assertThat(report.uncovered()).extracting(XmlDataRegion::element).containsExactly("CHUYEN_TRUONG", "TONG_KET");
        assertThat(report.uncovered().get(0).year()).contains(first.year());
    }

    static List<Element> signaturesIn(Element place) {
        List<Element> list = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = place.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Signature".equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    static List<XmlSignatureReport> ofYear(XmlVerificationReport report, TranscriptYear page) {
        return report.signatures().stream().filter(s -> s.schoolYear().equals(java.util.Optional.of(page.year())))
                .toList();
    }

    @Test
    void eachOfEightSignaturesOfTwoYearsVerifiesWithXmlsec1(@TempDir Path dir) throws Exception {
        Path xmlsec = ExternalTools.require("xmlsec1", "SKIP_XMLSEC", "xmlsec1");
        for (int n = 1; n <= 8; n++) {
            ExternalTools.Result result = XmlsecCrossCheckTest.xmlsecVerify(xmlsec, dir, both, n,
                    pki.rootCertificate(), NOW.plus(Duration.ofDays(1)));
            assertThat(result.exitCode()).as("signature " + n + ": " + result.output()).isZero();
            assertThat(result.output()).startsWith("OK").contains("SignedInfo References (ok/all): 3/3");
        }
        byte[] changed = TestHocBa.withScore(both, yearId(first), "9.9".equals(TestHocBa.score(both, yearId(first)))
                ? "9.8" : "9.9");
        assertThat(XmlsecCrossCheckTest.xmlsecVerify(xmlsec, dir, changed, 1, pki.rootCertificate(),
                NOW.plus(Duration.ofDays(1))).exitCode()).isNotZero();
        // In document order the role elements hold year 1, then year 2: the 2nd is GVBM's year 2.
        assertThat(XmlsecCrossCheckTest.xmlsecVerify(xmlsec, dir, changed, 2, pki.rootCertificate(),
                NOW.plus(Duration.ofDays(1))).exitCode()).isZero();
    }

    private static Element yearPage(Document doc, String id) {
        var pages = doc.getElementsByTagName(DigitalTranscriptXml.YEAR);
        for (int i = 0; i < pages.getLength(); i++) {
            Element e = (Element) pages.item(i);
            if (id.equals(e.getAttribute("Id"))) {
                return e;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
