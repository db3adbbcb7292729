package vn.schoolrecords.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.SigningException;
import vn.schoolrecords.core.transcript.digital.submission.SubmissionPackager;
import vn.schoolrecords.core.transcript.digital.submission.TransactionEnvelope;
import vn.schoolrecords.core.transcript.digital.submission.TransactionEnvelopeXml;
import vn.schoolrecords.core.transcript.digital.submission.TransactionHeader;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;

/** The submission transaction signed with the school's organisation certificate: core's TransactionSigner hook. */
class XmlTransactionSignerTest {

    static final Instant NOW = Instant.parse("2026-06-25T02:00:00Z");
    static final char[] PASSWORD = "mat-khau".toCharArray();
    static final TransactionHeader HEADER = TransactionHeader.of("token-123", "truong.79000701",
            "mật khẩu".toCharArray(), "79000701", SchoolYear.of(2025));

    static TestPki pki;
    static Credential seal;
    static Credential ecSeal;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.RSA_2048);
        ecSeal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    static byte[] signed(TransactionEnvelope envelope) {
        return signed(envelope, seal);
    }

    static byte[] signed(TransactionEnvelope envelope, Credential credential) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return XmlTransactionSigner.of(key, "79000701", Clock.fixed(NOW, ZoneOffset.UTC))
                    .sign(TransactionEnvelopeXml.write(envelope), envelope.dataId());
        }
    }

    static XmlVerificationReport verify(byte[] xml) {
        return DigitalTranscriptVerifier.of(VerificationSettings.of(List.of(pki.rootCertificate()),
                NOW.plus(Duration.ofDays(1)))).verifyTransaction(xml);
    }

    @Test
    void aSubmissionOfARecordIsSignedByTheSchoolAndReadsBack() {
        TransactionEnvelope envelope = SubmissionPackager.submit(List.of(TestHocBa.record()), HEADER, "MSG-2026-").get(0);
        byte[] xml = signed(envelope);
        XmlVerificationReport report = verify(xml);
        assertThat(report.failures()).as(report.toText(Locale.ENGLISH)).isEmpty();
        assertThat(report.issued()).isTrue();
        assertThat(report.signatures()).singleElement()
                .satisfies(s -> assertThat(s.certificate()).contains(seal.certificate()));
        assertThat(TransactionEnvelopeXml.read(xml)).isEqualTo(envelope);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ds:Reference URI=\"#" + envelope.dataId() + "\">");
    }

    @Test
    void aChangedEnvelopeASecondSignatureAndAWrongIdAreRefused() {
        TransactionEnvelope envelope = SubmissionPackager.query(
                vn.schoolrecords.core.transcript.digital.submission.TransactionKind.QUERY_SUBMIT_RESULT, HEADER, "MSG-7");
        byte[] xml = signed(envelope);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("token-123");
        byte[] changed = text.replace("token-123", "token-999").getBytes(StandardCharsets.UTF_8);
        assertThat(verify(changed).failureCodes()).containsExactly("DATA_CHANGED");
        try (Pkcs12KeySource key = Pkcs12KeySource.of(seal.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            XmlTransactionSigner signer = XmlTransactionSigner.of(key, "79000701", Clock.fixed(NOW, ZoneOffset.UTC));
            assertThatThrownBy(() -> signer.sign(xml, envelope.dataId()))
                    .isInstanceOfSatisfying(SigningException.class,
                            e -> assertThat(e.code()).isEqualTo("SIGNATURE_AFTER_SEAL"));
            assertThatThrownBy(() -> signer.sign(TransactionEnvelopeXml.write(envelope), "GD_KHAC"))
                    .isInstanceOfSatisfying(XmlRecordException.class, e -> assertThat(e.reason())
                            .isEqualTo(XmlRecordException.Reason.XML_DATA_REGION_AMBIGUOUS));
        }
    }

    @Test
    void theSignedTransactionVerifiesWithXmlsec1() throws Exception {
        java.nio.file.Path xmlsec = ExternalTools.require("xmlsec1", "SKIP_XMLSEC", "xmlsec1");
        TransactionEnvelope envelope = SubmissionPackager.query(
                vn.schoolrecords.core.transcript.digital.submission.TransactionKind.QUERY_RECALL, HEADER, "MSG-8");
        // ECDSA: Debian 12's libxmlsec1 1.2 has no RSA-PSS.
        Path file = Files.write(dir.resolve("giao-dich.xml"), signed(envelope, ecSeal));
        Path root = Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pki.rootCertificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        ExternalTools.Result result = ExternalTools.run(List.of(xmlsec.toString(), "--verify",
                "--id-attr:Id", "DU_LIEU_GIAO_DICH", "--id-attr:Id", "http://www.w3.org/2000/09/xmldsig#:SignatureProperty",
                "--trusted-pem", root.toString(), "--verification-gmt-time",
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").format(NOW.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)),
                "--enabled-key-data", "x509", file.toString()), Map.of());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).startsWith("OK").contains("SignedInfo References (ok/all): 2/2");
    }
}
