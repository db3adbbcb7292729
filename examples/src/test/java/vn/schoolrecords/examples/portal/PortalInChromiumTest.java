package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.examples.Records;
import vn.schoolrecords.examples.internal.DemoCa;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.verify.TrustAnchors;

/**
 * The integrator's portal in a real headless Chromium: a person opens the page, chooses a signed
 * transcript PDF in the file dialog, presses Verify and reads the report. The screenshot is kept
 * as {@code examples/target/portal.png} (copied to docs/images/portal.png for the README).
 */
class PortalInChromiumTest {

    @TempDir
    static Path dir;
    private static Path signed;
    private static Path unsigned;
    private static DemoCa ca;

    @BeforeAll
    static void signedTranscript() throws Exception {
        Transcript transcript = SampleTranscripts.secondary(21);
        Path json = Files.writeString(dir.resolve("transcript.json"), RecordsJson.write(transcript));
        unsigned = dir.resolve("transcript.pdf");
        signed = dir.resolve("transcript-signed.pdf");
        ca = DemoCa.create(transcript.currentSchool().name(), Instant.now());
        String principal = transcript.years().get(3).confirmedBy().fullName();
        Path key = ca.issue(new DemoCa.Holder("principal", principal, "Hiệu trưởng", false), dir,
                "pw".toCharArray()).pkcs12();
        assertThat(Records.run(new String[] {"render", "--in", json.toString(), "--out", unsigned.toString()},
                System.out, System.err)).isZero();
        try (Pkcs12KeySource source = Pkcs12KeySource.open(key, "pw".toCharArray(), "principal")) {
            SignatureRequest request = SignatureRequest.builder(source.certificateChain(), Instant.now())
                    .field("principal-2025").signerName(principal).build();
            Files.write(signed, SignatureService.of(Clock.systemUTC(), CompletionLedger.inMemory())
                    .sign(Files.readAllBytes(unsigned), request, source));
        }
    }

    @Test
    void aPersonUploadsASignedTranscriptAndReadsTheReport() throws Exception {
        try (VerificationPortal portal = VerificationPortal.start(TrustAnchors.of(List.of(ca.root())), Clock.systemUTC());
                Chromium browser = Chromium.start(dir.resolve("profile-1"))) {
            browser.navigate(portal.uri());
            assertThat(browser.evaluate("document.title").asText()).contains("Kiểm tra học bạ");
            browser.chooseFile("input[type=file]", signed);
            browser.evaluate("document.getElementById('verify').click()");
            browser.waitFor("document.getElementById('report')", Duration.ofSeconds(60));

            assertThat(browser.evaluate("document.getElementById('verdict').innerText").asText())
                    .isEqualTo("Hợp lệ / Valid");
            String report = browser.evaluate("document.getElementById('report').innerText").asText();
            assertThat(report).contains("(" + DemoCa.MARK + ")").contains("hợp lệ").contains("valid")
                    .contains("Kết luận");
            byte[] png = browser.screenshot();
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isGreaterThan(500);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "portal.png"), png);
        }
    }

    @Test
    void anUnsignedPdfAndAFileThatIsNoPdfAreSaidSo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "not a pdf");
        try (VerificationPortal portal = VerificationPortal.start(TrustAnchors.of(List.of(ca.root())), Clock.systemUTC());
                Chromium browser = Chromium.start(dir.resolve("profile-2"))) {
            browser.navigate(portal.uri());
            browser.chooseFile("input[type=file]", unsigned);
            browser.evaluate("document.getElementById('verify').click()");
            browser.waitFor("document.getElementById('verdict')", Duration.ofSeconds(60));
            assertThat(browser.evaluate("document.getElementById('verdict').innerText").asText())
                    .contains("không có chữ ký").contains("no signature");

            browser.navigate(portal.uri());
            browser.chooseFile("input[type=file]", text);
            browser.evaluate("document.getElementById('verify').click()");
            browser.waitFor("document.getElementById('verdict')", Duration.ofSeconds(60));
            assertThat(browser.evaluate("document.getElementById('verdict').innerText").asText())
                    .contains("không phải PDF").contains("not a PDF");
        }
    }
}
