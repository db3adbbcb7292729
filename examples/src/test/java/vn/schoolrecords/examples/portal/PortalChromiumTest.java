package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The portal in a real headless Chromium: the file is set on the form's file input and the
 * submit button is clicked with the mouse (DevTools protocol), as a person would; the report's
 * DOM text is checked and a screenshot kept ({@code target/portal.png}; with
 * {@code -Dportal.screenshot=../docs/images/portal.png} it refreshes the README's picture).
 * Needs Debian's {@code chromium} package, or SKIP_CHROMIUM=true to skip.
 */
class PortalChromiumTest {

    /** The README's picture must stay small. */
    private static final int MAX_SCREENSHOT_BYTES = 200 * 1024;

    @Test
    void aPersonUploadsTranscriptsThroughTheFormAndSeesTheVerdicts(@TempDir Path dir) throws Exception {
        Path chromium = HeadlessChromium.require();
        PortalFixtures fixtures = new PortalFixtures();
        byte[] genuine = fixtures.genuine();
        Path genuineFile = Files.write(dir.resolve("hoc-ba-10A1.pdf"), genuine);
        Path tamperedFile = Files.write(dir.resolve("hoc-ba-da-sua.pdf"), PortalFixtures.modifiedAfterSigning(genuine));

        try (VerificationPortal portal = VerificationPortal.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), fixtures.trust(), PortalFixtures.policy());
                HeadlessChromium browser = HeadlessChromium.launch(chromium, dir)) {
            browser.call("Page.enable", null);

            String tampered = upload(browser, portal.uri(), tamperedFile);
            assertThat(browser.evaluate("location.pathname")).matches("/report/[0-9a-f]{32}");
            assertThat(tampered).contains("hoc-ba-da-sua.pdf", "Kết luận: KHÔNG hợp lệ", "Verdict: NOT valid",
                    "DISALLOWED_MODIFICATION", "KHÔNG được phép");

            String valid = upload(browser, portal.uri(), genuineFile);
            assertThat(browser.evaluate("document.characterSet")).isEqualTo("UTF-8");
            assertThat(valid).contains("hoc-ba-10A1.pdf", "Kết luận: Hợp lệ", "Verdict: Valid")
                    .doesNotContain("KHÔNG hợp lệ");
            // Diacritics intact through HTTP, HTML and the browser: the names as composed (NFC) text.
            String text = Normalizer.normalize(valid, Normalizer.Form.NFC);
            assertThat(text).contains(PortalFixtures.HOMEROOM, PortalFixtures.PRINCIPAL, "Giáo viên chủ nhiệm",
                    "Hiệu trưởng", "Thay đổi sau khi ký", "Kiểm tra tệp khác").doesNotContain("\uFFFD", "Ã");
            assertThat(browser.evaluate("document.querySelectorAll('tr.signature').length")).isEqualTo("2");

            byte[] png = screenshot(browser);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            Files.write(Files.createDirectories(Path.of("target")).resolve("portal.png"), png);
            String keep = System.getProperty("portal.screenshot");
            if (keep != null && !keep.isBlank()) {
                // Only the copy kept in docs must stay small; the size depends on the machine's fonts.
                assertThat(png.length).isLessThanOrEqualTo(MAX_SCREENSHOT_BYTES);
                Files.write(Path.of(keep), png);
            }
        }
    }

    /** Opens the form, sets the file on its input, clicks the button, and returns the report page's text. */
    private static String upload(HeadlessChromium browser, URI portal, Path file) throws Exception {
        browser.clearEvents();
        browser.call("Page.navigate", browser.params().put("url", portal.toString()));
        browser.awaitEvent("Page.loadEventFired");
        int root = browser.call("DOM.getDocument", browser.params().put("depth", 0)).path("root").path("nodeId").asInt();
        int input = browser.call("DOM.querySelector", browser.params().put("nodeId", root).put("selector", "#transcript"))
                .path("nodeId").asInt();
        assertThat(input).as("the form's file input").isPositive();
        var files = browser.params();
        files.putArray("files").add(file.toAbsolutePath().toString());
        browser.call("DOM.setFileInputFiles", files.put("nodeId", input));
        int button = browser.call("DOM.querySelector", browser.params().put("nodeId", root).put("selector", "#submit"))
                .path("nodeId").asInt();
        JsonNode quad = browser.call("DOM.getBoxModel", browser.params().put("nodeId", button)).path("model").path("content");
        double x = (quad.get(0).asDouble() + quad.get(4).asDouble()) / 2;
        double y = (quad.get(1).asDouble() + quad.get(5).asDouble()) / 2;
        browser.clearEvents();
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            browser.call("Input.dispatchMouseEvent", browser.params().put("type", type).put("x", x).put("y", y)
                    .put("button", "left").put("clickCount", 1));
        }
        browser.awaitEvent("Page.loadEventFired");
        return browser.evaluate("document.body.innerText");
    }

    /** The whole page as PNG. */
    private static byte[] screenshot(HeadlessChromium browser) throws Exception {
        JsonNode size = browser.call("Page.getLayoutMetrics", null).path("cssContentSize");
        var clip = browser.params();
        clip.putObject("clip").put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
                .put("height", size.path("height").asDouble()).put("scale", 1);
        String data = browser.call("Page.captureScreenshot", clip.put("format", "png").put("captureBeyondViewport", true))
                .path("data").asText();
        // Chromium compresses for speed; the JDK's PNG writer makes the kept picture about a tenth smaller.
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
        assertThat(image).as("Chromium's screenshot is a readable PNG").isNotNull();
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(rgb, "png", png);
        return png.toByteArray();
    }
}
