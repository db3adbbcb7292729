package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.signing.testpki.Appearances;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.PdfA3Transcripts;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;
import vn.schoolrecords.signing.testpki.VeraPdf;

/**
 * Visible signatures per Decree 30/2020 Phụ lục I: rendered by poppler inside the widget, the
 * Vietnamese text readable from the appearance, still valid for pdfsig, still PDF/A-3b for
 * veraPDF after four signers; the seal over the principal's left third; typed refusals.
 */
class VisibleSignatureTest {

    static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
    static final char[] PASSWORD = "mat-khau-123".toCharArray();
    static final byte[] FONT = Appearances.liberationSerif();

    static TestPki pki;
    static Credential teacher;
    static Credential homeroom;
    static Credential principal;
    static Credential seal;

    final SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());

    @BeforeAll
    static void startPki() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Vũ Thị Toán", KeyKind.EC_P256);
        homeroom = pki.person("Nguyễn Thị Lan", KeyKind.RSA_2048);
        principal = pki.person("Trần Văn Minh", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THPT Thử nghiệm", KeyKind.RSA_2048);
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    byte[] sign(byte[] pdf, Credential credential, String field, SignatureRequest.Builder request) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return service.sign(pdf, request.build(), key);
        }
    }

    static SignatureRequest.Builder request(Credential credential, String field) {
        return SignatureRequest.builder(credential.chain(), NOW).field(field);
    }

    static SignatureAppearance.Builder signer() {
        return SignatureAppearance.signer().font(FONT);
    }

    /** The four signers of a transcript in turn, each visible, the seal timestamped (B-T). */
    byte[] fourVisibleSignatures(Map<String, PDRectangle> layout, boolean moveSeal) {
        byte[] pdf = PdfA3Transcripts.transcript(FONT, layout);
        pdf = sign(pdf, teacher, "subject-TOAN", request(teacher, "subject-TOAN").signerName("Vũ Thị Toán")
                .signerRole("Giáo viên bộ môn Toán").appearance(signer().signatureImage(Appearances.signaturePng()).build()));
        pdf = sign(pdf, homeroom, "homeroom", request(homeroom, "homeroom").signerName("Nguyễn Thị Lan")
                .signerRole("Giáo viên chủ nhiệm").appearance(signer().signatureImage(Appearances.signatureJpeg()).build()));
        pdf = sign(pdf, principal, "principal", request(principal, "principal").signerName("Trần Văn Minh")
                .signerRole("Hiệu trưởng").appearance(signer().signatureImage(Appearances.signaturePng()).build()));
        SignatureAppearance.Builder sealAppearance = SignatureAppearance.seal(Appearances.sealPng());
        if (moveSeal) {
            sealAppearance.over("principal");
        }
        return sign(pdf, seal, "school-seal", request(seal, "school-seal").signerName("Trường THPT Thử nghiệm")
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).appearance(sealAppearance.build()));
    }

    @Test
    void fourVisibleSignaturesKeepTheTranscriptPdfA3bAndValid(@TempDir Path dir) throws IOException {
        byte[] unsigned = PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING);
        VeraPdf.assertPdfA3b(unsigned);
        byte[] signed = fourVisibleSignatures(PdfA3Transcripts.OVERLAPPING, false);

        VeraPdf.assertPdfA3b(signed);
        assertThat(SignedPdfs.signatures(signed)).hasSize(4)
                .allSatisfy(s -> assertThat(s.valid()).as(s.fieldName()).isTrue());
        Path pdfsig = ExternalTools.require("pdfsig", "SKIP_PDFSIG", "poppler-utils");
        Path file = dir.resolve("hoc-ba.pdf");
        Files.write(file, signed);
        String out = ExternalTools.run(List.of(pdfsig.toString(), "-nocert", file.toString()), Map.of()).output();
        assertThat(out.split("Signature Validation: Signature is Valid\\.", -1)).as(out).hasSize(5);
        assertThat(out).as(out).contains("Total document signed");
    }

    @Test
    void theFontIsEmbeddedAsASubsetNotWhole() {
        byte[] signed = sign(PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING), principal, "principal",
                request(principal, "principal").signerName("Trần Văn Minh").signerRole("Hiệu trưởng")
                        .appearance(signer().build()));
        byte[] unsigned = PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING);
        // The update carries a subset of the font, far smaller than the 390 kB file.
        assertThat(signed.length - unsigned.length).isLessThan(FONT.length / 4);
    }

    @Test
    void theAppearanceRendersInsideTheWidget(@TempDir Path dir) throws IOException {
        byte[] unsigned = PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING);
        byte[] signed = sign(unsigned, homeroom, "homeroom", request(homeroom, "homeroom").signerName("Nguyễn Thị Lan")
                .signerRole("Giáo viên chủ nhiệm").appearance(signer().signatureImage(Appearances.signaturePng()).build()));
        PDRectangle rect = PdfA3Transcripts.OVERLAPPING.get("homeroom");
        assertThat(darkPixels(dir, unsigned, rect)).isZero();
        int dark = darkPixels(dir, signed, rect);
        assertThat(dark).isGreaterThan(150);
        // Outside the widget the page is as it was.
        PDRectangle below = new PDRectangle(rect.getLowerLeftX(), rect.getLowerLeftY() - 120, 150, 100);
        assertThat(darkPixels(dir, signed, below)).isEqualTo(darkPixels(dir, unsigned, below)).isPositive();
    }

    @Test
    void theAppearanceSaysWhoSignedAsWhatAndWhenInVietnamTime() throws IOException {
        byte[] signed = sign(PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING), principal, "principal",
                request(principal, "principal").signerName("Trần Văn Minh").signerRole("Hiệu trưởng")
                        .appearance(signer().signatureImage(Appearances.signaturePng()).build()));
        String text = appearanceText(signed, "principal");
        assertThat(text).contains("Ký bởi: Trần Văn Minh", "Chức vụ: Hiệu trưởng",
                "Thời gian ký: 2026-03-15T09:00:00+07:00");
    }

    @Test
    void withoutASignerNameTheCertificatesCommonNameIsShown() throws IOException {
        byte[] signed = sign(PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING), homeroom, "homeroom",
                request(homeroom, "homeroom").appearance(signer().build()));
        String text = appearanceText(signed, "homeroom");
        assertThat(text).contains("Ký bởi: Nguyễn Thị Lan").doesNotContain("Chức vụ");
    }

    @Test
    void theSealMovesOverTheLeftThirdOfThePrincipalAndIsPaintedOnTop(@TempDir Path dir) throws IOException {
        byte[] signed = fourVisibleSignatures(PdfA3Transcripts.SEAL_ELSEWHERE, true);
        VeraPdf.assertPdfA3b(signed);
        assertThat(SignedPdfs.signatures(signed)).hasSize(4).allSatisfy(s -> assertThat(s.valid()).isTrue());
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAnnotationWidget sealWidget = document.getDocumentCatalog().getAcroForm().getField("school-seal")
                    .getWidgets().get(0);
            PDAnnotationWidget principalWidget = document.getDocumentCatalog().getAcroForm().getField("principal")
                    .getWidgets().get(0);
            PDRectangle s = sealWidget.getRectangle();
            PDRectangle p = principalWidget.getRectangle();
            assertThat(s.getUpperRightX()).isCloseTo(p.getLowerLeftX() + p.getWidth() / 3, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(s.getWidth()).isCloseTo(113.4f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(s.getLowerLeftY() + s.getHeight() / 2)
                    .isCloseTo(p.getLowerLeftY() + p.getHeight() / 2, org.assertj.core.data.Offset.offset(0.01f));
            List<PDAnnotation> annotations = document.getPage(0).getAnnotations();
            int sealAt = -1;
            int principalAt = -1;
            for (int i = 0; i < annotations.size(); i++) {
                if (annotations.get(i).getCOSObject() == sealWidget.getCOSObject()) {
                    sealAt = i;
                }
                if (annotations.get(i).getCOSObject() == principalWidget.getCOSObject()) {
                    principalAt = i;
                }
            }
            assertThat(sealAt).isGreaterThan(principalAt);
        }
        // The overlap, the principal's left third, shows the seal over the signature.
        PDRectangle p = PdfA3Transcripts.SEAL_ELSEWHERE.get("principal");
        assertThat(darkPixels(dir, signed, new PDRectangle(p.getLowerLeftX(), p.getLowerLeftY(), p.getWidth() / 3,
                p.getHeight()))).isGreaterThan(100);
    }

    @Test
    void aFieldWithoutARectangleStaysInvisible() {
        byte[] signed = sign(TestPdfs.withSignatureFields(1, "homeroom"), homeroom, "extra",
                SignatureRequest.builder(homeroom.chain(), NOW).newInvisibleField("extra").appearance(signer().build()));
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getField("extra");
            PDRectangle rect = field.getWidgets().get(0).getRectangle();
            assertThat(rect.getWidth()).isZero();
            assertThat(rect.getHeight()).isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).doesNotContain("/FontFile2");
    }

    @Test
    void aSignerAppearanceWithoutAFontIsRefused() {
        assertThatThrownBy(() -> SignatureAppearance.signer().signatureImage(Appearances.signaturePng()).build())
                .isInstanceOfSatisfying(AppearanceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AppearanceException.Reason.APPEARANCE_FONT_MISSING);
                    assertThat(e.code()).isEqualTo("APPEARANCE_FONT_MISSING");
                });
    }

    @Test
    void bytesThatAreNotTrueTypeAreRefused() {
        assertThatThrownBy(() -> SignatureAppearance.signer().font(Appearances.signaturePng()).build())
                .isInstanceOfSatisfying(AppearanceException.class, e ->
                        assertThat(e.reason()).isEqualTo(AppearanceException.Reason.APPEARANCE_FONT_UNREADABLE));
    }

    @Test
    void aBrokenPngIsRefusedBeforeAnythingIsSigned() {
        byte[] png = Appearances.signaturePng();
        byte[] broken = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> signer().signatureImage(broken).build())
                .isInstanceOfSatisfying(AppearanceException.class, e ->
                        assertThat(e.reason()).isEqualTo(AppearanceException.Reason.APPEARANCE_IMAGE_UNREADABLE));
        assertThatThrownBy(() -> SignatureAppearance.seal("GIF89a not a png".getBytes(StandardCharsets.US_ASCII)).build())
                .isInstanceOfSatisfying(AppearanceException.class, e ->
                        assertThat(e.reason()).isEqualTo(AppearanceException.Reason.APPEARANCE_IMAGE_UNSUPPORTED));
    }

    @Test
    void aNameTheFontCannotWriteIsRefusedAndTheDocumentIsUntouched() {
        byte[] unsigned = PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.OVERLAPPING);
        byte[] copy = unsigned.clone();
        SignatureRequest request = request(homeroom, "homeroom").signerName("Nguyễn Thị 蘭")
                .appearance(signer().build()).build();
        assertThatThrownBy(() -> service.prepare(unsigned, request))
                .isInstanceOfSatisfying(AppearanceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AppearanceException.Reason.APPEARANCE_FONT_LACKS_GLYPH);
                    assertThat(e.text().en()).contains("U+862D");
                });
        assertThat(unsigned).isEqualTo(copy);
    }

    @Test
    void aSealOverAMissingFieldIsRefused() {
        byte[] unsigned = PdfA3Transcripts.transcript(FONT, PdfA3Transcripts.SEAL_ELSEWHERE);
        SignatureRequest request = request(seal, "school-seal")
                .appearance(SignatureAppearance.seal(Appearances.sealPng()).over("vice-principal").build()).build();
        assertThatThrownBy(() -> service.prepare(unsigned, request))
                .isInstanceOfSatisfying(AppearanceException.class, e ->
                        assertThat(e.reason()).isEqualTo(AppearanceException.Reason.SEAL_ANCHOR_NOT_FOUND));
    }

    /** The text of a field's appearance stream, read by PDFBox's text extraction from a page that draws it. */
    static String appearanceText(byte[] pdf, String fieldName) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument scratch = new PDDocument()) {
            PDAppearanceStream appearance = document.getDocumentCatalog().getAcroForm().getField(fieldName)
                    .getWidgets().get(0).getNormalAppearanceStream();
            PDPage page = new PDPage(appearance.getBBox());
            scratch.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(scratch, page)) {
                content.drawForm(new PDFormXObject(appearance.getCOSObject()));
            }
            return new PDFTextStripper().getText(scratch);
        }
    }

    /** Pixels darker than mid-grey that poppler renders at 72 dpi inside a rectangle of page 1. */
    static int darkPixels(Path dir, byte[] pdf, PDRectangle rect) throws IOException {
        Path pdftoppm = ExternalTools.require("pdftoppm", "SKIP_PDFSIG", "poppler-utils");
        Path file = Files.createTempFile(dir, "page", ".pdf");
        Files.write(file, pdf);
        Path prefix = dir.resolve(file.getFileName() + "-render");
        float pageHeight = PDRectangle.A4.getHeight();
        List<String> command = new ArrayList<>(List.of(pdftoppm.toString(), "-f", "1", "-l", "1", "-r", "72", "-gray",
                "-singlefile", "-x", Integer.toString(Math.round(rect.getLowerLeftX())),
                "-y", Integer.toString(Math.round(pageHeight - rect.getUpperRightY())),
                "-W", Integer.toString(Math.round(rect.getWidth())), "-H", Integer.toString(Math.round(rect.getHeight())),
                file.toString(), prefix.toString()));
        ExternalTools.Result result = ExternalTools.run(command, Map.of());
        assertThat(result.exitCode()).as(result.output()).isZero();
        byte[] pgm = Files.readAllBytes(Path.of(prefix + ".pgm"));
        // P5 header: magic, width, height, maxval, each followed by white space.
        int fields = 0;
        int i = 0;
        while (fields < 4) {
            while (Character.isWhitespace(pgm[i])) {
                i++;
            }
            while (!Character.isWhitespace(pgm[i])) {
                i++;
            }
            fields++;
        }
        i++;
        int dark = 0;
        for (; i < pgm.length; i++) {
            if ((pgm[i] & 0xFF) < 128) {
                dark++;
            }
        }
        return dark;
    }
}
