package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.HttpTimestampClient;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestPki;

/** The ETSI-style verdicts of trust, revocation, validity and algorithms, and the trust configuration. */
class VerdictTest {

    static Fixtures f;

    @BeforeAll
    static void start() {
        f = new Fixtures();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static byte[] signedBy(Credential who, boolean timestamp, SignatureScheme scheme) {
        SignatureRequest.Builder request = SignatureRequest.builder(who.chain(), Fixtures.NOW).field("homeroom")
                .policy(AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true)).scheme(scheme);
        if (timestamp) {
            request.levelBaselineT(HttpTimestampClient.of(f.pki.tsaUri()));
        }
        char[] password = "p".toCharArray();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(who.pkcs12(password, "k"), password, "k")) {
            return f.service.sign(f.blank, request.build(), key);
        }
    }

    static SignatureReport only(VerificationReport report) {
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }

    static void is(SignatureReport s, SubIndication expected) {
        assertThat(s.indication()).as("%s", s.findings()).isEqualTo(expected.indication());
        assertThat(s.subIndication()).as("%s", s.findings()).contains(expected);
    }

    @Test
    void aSignerOfAnotherPkiHasNoChainToTheAnchors() {
        try (TestPki other = TestPki.start(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))) {
            Credential stranger = other.person("Người Lạ", KeyKind.RSA_2048);
            byte[] pdf = signedBy(stranger, false, SignatureScheme.RSASSA_PSS);
            is(only(f.verify(pdf)), SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
            // Trusting the other root as well makes it pass: the anchors decide.
            VerificationReport trusted = PdfSignatureVerifier.verify(pdf,
                    TrustAnchors.of(List.of(f.pki.rootCertificate(), other.rootCertificate())), f.policy());
            assertThat(trusted.indication()).isEqualTo(Indication.TOTAL_PASSED);
        }
    }

    @Test
    void aCertificateRevokedBeforeSigningWithoutTimestampIsRevokedNoPoe() {
        Credential revoked = f.pki.person("Thu Hồi Trước", KeyKind.RSA_2048);
        byte[] pdf = signedBy(revoked, false, SignatureScheme.RSASSA_PSS);
        f.pki.revoke(revoked.certificate(), Fixtures.NOW.minus(Duration.ofHours(1)));
        SignatureReport s = only(f.verify(pdf));
        is(s, SubIndication.REVOKED_NO_POE);
        assertThat(s.revocation().get(0).status()).isEqualTo(RevocationReport.Status.REVOKED);
    }

    @Test
    void aTimestampBeforeTheRevocationKeepsTheSignatureValidAndOneAfterItFailsIt() {
        Credential later = f.pki.person("Thu Hồi Sau", KeyKind.RSA_2048);
        byte[] pdf = signedBy(later, true, SignatureScheme.RSASSA_PSS);
        f.pki.revoke(later.certificate(), Fixtures.NOW.plus(Duration.ofMinutes(10)));
        assertThat(only(f.verify(pdf)).indication()).isEqualTo(Indication.TOTAL_PASSED);

        Credential before = f.pki.person("Thu Hồi Trước Dấu", KeyKind.RSA_2048);
        byte[] stamped = signedBy(before, true, SignatureScheme.RSASSA_PSS);
        f.pki.revoke(before.certificate(), Fixtures.NOW.minus(Duration.ofMinutes(10)));
        is(only(f.verify(stamped)), SubIndication.REVOKED);
    }

    @Test
    void withoutRevocationDataTheVerdictIsTryLaterUnlessNotRequired() {
        byte[] pdf = f.signed(1, false);
        Instant at = Fixtures.NOW.plus(Duration.ofHours(1));
        is(only(PdfSignatureVerifier.verify(pdf, f.trust, VerificationPolicy.builder(at).build())), SubIndication.TRY_LATER);
        SignatureReport lenient = only(PdfSignatureVerifier.verify(pdf, f.trust,
                VerificationPolicy.builder(at).revocationRequired(false).build()));
        assertThat(lenient.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(lenient.revocation()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RevocationReport.Status.UNKNOWN));
        assertThat(lenient.findings()).anySatisfy(x -> assertThat(x.passed()).isFalse());
    }

    @Test
    void anExpiredCertificateNeedsATimestampMadeWhileItWasValid() {
        Instant twoYearsLater = Fixtures.NOW.plus(Duration.ofDays(730));
        VerificationPolicy later = VerificationPolicy.builder(twoYearsLater).fetcher(RevocationFetcher.from(HttpRevocationSource.of())).build();
        is(only(PdfSignatureVerifier.verify(f.signed(1, false), f.trust, later)), SubIndication.OUT_OF_BOUNDS_NO_POE);
        SignatureReport stamped = only(PdfSignatureVerifier.verify(f.signed(1, true), f.trust, later));
        assertThat(stamped.indication()).as("%s", stamped.findings()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void pkcs1v15IsAcceptedByDefaultAndRefusedByTheStrictTt15Policy() {
        byte[] pdf = signedBy(f.homeroom, false, SignatureScheme.RSASSA_PKCS1_V1_5);
        assertThat(f.verify(pdf).indication()).isEqualTo(Indication.TOTAL_PASSED);
        VerificationPolicy strict = VerificationPolicy.builder(Fixtures.NOW.plus(Duration.ofHours(1)))
                .algorithms(AlgorithmPolicy.TT15_2025).fetcher(RevocationFetcher.from(HttpRevocationSource.of())).build();
        SignatureReport s = only(PdfSignatureVerifier.verify(pdf, f.trust, strict));
        is(s, SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
        assertThat(s.algorithm().orElseThrow().acceptable()).isFalse();
        assertThat(s.algorithm().orElseThrow().reason().orElseThrow().vi()).contains("RSASSA-PSS");
    }

    @Test
    void aFlippedByteInTheSignedRangeIsAHashFailure() {
        byte[] pdf = f.signed(1, false);
        pdf[200] ^= 0x01;
        is(only(f.verify(pdf)), SubIndication.HASH_FAILURE);
    }

    // ------------------------------------------------------------ trust configuration

    static String pem(java.security.cert.X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void anchorsLoadFromPemAndDerFilesAndFromAKeyStore(@TempDir Path dir) throws Exception {
        Path pemFile = dir.resolve("root.pem");
        Files.writeString(pemFile, pem(f.pki.rootCertificate()));
        Path derFile = dir.resolve("root.cer");
        Files.write(derFile, f.pki.rootCertificate().getEncoded());
        assertThat(TrustAnchors.fromFiles(List.of(pemFile)).anchors()).containsExactly(f.pki.rootCertificate());
        assertThat(TrustAnchors.fromFiles(List.of(derFile, pemFile)).anchors()).containsExactly(f.pki.rootCertificate());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("goc", f.pki.rootCertificate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, "p".toCharArray());
        TrustAnchors fromStore = TrustAnchors.fromKeyStore(store);
        assertThat(PdfSignatureVerifier.verify(f.signed(1, false), fromStore, f.policy()).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void theVietnameseProfileTakesTwoSelfSignedRootsAndRefusesAnythingElse(@TempDir Path dir) throws Exception {
        try (TestPki other = TestPki.start(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))) {
            Path neac = dir.resolve("neac.pem");
            Path vgca = dir.resolve("vgca.cer");
            Files.writeString(neac, pem(f.pki.rootCertificate()));
            Files.write(vgca, other.rootCertificate().getEncoded());
            assertThat(TrustAnchors.vietnamNational(neac, vgca).anchors())
                    .containsExactly(f.pki.rootCertificate(), other.rootCertificate());
            Path intermediate = dir.resolve("issuing.pem");
            Files.writeString(intermediate, pem(f.pki.issuingCertificate()));
            assertThatThrownBy(() -> TrustAnchors.vietnamNational(neac, intermediate))
                    .isInstanceOfSatisfying(TrustConfigurationException.class,
                            e -> assertThat(e.code()).isEqualTo(TrustConfigurationException.CODE));
            Path garbage = dir.resolve("garbage.pem");
            Files.writeString(garbage, "not a certificate");
            assertThatThrownBy(() -> TrustAnchors.fromFiles(List.of(garbage))).isInstanceOf(TrustConfigurationException.class);
            Path teacher = dir.resolve("teacher.pem");
            Files.writeString(teacher, pem(f.homeroom.certificate()));
            assertThatThrownBy(() -> TrustAnchors.fromFiles(List.of(teacher))).isInstanceOf(TrustConfigurationException.class);
        }
    }
}
