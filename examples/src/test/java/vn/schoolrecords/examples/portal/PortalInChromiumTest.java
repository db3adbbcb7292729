package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.examples.Records;
import vn.schoolrecords.examples.internal.DemoCa;
import vn.schoolrecords.signing.verify.TrustAnchors;

/**
 * The integrator's portal in a real headless Chromium: a person opens the page, chooses the
 * demo's signed transcript in the file dialog, presses Verify and reads the report. The
 * screenshot is kept as {@code examples/target/portal.png} (copied to docs/images/portal.png).
 */
class PortalInChromiumTest {

    @TempDir
    static Path dir;
    private static Path signed;
    private static Path unsigned;
    private static TrustAnchors trust;

    @BeforeAll
    static void theDemosSignedTranscript() throws Exception {
        // The demo's own output: a transcript signed by four signers in turn, and the demo root.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Records.run(new String[] {"demo", "--out", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        String id = SampleTranscripts.secondary(2025).student().id();
        signed = dir.resolve("transcript-" + id + "-signed.pdf");
        unsigned = dir.resolve("transcript-" + id + ".pdf");
        try (InputStream in = Files.newInputStream(dir.resolve("demo-ca/demo-root.pem"))) {
            trust = TrustAnchors.of(List.of(
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in)));
        }
    }

    @Test
    void aPersonUploadsASignedTranscriptAndReadsTheReport() throws Exception {
        try (VerificationPortal portal = VerificationPortal.start(trust, Clock.systemUTC());
                Chromium browser = Chromium.start(dir.resolve("profile-1"))) {
            browser.navigate(portal.uri());
            assertThat(browser.evaluate("document.title").asText()).contains("Kiểm tra học bạ");
            browser.chooseFile("input[type=file]", signed);
            browser.evaluate("document.getElementById('verify').click()");
            browser.waitFor("document.getElementById('report')", Duration.ofSeconds(60));

            assertThat(browser.evaluate("document.getElementById('verdict').innerText").asText())
                    .isEqualTo("Hợp lệ / Valid");
            String report = browser.evaluate("document.getElementById('report').innerText").asText();
            assertThat(report.split("\\(" + java.util.regex.Pattern.quote(DemoCa.MARK) + "\\) \\(", -1))
                    .as(report).hasSize(9); // four signers, in Vietnamese and in English
            assertThat(report).contains("Kết luận: tài liệu hợp lệ").contains("Verdict: the document is valid");
            byte[] png = browser.screenshot();
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isGreaterThan(500);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "portal.png"), png);
        }
    }

    @Test
    void anUnsignedPdfAndAFileThatIsNoPdfAreSaidSo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "not a pdf");
        try (VerificationPortal portal = VerificationPortal.start(trust, Clock.systemUTC());
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
