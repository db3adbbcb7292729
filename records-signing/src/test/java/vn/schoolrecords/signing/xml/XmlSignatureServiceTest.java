package vn.schoolrecords.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.transcript.SigningException;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.CertificateNotUsableException;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.PreparedSignatureException;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.SignatureValueMismatchException;
import vn.schoolrecords.signing.WeakAlgorithmException;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;

/** XML signatures of a học bạ số with PKCS #12 keys: four signers in turn, the checks before signing, two phases. */
class XmlSignatureServiceTest {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    static final char[] PASSWORD = "mat-khau".toCharArray();

    static TestPki pki;
    static Credential mathsTeacher;
    static Credential homeroomTeacher;
    static Credential principal;
    static Credential seal;

    final XmlSignatureService service = XmlSignatureService.of(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC),
            CompletionLedger.inMemory());

    @BeforeAll
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        mathsTeacher = pki.person("Trần Văn Toán", KeyKind.EC_P256);
        homeroomTeacher = pki.person("Lê Thị Chủ Nhiệm", KeyKind.RSA_2048);
        principal = pki.person("Phạm Hiệu Trưởng", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    static VerificationSettings trust() {
        return VerificationSettings.of(List.of(pki.rootCertificate()), NOW.plus(Duration.ofDays(1)));
    }

    /** Signs with a PKCS #12 file of the credential, in its turn of the plan. */
    byte[] sign(byte[] xml, Credential credential, SigningPart part, Instant at) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return service.sign(xml, XmlSignatureRequest.builder(key.certificateChain(), at, TestHocBa.plan(),
                    TestHocBa.signerOf(part), part).build(), key);
        }
    }

    /** The four signatures of the plan, one minute apart. */
    byte[] fourSignatures() {
        byte[] xml = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW);
        xml = sign(xml, homeroomTeacher, TestHocBa.HOMEROOM, NOW.plusSeconds(60));
        xml = sign(xml, principal, TestHocBa.HEAD, NOW.plusSeconds(120));
        return sign(xml, seal, TestHocBa.SEAL, NOW.plusSeconds(180));
    }

    @Test
    void fourSignersInTurnStayValidAndTheLastIssuesTheRecord() {
        byte[] xml = TestHocBa.record();
        Credential[] who = {mathsTeacher, homeroomTeacher, principal, seal};
        SigningPart[] parts = {TestHocBa.MATHS, TestHocBa.HOMEROOM, TestHocBa.HEAD, TestHocBa.SEAL};
        for (int i = 0; i < 4; i++) {
            xml = sign(xml, who[i], parts[i], NOW.plusSeconds(60L * i));
            XmlVerificationReport report = DigitalTranscriptVerifier.verify(xml, trust());
            assertThat(report.failures()).as(report.toText(java.util.Locale.ENGLISH)).isEmpty();
            assertThat(report.signatures()).hasSize(i + 1).allMatch(XmlSignatureReport::valid);
            assertThat(report.issued()).isEqualTo(i == 3);
        }
        XmlVerificationReport report = DigitalTranscriptVerifier.verify(xml, trust());
        assertThat(report.signatures()).extracting(s -> s.role().orElseThrow()).containsExactly(
                SigningRole.SUBJECT_TEACHER, SigningRole.HOMEROOM_TEACHER, SigningRole.PRINCIPAL, SigningRole.SCHOOL_SEAL);
        assertThat(report.signatures().get(0).subjectCode()).contains("TOAN");
        assertThat(report.signatures().get(2).certificate()).contains(principal.certificate());
        assertThat(report.toText(vn.schoolrecords.core.LocalizedText.VIETNAMESE)).contains("HỢP LỆ, đã phát hành");
    }

    @Test
    void theSignersPersonalIdentifierAndSigningDateAreSignedPerSigner() {
        vn.schoolrecords.core.school.PersonalIdentifier cccd = vn.schoolrecords.core.school.PersonalIdentifier
                .parse("001089012345");
        byte[] xml;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(homeroomTeacher.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            byte[] maths = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW);
            // 20:00 UTC is 03:00 the next day in Vietnam: NGAY_KY is the Vietnamese date.
            xml = service.sign(maths, XmlSignatureRequest.builder(key.certificateChain(), NOW.plusSeconds(64_800),
                    TestHocBa.plan(), TestHocBa.signerOf(TestHocBa.HOMEROOM), TestHocBa.HOMEROOM)
                    .signerPersonalId(cccd).build(), key);
        }
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<GVCN>").contains("<SO_CCCD>001089012345</SO_CCCD>")
                .contains("<NGAY_KY>2026-06-21</NGAY_KY>");
        XmlVerificationReport report = DigitalTranscriptVerifier.verify(xml, trust());
        assertThat(report.failures()).isEmpty();
        assertThat(report.signatures().get(1).signerPersonalId()).contains(cccd);
        assertThat(report.signatures().get(0).signerPersonalId()).isEmpty();
        // Both lie inside the signed property: changing one breaks the signature.
        byte[] otherId = XmlSignatureAttacksTest.replace(xml, "001089012345", "001089012346");
        assertThat(DigitalTranscriptVerifier.verify(otherId, trust()).signatures().get(1).failureCodes())
                .contains("SIGNING_PROPERTY_CHANGED");
        byte[] otherDate = XmlSignatureAttacksTest.replace(xml, "<NGAY_KY>2026-06-21", "<NGAY_KY>2026-06-22");
        assertThat(DigitalTranscriptVerifier.verify(otherDate, trust()).signatures().get(1).failureCodes())
                .containsExactly("XML_SIGNATURE_MALFORMED");
    }

    @Test
    void theSignatureHasTheModelsPartsAndTheSigningTimeInVietnamTime() {
        String xml = new String(sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW.plusMillis(700)),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("<ds:Reference URI=\"#" + TestHocBa.dataId() + "_TTC\">")
                .contains("<ds:Reference URI=\"#" + DigitalTranscriptXml.yearId(TestHocBa.CODE,
                        TestHocBa.page().year()) + "\">")
                .contains("<NAM_HOC>" + TestHocBa.page().year() + "</NAM_HOC>")
                .contains("<ds:Reference URI=\"#" + TestHocBa.dataId() + "-CK1-TG\">")
                .contains("<SigningTime>2026-06-20T09:00:00+07:00</SigningTime>")
                .contains("<VAI_TRO_KY>GVBM</VAI_TRO_KY>").contains("<MA_MON_HOC>TOAN</MA_MON_HOC>")
                .contains("<ds:X509SubjectName>" + mathsTeacher.certificate().getSubjectX500Principal().getName())
                .contains("<ds:X509Certificate>")
                .contains("http://www.w3.org/2001/10/xml-exc-c14n#")
                .contains("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
        // The signature sits in the signing area, in the subject teachers' element GVBM (added
        // before CBQL, where the schema wants it), after the data region, which is untouched.
        assertThat(xml).contains("<NGAY_KY>2026-06-20</NGAY_KY>");
        assertThat(xml.substring(xml.indexOf("<DANH_SACH_THONG_TIN_KY>"))).doesNotContain("<SO_CCCD>");
        assertThat(xml.indexOf("<ds:Signature")).isGreaterThan(xml.indexOf("<GVBM>"))
                .isLessThan(xml.indexOf("</GVBM>"));
        assertThat(xml.indexOf("<GVBM>")).isGreaterThan(xml.indexOf("<DANH_SACH_THONG_TIN_KY>"))
                .isLessThan(xml.indexOf("<CBQL"));
        String original = new String(TestHocBa.record(), StandardCharsets.UTF_8);
        String data = original.substring(original.indexOf("<DU_LIEU_HOC_BA"), original.indexOf("</DU_LIEU_HOC_BA>"));
        assertThat(xml).contains(data);
        // Core reads the signed record back as the same transcript.
        assertThat(vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml.read(TestHocBa.record()));
    }

    @Test
    void rsaSignsWithPssByDefaultAndPkcs1v15WhenThePolicyAllowsIt() {
        byte[] xml = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW);
        byte[] pss = sign(xml, homeroomTeacher, TestHocBa.HOMEROOM, NOW.plusSeconds(60));
        assertThat(new String(pss, StandardCharsets.UTF_8)).contains("xmldsig-more#sha256-rsa-MGF1");
        byte[] v15;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(homeroomTeacher.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            v15 = service.sign(xml, XmlSignatureRequest.builder(key.certificateChain(), NOW.plusSeconds(60),
                    TestHocBa.plan(), TestHocBa.signerOf(TestHocBa.HOMEROOM), TestHocBa.HOMEROOM)
                    .policy(AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true))
                    .scheme(SignatureScheme.RSASSA_PKCS1_V1_5).digest("SHA-512").build(), key);
        }
        assertThat(new String(v15, StandardCharsets.UTF_8)).contains("xmldsig-more#rsa-sha512")
                .contains("xmlenc#sha512");
        assertThat(DigitalTranscriptVerifier.verify(pss, trust()).failures()).isEmpty();
        assertThat(DigitalTranscriptVerifier.verify(v15, trust()).failures()).isEmpty();
    }

    @Test
    void nothingCanBeSignedAfterTheOrganisationSignatureIssuedTheRecord() {
        byte[] issued = fourSignatures();
        assertThatThrownBy(() -> sign(issued, principal, TestHocBa.HEAD, NOW.plusSeconds(240)))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNATURE_AFTER_SEAL"));
    }

    @Test
    void theHeadOfSchoolCannotSignBeforeTheTeachersNorTheSealBeforeTheHead() {
        assertThatThrownBy(() -> sign(TestHocBa.record(), principal, TestHocBa.HEAD, NOW))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNATURE_OUT_OF_ORDER"));
        byte[] teachers = sign(sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW), homeroomTeacher,
                TestHocBa.HOMEROOM, NOW.plusSeconds(60));
        assertThatThrownBy(() -> sign(teachers, seal, TestHocBa.SEAL, NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNATURE_OUT_OF_ORDER"));
        assertThatThrownBy(() -> sign(teachers, homeroomTeacher, TestHocBa.HOMEROOM, NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNATURE_REPEATED"));
    }

    @Test
    void weakKeysSha1AndUnusableCertificatesAreRefusedBeforeSigning() {
        Credential weak = pki.person("Khóa Yếu", KeyKind.RSA_1024);
        assertThatThrownBy(() -> sign(TestHocBa.record(), weak, TestHocBa.MATHS, NOW))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(WeakAlgorithmException.Reason.KEY_TOO_SHORT));
        assertThatThrownBy(() -> service.prepare(TestHocBa.record(), XmlSignatureRequest.builder(
                mathsTeacher.chain(), NOW, TestHocBa.plan(), TestHocBa.signerOf(TestHocBa.MATHS), TestHocBa.MATHS).digest("SHA-1")
                .build())).isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(WeakAlgorithmException.Reason.DIGEST_NOT_ALLOWED));
        assertThatThrownBy(() -> service.prepare(TestHocBa.record(), XmlSignatureRequest.builder(
                homeroomTeacher.chain(), NOW, TestHocBa.plan(), TestHocBa.signerOf(TestHocBa.MATHS), TestHocBa.MATHS)
                .scheme(SignatureScheme.RSASSA_PKCS1_V1_5).build()))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(WeakAlgorithmException.Reason.SCHEME_NOT_ALLOWED));
        Credential expired = pki.person("Hết Hạn", KeyKind.EC_P256, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> sign(TestHocBa.record(), expired, TestHocBa.MATHS, NOW))
                .isInstanceOfSatisfying(CertificateNotUsableException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateNotUsableException.Reason.CERTIFICATE_EXPIRED));
        Credential encryption = pki.encryptionOnly("Chỉ Mã Hóa");
        assertThatThrownBy(() -> sign(TestHocBa.record(), encryption, TestHocBa.MATHS, NOW))
                .isInstanceOfSatisfying(CertificateNotUsableException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificateNotUsableException.Reason.KEY_USAGE_NOT_ALLOWED));
    }

    @Test
    void aPreparedSignatureSurvivesSerialisationCompletesOnceAndExpires() throws Exception {
        PreparedXmlSignature prepared = service.prepare(TestHocBa.record(), XmlSignatureRequest.builder(
                mathsTeacher.chain(), NOW, TestHocBa.plan(), TestHocBa.signerOf(TestHocBa.MATHS), TestHocBa.MATHS).build());
        PreparedXmlSignature copy = PreparedXmlSignature.fromBytes(prepared.toBytes());
        assertThat(copy).isEqualTo(prepared);
        assertThat(copy.dataToBeSigned()).isEqualTo(prepared.dataToBeSigned());
        assertThat(copy.signingTime()).isEqualTo(NOW);
        assertThat(copy.signature()).isEqualTo(vn.schoolrecords.core.transcript.Signature.of(
                TestHocBa.signerOf(TestHocBa.MATHS), TestHocBa.MATHS, NOW, prepared.signatureId()));
        assertThat(TestHocBa.plan().sign(copy.signature()).signatureOf(TestHocBa.MATHS)).isPresent();
        assertThat(new String(copy.dataToBeSigned(), StandardCharsets.UTF_8)).startsWith("<ds:SignedInfo");

        java.security.Signature ecdsa = java.security.Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(mathsTeacher.privateKey());
        ecdsa.update(copy.dataToBeSigned());
        byte[] value = ecdsa.sign();
        byte[] wrong = value.clone();
        wrong[wrong.length - 1] ^= 1;
        assertThatThrownBy(() -> service.complete(copy, wrong)).isInstanceOf(SignatureValueMismatchException.class);
        byte[] signed = service.complete(copy, value);
        assertThat(DigitalTranscriptVerifier.verify(signed, trust()).failures()).isEmpty();
        assertThatThrownBy(() -> service.complete(prepared, value))
                .isInstanceOfSatisfying(PreparedSignatureException.class, e -> assertThat(e.reason())
                        .isEqualTo(PreparedSignatureException.Reason.PREPARED_SIGNATURE_ALREADY_COMPLETED));

        XmlSignatureService later = XmlSignatureService.of(Clock.fixed(prepared.expiresAt(), ZoneOffset.UTC),
                CompletionLedger.inMemory());
        assertThatThrownBy(() -> later.complete(prepared, value))
                .isInstanceOfSatisfying(PreparedSignatureException.class, e -> assertThat(e.reason())
                        .isEqualTo(PreparedSignatureException.Reason.PREPARED_SIGNATURE_EXPIRED));
        String tampered = prepared.toJson().replace(prepared.signatureId(), prepared.signatureId() + "X");
        assertThatThrownBy(() -> PreparedXmlSignature.fromJson(tampered))
                .isInstanceOfSatisfying(PreparedSignatureException.class, e -> assertThat(e.reason())
                        .isEqualTo(PreparedSignatureException.Reason.PREPARED_SIGNATURE_MALFORMED));
    }

    @Test
    void aDocumentWithADoctypeOrOutsideTheModelIsRefusedByCoresReader() {
        String record = new String(TestHocBa.record(), StandardCharsets.UTF_8);
        byte[] xxe = record.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE HOC_BA [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("<DAN_TOC>Kinh</DAN_TOC>", "<DAN_TOC>&x;</DAN_TOC>").getBytes(StandardCharsets.UTF_8);
        assertThat(xxe).isNotEqualTo(TestHocBa.record());
        assertThatThrownBy(() -> sign(xxe, mathsTeacher, TestHocBa.MATHS, NOW))
                .isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.text().en()).contains("DOCTYPE"));
        byte[] noArea = record.replaceAll("(?s)<DANH_SACH_THONG_TIN_KY[^>]*(/>|>.*?</DANH_SACH_THONG_TIN_KY>)", "")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(noArea, StandardCharsets.UTF_8)).doesNotContain("DANH_SACH_THONG_TIN_KY");
        assertThatThrownBy(() -> sign(noArea, mathsTeacher, TestHocBa.MATHS, NOW))
                .isInstanceOf(MalformedDocumentException.class);
        assertThatThrownBy(() -> sign("<HOC_BA>".getBytes(StandardCharsets.UTF_8), mathsTeacher, TestHocBa.MATHS, NOW))
                .isInstanceOf(MalformedDocumentException.class);
        assertThat(DigitalTranscriptVerifier.verify(xxe, trust()).failureCodes()).containsExactly("MALFORMED_DOCUMENT");
    }
}
