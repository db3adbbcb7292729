package vn.schoolrecords.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.signing.AlgorithmPolicy;

class DemoCaTest {

    @Test
    void certificatesAreMarkedChainedAndFitForSigning(@TempDir Path dir) throws Exception {
        Instant now = Instant.parse("2026-05-25T03:00:00Z");
        DemoCa ca = DemoCa.create("Trường THCS Lê Quý Đôn", now);
        X509Certificate root = ca.root();
        assertThat(root.getSubjectX500Principal().getName()).contains(DemoCa.MARK);
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();

        char[] password = DemoCa.newPassword();
        assertThat(password).hasSize(16);
        DemoCa.Issued person = ca.issue(new DemoCa.Holder("principal", "Ngô Thùy My", "Hiệu trưởng", false), dir, password);
        DemoCa.Issued seal = ca.issue(new DemoCa.Holder("school-seal", "Trường THCS Lê Quý Đôn", "Con dấu số", true), dir,
                password);
        for (DemoCa.Issued i : new DemoCa.Issued[] {person, seal}) {
            X509Certificate c = i.certificate();
            c.verify(root.getPublicKey());
            assertThat(c.getSubjectX500Principal().getName()).contains(i.holder().name() + " (" + DemoCa.MARK + ")");
            assertThat(c.getBasicConstraints()).isEqualTo(-1);
            assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
            assertThat(c.getKeyUsage()[1]).as("nonRepudiation").isTrue();
            assertThat(((RSAPublicKey) c.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
            // Valid at the time given, not an hour and a minute before it.
            c.checkValidity(Date.from(now));
            assertThat(c.getNotBefore().toInstant()).isEqualTo(now.minus(Duration.ofHours(1)));
            // The library's own algorithm policy accepts the key.
            AlgorithmPolicy.TT15_2025.check(c.getPublicKey(), "SHA-256");

            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(i.pkcs12())) {
                store.load(in, password);
            }
            assertThat(store.getCertificateChain(i.holder().alias())).containsExactly(c, root);
        }
        assertThat(org.bouncycastle.asn1.x500.X500Name.getInstance(
                person.certificate().getSubjectX500Principal().getEncoded()).toString()).contains("T=Hiệu trưởng");
        assertThat(seal.certificate().getSubjectX500Principal().getName()).contains("O=Trường THCS Lê Quý Đôn");
        assertThat(DemoCa.pem(root)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(new String(DemoCa.newPassword())).isNotEqualTo(new String(password));
    }
}
