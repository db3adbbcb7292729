package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.archive.ArchiveManifest;
import vn.schoolrecords.core.archive.ArchiveWriter;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.signing.CadesVerification.Status;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.RemoteSigningServer;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * Detached CAdES-BASELINE-B and -T over JSON records and the archive's manifest: round trip with
 * our verifier and with openssl's {@code cms -verify}, tamper detection, typed refusals.
 */
class CadesSignatureTest {

    static final Instant NOW = Instant.parse("2026-06-30T09:00:00Z");
    static final char[] PASSWORD = "mat-khau-123".toCharArray();
    static final byte[] JSON = "{\"schema\":\"transcript/1\",\"student\":\"Nguyễn Thị Ánh Tuyết\",\"TOAN\":8.5}"
            .getBytes(StandardCharsets.UTF_8);

    static TestPki pki;
    static Credential teacher;
    static Credential seal;

    @BeforeAll
    static void startPki() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Nguyễn Thị Lan", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THPT Thử nghiệm", KeyKind.EC_P256);
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    static byte[] sign(byte[] content, Credential credential, CadesRequest.Builder request) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return CadesSigner.signDetached(content, request.build(), key);
        }
    }

    @Test
    void baselineBRoundTripsAndCarriesTheCadesAttributesButNotTheContent() throws Exception {
        byte[] p7s = sign(JSON, teacher, CadesRequest.builder(teacher.chain(), NOW));
        CadesVerification result = CadesSigner.verifyDetached(JSON, p7s);
        assertThat(result.status()).isEqualTo(Status.VALID);
        assertThat(result.level()).isEqualTo(CadesRequest.Level.B_B);
        assertThat(result.signer()).contains(teacher.certificate());
        assertThat(result.signingTime()).contains(NOW);
        assertThat(result.timestampTime()).isEmpty();

        CMSSignedData cms = new CMSSignedData(p7s);
        assertThat(cms.isDetachedSignature()).isTrue();
        assertThat(cms.getSignedContent()).isNull();
        SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
        assertThat(info.getEncryptionAlgOID()).isEqualTo(PKCSObjectIdentifiers.id_RSASSA_PSS.getId());
        assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNotNull();
        assertThat(info.getSignedAttributes().get(CMSAttributes.contentType)).isNotNull();
        assertThat(cms.getCertificates().getMatches(null)).hasSize(3);
    }

    @Test
    void baselineTCarriesAVerifiedSignatureTimestamp() {
        byte[] p7s = sign(JSON, seal, CadesRequest.builder(seal.chain(), NOW)
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())));
        CadesVerification result = CadesSigner.verifyDetached(JSON, p7s);
        assertThat(result.status()).isEqualTo(Status.VALID);
        assertThat(result.level()).isEqualTo(CadesRequest.Level.B_T);
        assertThat(result.timestampTime()).isPresent();
    }

    @Test
    void alteredContentAndAlteredSignaturesAreDetected() {
        byte[] p7s = sign(JSON, teacher, CadesRequest.builder(teacher.chain(), NOW)
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())));
        byte[] altered = JSON.clone();
        altered[altered.length - 3] ^= 1;
        assertThat(CadesSigner.verifyDetached(altered, p7s).status()).isEqualTo(Status.CONTENT_ALTERED);
        assertThat(CadesSigner.verifyDetached(JSON, "not a signature".getBytes(StandardCharsets.US_ASCII)).status())
                .isEqualTo(Status.MALFORMED);
        // Another signer's value in this signature's place: the value no longer verifies.
        byte[] other = sign(JSON, teacher, CadesRequest.builder(teacher.chain(), NOW.plusSeconds(1)));
        byte[] spliced = spliceSignatureValue(p7s, other);
        assertThat(CadesSigner.verifyDetached(JSON, spliced).status()).isEqualTo(Status.SIGNATURE_INVALID);
    }

    @Test
    void aTimestampOverAnotherValueIsDetected() throws Exception {
        byte[] stamped = sign(JSON, teacher, CadesRequest.builder(teacher.chain(), NOW)
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())));
        byte[] other = sign(JSON, teacher, CadesRequest.builder(teacher.chain(), NOW.plusSeconds(5)));
        // Keep the first signature's timestamp, put it on the second signature.
        CMSSignedData a = new CMSSignedData(stamped);
        CMSSignedData b = new CMSSignedData(other);
        SignerInformation withStamp = SignerInformation.replaceUnsignedAttributes(
                b.getSignerInfos().getSigners().iterator().next(),
                a.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes());
        byte[] forged = CMSSignedData.replaceSigners(b, new org.bouncycastle.cms.SignerInformationStore(withStamp))
                .getEncoded();
        assertThat(CadesSigner.verifyDetached(JSON, forged).status()).isEqualTo(Status.TIMESTAMP_INVALID);
    }

    @Test
    void opensslVerifiesTheDetachedSignatureAndRefusesAlteredContent(@TempDir Path dir) throws Exception {
        Path openssl = ExternalTools.require("openssl", "SKIP_OPENSSL", "openssl");
        byte[] p7s = sign(JSON, teacher, CadesRequest.builder(teacher.chain(), NOW)
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())));
        Path data = Files.write(dir.resolve("hoc-ba.json"), JSON);
        Path signature = Files.write(dir.resolve("hoc-ba.json.p7s"), p7s);
        Path ca = Files.writeString(dir.resolve("root.pem"), pem(pki.rootCertificate()));
        List<String> verify = List.of(openssl.toString(), "cms", "-verify", "-binary", "-inform", "DER",
                "-in", signature.toString(), "-content", data.toString(), "-CAfile", ca.toString(),
                "-purpose", "any", "-attime", Long.toString(NOW.getEpochSecond()), "-out", dir.resolve("out").toString());
        ExternalTools.Result ok = ExternalTools.run(verify, Map.of());
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Verification successful");

        byte[] altered = JSON.clone();
        altered[5] ^= 1;
        Files.write(data, altered);
        ExternalTools.Result bad = ExternalTools.run(verify, Map.of());
        assertThat(bad.exitCode()).as(bad.output()).isNotZero();
    }

    @Test
    void theArchiveManifestIsSignedThroughTheCoreHook() throws IOException {
        SchoolRoster roster = SampleSchools.upperSecondary(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(seal.pkcs12(PASSWORD, "con-dau"), PASSWORD, "con-dau")) {
            ArchiveWriter.start(out, roster.school(), roster.year(), NOW).addRoster(roster)
                    .add("records/transcript.json", ArchiveWriter.JSON, JSON)
                    .finish(CadesManifestSigner.of(CadesRequest.builder(seal.chain(), NOW).build(), key));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] manifest = entries.get(ArchiveManifest.PATH);
        byte[] signature = entries.get(ArchiveManifest.SIGNATURE_PATH);
        assertThat(CadesSigner.verifyDetached(manifest, signature).status()).isEqualTo(Status.VALID);
        assertThat(CadesSigner.verifyDetached(manifest, signature).signer()).contains(seal.certificate());
        byte[] edited = new String(manifest, StandardCharsets.UTF_8).replace("transcript.json", "transcripx.json")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CadesSigner.verifyDetached(edited, signature).status()).isEqualTo(Status.CONTENT_ALTERED);
    }

    @Test
    void aRemoteSignerSignsCadesWithOneHash() {
        try (RemoteSigningServer remote = new RemoteSigningServer().with("seal-1", seal);
                RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "seal-1", HttpClient.newHttpClient())) {
            byte[] p7s = CadesSigner.signDetached(JSON, CadesRequest.builder(signer.certificateChain(), NOW).build(), signer);
            assertThat(remote.signatureCount()).isEqualTo(1);
            assertThat(CadesSigner.verifyDetached(JSON, p7s).status()).isEqualTo(Status.VALID);
        }
    }

    @Test
    void weakKeysExpiredCertificatesAndMismatchedKeysAreRefusedBeforeSigning() {
        Credential weak = pki.person("Khóa Yếu", KeyKind.RSA_1024);
        assertThatThrownBy(() -> sign(JSON, weak, CadesRequest.builder(weak.chain(), NOW)))
                .isInstanceOf(WeakAlgorithmException.class);
        Credential expired = pki.person("Hết Hạn", KeyKind.RSA_2048, NOW.minusSeconds(86_400 * 400),
                NOW.minusSeconds(86_400));
        assertThatThrownBy(() -> sign(JSON, expired, CadesRequest.builder(expired.chain(), NOW)))
                .isInstanceOfSatisfying(CertificateNotUsableException.class,
                        e -> assertThat(e.code()).isEqualTo("CERTIFICATE_EXPIRED"));
        // The request names the teacher's chain, the key is the seal's: the value cannot verify.
        try (Pkcs12KeySource key = Pkcs12KeySource.of(pki.person("Khác", KeyKind.RSA_2048).pkcs12(PASSWORD, "k"),
                PASSWORD, "k")) {
            assertThatThrownBy(() -> CadesSigner.signDetached(JSON, CadesRequest.builder(teacher.chain(), NOW).build(),
                    key)).isInstanceOf(SignatureValueMismatchException.class);
        }
    }

    /** The first signature with its signature value replaced by the second's. */
    private static byte[] spliceSignatureValue(byte[] first, byte[] second) {
        try {
            org.bouncycastle.asn1.cms.ContentInfo a = org.bouncycastle.asn1.cms.ContentInfo.getInstance(first);
            org.bouncycastle.asn1.cms.SignedData sd = org.bouncycastle.asn1.cms.SignedData.getInstance(a.getContent());
            org.bouncycastle.asn1.cms.SignerInfo si = org.bouncycastle.asn1.cms.SignerInfo.getInstance(
                    sd.getSignerInfos().getObjectAt(0));
            org.bouncycastle.asn1.cms.SignedData sd2 = org.bouncycastle.asn1.cms.SignedData.getInstance(
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(second).getContent());
            org.bouncycastle.asn1.cms.SignerInfo si2 = org.bouncycastle.asn1.cms.SignerInfo.getInstance(
                    sd2.getSignerInfos().getObjectAt(0));
            org.bouncycastle.asn1.cms.SignerInfo spliced = new org.bouncycastle.asn1.cms.SignerInfo(si.getSID(),
                    si.getDigestAlgorithm(), si.getAuthenticatedAttributes(), si.getDigestEncryptionAlgorithm(),
                    si2.getEncryptedDigest(), si.getUnauthenticatedAttributes());
            org.bouncycastle.asn1.cms.SignedData out = new org.bouncycastle.asn1.cms.SignedData(sd.getDigestAlgorithms(),
                    sd.getEncapContentInfo(), sd.getCertificates(), sd.getCRLs(),
                    new org.bouncycastle.asn1.DERSet(spliced));
            return new org.bouncycastle.asn1.cms.ContentInfo(a.getContentType(), out).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
