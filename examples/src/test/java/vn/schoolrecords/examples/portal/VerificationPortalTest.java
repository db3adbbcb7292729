package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.schoolrecords.signing.verify.PdfSignatureVerifier;

/** The portal over real HTTP with the JDK's client: uploads of genuine, tampered and bad files. */
class VerificationPortalTest {

    private static PortalFixtures fixtures;
    private static byte[] genuine;
    private static VerificationPortal portal;

    @BeforeAll
    static void start() throws Exception {
        fixtures = new PortalFixtures();
        genuine = fixtures.genuine();
        portal = VerificationPortal.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), fixtures.trust(),
                PortalFixtures.policy());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static int rows(String page) {
        Matcher m = Pattern.compile("<tr class=\"signature\">").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theUploadPageIsAUtf8FormInVietnameseAndEnglish() throws Exception {
        HttpResponse<String> page = Uploads.get(portal.uri());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "name=\"transcript\"",
                "Kiểm tra học bạ đã ký số", "Verify a digitally signed transcript");
        assertThat(portal.uri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aGenuineTranscriptIsValidWithOneRowPerSignature() throws Exception {
        HttpResponse<String> page = Uploads.upload(portal.uri(), "hoc-ba-10A1.pdf", genuine);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).matches("/report/[0-9a-f]{32}");
        assertThat(page.body())
                .contains("class=\"verdict TOTAL_PASSED\"", "Kết luận: <strong>Hợp lệ</strong>", "Verdict: Valid")
                .contains("hoc-ba-10A1.pdf", PortalFixtures.HOMEROOM, PortalFixtures.PRINCIPAL)
                .contains("Giáo viên chủ nhiệm", "homeroom teacher", "Hiệu trưởng", "principal")
                .contains("09:00:00 15/03/2026") // signed 02:00Z, shown in Vietnam time (UTC+7)
                .doesNotContain("KHÔNG hợp lệ");
        assertThat(rows(page.body())).isEqualTo(2);
        // The signatures are listed in revision order; the homeroom teacher's one sees the principal's added later.
        assertThat(page.body().indexOf(PortalFixtures.HOMEROOM)).isLessThan(page.body().indexOf(PortalFixtures.PRINCIPAL));
        assertThat(page.body()).contains("được phép <span class=\"en\">/ allowed</span>");
    }

    @Test
    void aTranscriptWithAChangedByteFailsEverySignature() throws Exception {
        HttpResponse<String> page = Uploads.upload(portal.uri(), "sua.pdf", PortalFixtures.flipped(genuine));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"verdict TOTAL_FAILED\"", "Kết luận: <strong>KHÔNG hợp lệ</strong>",
                "Verdict: NOT valid", "HASH_FAILURE").doesNotContain("class=\"verdict TOTAL_PASSED\"");
        assertThat(rows(page.body())).isEqualTo(2);
    }

    @Test
    void aTranscriptChangedAfterSigningShowsTheChange() throws Exception {
        byte[] modified = PortalFixtures.modifiedAfterSigning(genuine);
        var expected = PdfSignatureVerifier.verify(modified, fixtures.trust(), PortalFixtures.policy());

        HttpResponse<String> page = Uploads.upload(portal.uri(), "sua-sau-khi-ky.pdf", modified);

        assertThat(page.body()).contains("class=\"verdict TOTAL_FAILED\"", "DISALLOWED_MODIFICATION",
                "KHÔNG được phép <span class=\"en\">/ NOT allowed</span>");
        assertThat(page.body()).contains(ReportPage.escape(
                expected.signatures().get(0).disallowedModifications().get(0).text().vi()));
    }

    @Test
    void aSignerNameWithMarkupIsEscaped() throws Exception {
        String evil = "<script>alert('học bạ')</script> Lê Văn B";
        byte[] pdf = fixtures.sign(PortalFixtures.blankTranscript(), fixtures.person(evil), "homeroom");

        HttpResponse<String> page = Uploads.upload(portal.uri(), "<img src=x onerror=alert(1)>.pdf", pdf);

        assertThat(page.body()).doesNotContain("<script>", "<img").contains(
                "&lt;script&gt;alert(&#39;học bạ&#39;)&lt;/script&gt; Lê Văn B", "&lt;img src=x onerror=alert(1)&gt;.pdf");
    }

    @Test
    void theJsonEndpointsGiveTheReport() throws Exception {
        HttpResponse<String> api = Uploads.post(portal.uri().resolve("/api/verify"), "application/pdf", genuine);
        HttpResponse<String> page = Uploads.upload(portal.uri(), "a.pdf", genuine);
        HttpResponse<String> stored = Uploads.get(page.uri().resolve(page.uri().getPath() + ".json"));

        ObjectMapper json = new ObjectMapper();
        for (HttpResponse<String> r : java.util.List.of(api, stored)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            JsonNode report = json.readTree(r.body());
            assertThat(report.toString()).contains("TOTAL_PASSED", PortalFixtures.HOMEROOM);
        }
        assertThat(json.readTree(api.body())).isEqualTo(json.readTree(
                PdfSignatureVerifier.verify(genuine, fixtures.trust(), PortalFixtures.policy()).toJson()));
    }

    @Test
    void anUploadWithoutAFileGetsATypedErrorPage() throws Exception {
        HttpResponse<String> page = Uploads.post(portal.uri().resolve("/verify"),
                "multipart/form-data; boundary=" + Uploads.BOUNDARY,
                Uploads.form("transcript", "", "application/octet-stream", new byte[0]));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(UploadException.MISSING, "chưa chọn tệp học bạ", "no transcript file");
    }

    @Test
    void aFileThatIsNotAPdfGetsATypedErrorPage() throws Exception {
        HttpResponse<String> page = Uploads.upload(portal.uri(), "bang-diem.docx",
                "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(page.statusCode()).isEqualTo(415);
        assertThat(page.body()).contains(UploadException.NOT_PDF, "bang-diem.docx", "không phải là tệp PDF");
    }

    @Test
    void aBrokenPdfGetsTheVerifiersTypedError() throws Exception {
        HttpResponse<String> page = Uploads.upload(portal.uri(), "hong.pdf",
                "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"error\"").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBodyThatIsNotMultipartIsRefused() throws Exception {
        HttpResponse<String> page = Uploads.post(portal.uri().resolve("/verify"), "text/plain", "x".getBytes());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(UploadException.MALFORMED);
    }

    @Test
    void unknownAndForgottenReportsAreNotFound() throws Exception {
        assertThat(Uploads.get(portal.uri().resolve("/report/0123456789abcdef0123456789abcdef")).statusCode())
                .isEqualTo(404);
        assertThat(Uploads.get(portal.uri().resolve("/nothing")).statusCode()).isEqualTo(404);
    }

    @Test
    void theJsonEndpointAnswersErrorsInJson() throws Exception {
        HttpResponse<String> api = Uploads.post(portal.uri().resolve("/api/verify"), "application/pdf",
                "not a pdf".getBytes(StandardCharsets.US_ASCII));

        assertThat(api.statusCode()).isEqualTo(415);
        JsonNode error = new ObjectMapper().readTree(api.body());
        assertThat(error.path("error").asText()).isEqualTo(UploadException.NOT_PDF);
        assertThat(error.path("vi").asText()).contains("không phải là tệp PDF");
        assertThat(error.path("en").asText()).contains("is not a PDF");
    }

    @Test
    void aWrongMethodIsRefusedWithTheAllowedOne() throws Exception {
        HttpResponse<String> get = Uploads.get(portal.uri().resolve("/verify"));

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }
}
