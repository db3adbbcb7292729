package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestPki;

/** The HTTP revocation source against the loopback PKI: addresses from the certificate, answers as fetched. */
class HttpRevocationSourceTest {

    static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");
    static TestPki pki;
    static Credential teacher;

    @BeforeAll
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Hoàng Văn Nam", KeyKind.EC_P256);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void addressesComeFromTheCertificatesExtensions() {
        assertThat(HttpRevocationSource.ocspUris(teacher.certificate())).containsExactly(pki.ocspUri());
        assertThat(HttpRevocationSource.crlUris(teacher.certificate())).containsExactly(pki.crlUri());
        assertThat(HttpRevocationSource.ocspUris(pki.rootCertificate())).isEmpty();
        assertThat(HttpRevocationSource.crlUris(pki.rootCertificate())).isEmpty();
    }

    @Test
    void theOcspResponseIsAboutTheCertificateAndTheCrlIsTheIssuers() throws Exception {
        HttpRevocationSource source = HttpRevocationSource.of();
        OCSPResp response = new OCSPResp(source.ocspResponse(teacher.certificate(), pki.issuingCertificate()).orElseThrow());
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        assertThat(((BasicOCSPResp) response.getResponseObject()).getResponses()[0].getCertID().getSerialNumber())
                .isEqualTo(teacher.certificate().getSerialNumber());
        assertThat(source.crls(teacher.certificate())).singleElement().satisfies(bytes -> {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
            assertThat(crl.getIssuerX500Principal()).isEqualTo(pki.issuingCertificate().getSubjectX500Principal());
        });
    }

    @Test
    void aCertificateWithoutAddressesOrAnUnreachableResponderGivesNothing() {
        HttpRevocationSource source = HttpRevocationSource.of(HttpClient.newHttpClient(), Duration.ofSeconds(2));
        assertThat(source.ocspResponse(pki.rootCertificate(), pki.rootCertificate())).isEmpty();
        assertThat(source.crls(pki.rootCertificate())).isEmpty();
        Credential orphan;
        try (TestPki elsewhere = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC))) {
            orphan = elsewhere.person("Người ở nơi khác", KeyKind.RSA_2048);
        } // its responder is gone
        assertThat(source.ocspResponse(orphan.certificate(), orphan.chain().get(1))).isEmpty();
        assertThat(source.crls(orphan.certificate())).isEmpty();
        assertThatThrownBy(() -> HttpRevocationSource.of(HttpClient.newHttpClient(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
