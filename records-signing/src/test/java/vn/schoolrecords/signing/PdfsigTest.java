package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * An independent check with poppler's pdfsig (apt package poppler-utils, or SKIP_PDFSIG=true):
 * four signers in turn, RSA-PSS, ECDSA and a B-T timestamp; every signature valid, the last
 * covering the whole document. Certificates are not checked (-nocert): the test root is not in
 * NSS's trust store, and trust is the verifier's business.
 */
class PdfsigTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:30:00Z");
    static final char[] PASSWORD = "pw-123456".toCharArray();
    static TestPki pki;

    @BeforeAll
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void fourSignersInTurnAreEachValidForPdfsig(@TempDir Path dir) throws Exception {
        Path pdfsig = ExternalTools.require("pdfsig", "SKIP_PDFSIG", "poppler-utils");
        SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());
        record Signer(String field, Credential credential) {
        }
        List<Signer> plan = List.of(
                new Signer("subject-TOAN", pki.person("Vũ Thị Toán", KeyKind.EC_P256)),
                new Signer("homeroom", pki.person("Nguyễn Thị Lan", KeyKind.RSA_2048)),
                new Signer("principal", pki.person("Trần Văn Minh", KeyKind.RSA_2048)),
                new Signer("school-seal", pki.organisation("Trường THPT Thử nghiệm", KeyKind.RSA_2048)));
        byte[] pdf = TestPdfs.withSignatureFields(4, "subject-TOAN", "homeroom", "principal", "school-seal");
        List<byte[]> revisions = new ArrayList<>();
        for (Signer signer : plan) {
            SignatureRequest.Builder request = SignatureRequest.builder(signer.credential().chain(), NOW)
                    .field(signer.field()).signerName(signer.credential().certificate().getSubjectX500Principal().getName());
            if (signer.field().equals("school-seal")) {
                request.levelBaselineT(HttpTimestampClient.of(pki.tsaUri()));
            }
            try (Pkcs12KeySource key = Pkcs12KeySource.of(signer.credential().pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
                pdf = service.sign(pdf, request.build(), key);
            }
            revisions.add(pdf);
        }
        assertThat(SignedPdfs.signatures(pdf)).hasSize(4).allSatisfy(s -> assertThat(s.valid()).isTrue());

        Path file = dir.resolve("hoc-ba.pdf");
        Files.write(file, pdf);
        ExternalTools.Result result = ExternalTools.run(List.of(pdfsig.toString(), "-nocert", file.toString()), Map.of());
        String out = result.output();
        assertThat(out).as(out).contains("Signature #4");
        assertThat(out.split("Signature Validation: Signature is Valid\\.", -1)).as(out).hasSize(5);
        assertThat(out).as(out).contains("Total document signed");
        assertThat(out.split("Not total document signed", -1)).as(out).hasSize(4);
    }
}
