package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.RemoteSigningServer;
import vn.schoolrecords.signing.testpki.SoftHsmToken;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;
import vn.schoolrecords.signing.xml.DigitalTranscriptVerifier;
import vn.schoolrecords.signing.xml.PreparedXmlSignature;
import vn.schoolrecords.signing.xml.VerificationSettings;
import vn.schoolrecords.signing.xml.XmlSignatureRequest;
import vn.schoolrecords.signing.xml.XmlSignatureService;
import vn.schoolrecords.signing.xml.XmlVerificationReport;

/**
 * The học bạ số XML signatures with the key sources of PDF signing: a PKCS #11 token (SoftHSM2)
 * and a hash-only remote service in two phases with a restart between them.
 */
class XmlKeySourcesTest {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    static final char[] PASSWORD = "mat-khau".toCharArray();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static TestPki pki;
    static RemoteSigningServer remote;
    static Credential mathsTeacher;
    static Credential homeroomTeacher;
    static Credential principal;
    static Credential seal;

    final XmlSignatureService service = XmlSignatureService.of(Clock.fixed(NOW.plusSeconds(300), ZoneOffset.UTC),
            CompletionLedger.inMemory());

    @BeforeAll
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        mathsTeacher = pki.person("Trần Văn Toán", KeyKind.EC_P256);
        homeroomTeacher = pki.person("Lê Thị Chủ Nhiệm", KeyKind.RSA_2048);
        principal = pki.person("Phạm Hiệu Trưởng", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
        remote = new RemoteSigningServer().with("principal-xml", principal).with("seal-xml", seal);
    }

    @AfterAll
    static void stop() {
        remote.close();
        pki.close();
    }

    XmlSignatureRequest.Builder request(List<java.security.cert.X509Certificate> chain, SigningPart part, Instant at) {
        return XmlSignatureRequest.builder(chain, at, TestHocBa.plan(), TestHocBa.signerOf(part), part);
    }

    byte[] teachers() {
        byte[] xml;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(mathsTeacher.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            xml = service.sign(TestHocBa.record(), request(key.certificateChain(), TestHocBa.MATHS, NOW).build(), key);
        }
        try (Pkcs12KeySource key = Pkcs12KeySource.of(homeroomTeacher.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return service.sign(xml, request(key.certificateChain(), TestHocBa.HOMEROOM, NOW.plusSeconds(60)).build(),
                    key);
        }
    }

    static XmlVerificationReport verify(byte[] xml) {
        return DigitalTranscriptVerifier.verify(xml, VerificationSettings.of(List.of(pki.rootCertificate()),
                NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void theHeadAndTheSchoolSealSignOnASoftHsm2Token() throws Exception {
        SoftHsmToken token = SoftHsmToken.shared();
        token.importKey("xml-hieu-truong", principal);
        token.importKey("xml-con-dau", seal);
        byte[] xml = teachers();
        // The shared token also holds another test PKI's CA certificates under the same subject
        // names, so SunPKCS11 may assemble the chain from the wrong issuer: the request carries
        // the credential's own chain, as a caller with the CA's bundle would.
        try (Pkcs11KeySource key = Pkcs11KeySource.open(token.library(), token.slot(), SoftHsmToken.PIN.toCharArray(),
                "xml-hieu-truong")) {
            assertThat(key.certificateChain().get(0)).isEqualTo(principal.certificate());
            xml = service.sign(xml, request(principal.chain(), TestHocBa.HEAD, NOW.plusSeconds(120)).build(), key);
        }
        try (Pkcs11KeySource key = Pkcs11KeySource.open(token.config(), SoftHsmToken.PIN.toCharArray(), "xml-con-dau")) {
            assertThat(key.certificateChain().get(0)).isEqualTo(seal.certificate());
            xml = service.sign(xml, request(seal.chain(), TestHocBa.SEAL, NOW.plusSeconds(180)).build(), key);
        }
        XmlVerificationReport report = verify(xml);
        assertThat(report.failures()).as(report.toText(Locale.ENGLISH)).isEmpty();
        assertThat(report.issued()).isTrue();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("sha256-rsa-MGF1").contains("ecdsa-sha256");
    }

    @Test
    void aRemoteHashSignerSignsInTwoPhasesAcrossARestart() {
        byte[] xml = teachers();
        int before = remote.signatureCount();
        try (RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "principal-xml", HTTP)) {
            PreparedXmlSignature prepared = service.prepare(xml,
                    request(signer.certificateChain(), TestHocBa.HEAD, NOW.plusSeconds(120)).build());
            // Stored while the head approves on a phone; only the digest leaves the library.
            byte[] stored = prepared.toBytes();
            PreparedXmlSignature restored = PreparedXmlSignature.fromBytes(stored);
            byte[] value = signer.signDigest(restored.dataToBeSignedDigest(), restored.algorithm());
            xml = service.complete(restored, value);
        }
        try (RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "seal-xml", HTTP)) {
            xml = service.sign(xml, request(signer.certificateChain(), TestHocBa.SEAL, NOW.plusSeconds(180)).build(),
                    signer);
        }
        assertThat(remote.signatureCount() - before).isEqualTo(2);
        XmlVerificationReport report = verify(xml);
        assertThat(report.failures()).as(report.toText(Locale.ENGLISH)).isEmpty();
        assertThat(report.issued()).isTrue();
    }

    @Test
    void aRemotePkcs1v15SignatureWhenThePolicyAllowsIt() {
        byte[] xml = teachers();
        try (RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "principal-xml", HTTP)) {
            xml = service.sign(xml, request(signer.certificateChain(), TestHocBa.HEAD, NOW.plusSeconds(120))
                    .policy(AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true))
                    .scheme(SignatureScheme.RSASSA_PKCS1_V1_5).build(), signer);
        }
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("xmldsig-more#rsa-sha256");
        assertThat(verify(xml).failures()).isEmpty();
    }
}
