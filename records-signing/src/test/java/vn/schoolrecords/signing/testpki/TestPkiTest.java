package vn.schoolrecords.signing.testpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

class TestPkiTest {

    static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void ocspAndCrlReportARevocationMadeOnDemand() throws Exception {
        try (TestPki pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC))) {
            Credential teacher = pki.person("Giáo viên", KeyKind.EC_P256);
            assertThat(teacher.certificate().getExtensionValue("1.3.6.1.5.5.7.1.1")).isNotNull();
            assertThat(pki.ocspUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(ocsp(pki, teacher)).isSameAs(CertificateStatus.GOOD);
            assertThat(crl(pki.crlUri()).isRevoked(teacher.certificate())).isFalse();

            pki.revoke(teacher.certificate(), NOW.minusSeconds(60));

            assertThat(ocsp(pki, teacher)).isInstanceOfSatisfying(RevokedStatus.class,
                    r -> assertThat(r.getRevocationTime().toInstant()).isEqualTo(NOW.minusSeconds(60)));
            X509CRL crl = crl(pki.crlUri());
            crl.verify(pki.issuingCertificate().getPublicKey());
            assertThat(crl.isRevoked(teacher.certificate())).isTrue();
        }
    }

    @Test
    void anExpiredCertificateIsIssuedOnDemand() throws Exception {
        try (TestPki pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC))) {
            Credential old = pki.person("Cũ", KeyKind.RSA_2048, NOW.minusSeconds(7200), NOW.minusSeconds(3600));
            assertThat(old.certificate().getNotAfter().toInstant()).isBefore(NOW);
            old.certificate().verify(pki.issuingCertificate().getPublicKey());
        }
    }

    private static CertificateStatus ocsp(TestPki pki, Credential credential) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(pki.issuingCertificate()), credential.certificate().getSerialNumber());
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(pki.ocspUri())
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(answer.body()).getResponseObject();
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(pki.issuingCertificate()))).isTrue();
        SingleResp single = basic.getResponses()[0];
        assertThat(single.getCertID().getSerialNumber()).isEqualTo(new BigInteger(1, credential.certificate()
                .getSerialNumber().toByteArray()));
        return single.getCertStatus();
    }

    private static X509CRL crl(URI uri) throws Exception {
        byte[] body = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(body));
    }
}
