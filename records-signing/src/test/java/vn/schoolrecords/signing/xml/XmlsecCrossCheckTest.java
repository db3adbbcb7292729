package vn.schoolrecords.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * An independent check: each signature of a four-signature học bạ số verifies with xmlsec1
 * (libxmlsec1 over OpenSSL, Debian package xmlsec1, or SKIP_XMLSEC=true), trusting only the test
 * PKI's root; a changed score makes xmlsec1 fail.
 */
class XmlsecCrossCheckTest {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    static final char[] PASSWORD = "mat-khau".toCharArray();
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    static TestPki pki;
    static Path xmlsec;
    static Credential mathsTeacher;
    static Credential homeroomTeacher;
    static Credential principal;
    static Credential seal;

    @TempDir
    Path dir;

    final XmlSignatureService service = XmlSignatureService.of(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC),
            CompletionLedger.inMemory());

    @BeforeAll
    static void start() {
        xmlsec = ExternalTools.require("xmlsec1", "SKIP_XMLSEC", "xmlsec1");
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        mathsTeacher = pki.person("Trần Văn Toán", KeyKind.EC_P256);
        homeroomTeacher = pki.person("Lê Thị Chủ Nhiệm", KeyKind.RSA_2048);
        principal = pki.person("Phạm Hiệu Trưởng", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
    }

    @AfterAll
    static void stop() {
        if (pki != null) {
            pki.close();
        }
    }

    byte[] sign(byte[] xml, Credential credential, SigningPart part, Instant at, SignatureScheme scheme, String digest) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return service.sign(xml, XmlSignatureRequest.builder(key.certificateChain(), at, TestHocBa.plan(),
                    TestHocBa.signerOf(part), part).policy(AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true))
                    .scheme(scheme).digest(digest).build(), key);
        }
    }

    /** Runs {@code xmlsec1 --verify} on the n-th signature (1-based) of the signing area. */
    ExternalTools.Result verify(byte[] xml, int n) throws Exception {
        return verify(xml, n, pki.rootCertificate());
    }

    ExternalTools.Result verify(byte[] xml, int n, X509Certificate trusted) throws Exception {
        return xmlsecVerify(xmlsec, dir, xml, n, trusted, NOW.plus(Duration.ofDays(1)));
    }

    /**
     * Runs {@code xmlsec1 --verify} on the n-th signature (1-based) of the signing area, trusting
     * only the certificate given, at the time given. Every element name that carries an Id a
     * signature references is registered with {@code --id-attr:Id}: xmlsec1 registers none by itself.
     */
    static ExternalTools.Result xmlsecVerify(Path xmlsec, Path dir, byte[] xml, int n, X509Certificate trusted,
            Instant time) throws Exception {
        Path file = Files.write(dir.resolve("hoc-ba-" + n + ".xml"), xml);
        Path root = dir.resolve("root.pem");
        Files.writeString(root, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(trusted.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        String at = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").format(time.atOffset(ZoneOffset.UTC));
        List<String> command = new ArrayList<>(List.of(xmlsec.toString(), "--verify",
                "--id-attr:Id", "THONG_TIN_CHUNG",
                "--id-attr:Id", "HOC_BA_NAM_HOC",
                "--id-attr:Id", "CHUYEN_TRUONG",
                "--id-attr:Id", DS + ":SignatureProperty",
                "--trusted-pem", root.toString(),
                "--verification-gmt-time", at,
                "--node-xpath", "(/HOC_BA/DANH_SACH_THONG_TIN_KY/*/*[local-name()='Signature'])[" + n + "]",
                file.toString()));
        return ExternalTools.run(command, Map.of());
    }

    @Test
    void eachOfFourSignaturesVerifiesWithXmlsec1() throws Exception {
        byte[] xml = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW, SignatureScheme.ECDSA, "SHA-256");
        xml = sign(xml, homeroomTeacher, TestHocBa.HOMEROOM, NOW.plusSeconds(60), SignatureScheme.RSASSA_PKCS1_V1_5,
                "SHA-256");
        xml = sign(xml, principal, TestHocBa.HEAD, NOW.plusSeconds(120), SignatureScheme.RSASSA_PKCS1_V1_5, "SHA-384");
        xml = sign(xml, seal, TestHocBa.SEAL, NOW.plusSeconds(180), SignatureScheme.ECDSA, "SHA-512");
        for (int n = 1; n <= 4; n++) {
            ExternalTools.Result result = verify(xml, n);
            assertThat(result.exitCode()).as("signature " + n + ": " + result.output()).isZero();
            assertThat(result.output()).startsWith("OK").contains("SignedInfo References (ok/all): 3/3");
        }
    }

    @Test
    void xmlsec1RejectsAChangedScoreAndAnUntrustedRoot() throws Exception {
        byte[] xml = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW, SignatureScheme.ECDSA, "SHA-256");
        assertThat(verify(xml, 1).exitCode()).isZero();
        byte[] changed = TestHocBa.withFirstScore(xml, "9.9");
        assertThat(TestHocBa.firstScore(xml)).isNotEqualTo("9.9");
        ExternalTools.Result result = verify(changed, 1);
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        try (TestPki other = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC))) {
            ExternalTools.Result untrusted = verify(xml, 1, other.rootCertificate());
            assertThat(untrusted.exitCode()).as(untrusted.output()).isNotZero();
        }
    }

    @Test
    void rsaPssSignaturesVerifyWithXmlsec1WhereItSupportsPss() throws Exception {
        ExternalTools.Result transforms = ExternalTools.run(List.of(xmlsec.toString(), "--list-transforms"), Map.of());
        // libxmlsec1 gained RSA-PSS (RFC 6931 sha256-rsa-MGF1) in 1.3.0; Debian 12 ships 1.2.37.
        Assumptions.assumeTrue(transforms.output().contains("rsa-pss"), "this xmlsec1 has no RSA-PSS: skipped");
        byte[] xml = sign(TestHocBa.record(), mathsTeacher, TestHocBa.MATHS, NOW, SignatureScheme.ECDSA, "SHA-256");
        xml = sign(xml, homeroomTeacher, TestHocBa.HOMEROOM, NOW.plusSeconds(60), SignatureScheme.RSASSA_PSS, "SHA-256");
        ExternalTools.Result result = verify(xml, 2);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
