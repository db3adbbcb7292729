package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import vn.schoolrecords.signing.testpki.Appearances;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.DssValidation;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.PdfA3Transcripts;
import vn.schoolrecords.signing.testpki.TestPki;
import vn.schoolrecords.signing.testpki.VeraPdf;
import vn.schoolrecords.signing.verify.PdfSignatureVerifier;
import vn.schoolrecords.signing.verify.RevocationFetcher;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * Decree 30/2020 Phụ lục I (regulations.md R8.2, last bullet): the organisation signs an
 * attachment in a separate file at the top right of page 1, with no image, showing the number and
 * symbol and the time in ISO 8601 Vietnam time, Times New Roman 10 (Liberation Serif here, its
 * metric twin), upright, black.
 */
class AttachmentSignatureTest {

    static final Instant NOW = VisibleSignatureTest.NOW;
    static final char[] PASSWORD = "mat-khau-123".toCharArray();
    static final byte[] FONT = Appearances.liberationSerif();
    static final float MM = 72f / 25.4f;

    static TestPki pki;
    static Credential school;
    static byte[] signed;

    @BeforeAll
    static void signTheAttachment() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        school = pki.organisation("Trường THPT Thử nghiệm", KeyKind.RSA_2048);
        signed = sign(attachment(), SignatureAppearance.attachment().font(FONT).numberAndSymbol("12/QĐ-THPT").build());
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    /** A PDF/A-3b attachment with no signature field. */
    static byte[] attachment() {
        return PdfA3Transcripts.transcript(FONT, Map.of());
    }

    static byte[] sign(byte[] pdf, SignatureAppearance appearance) {
        SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());
        try (Pkcs12KeySource key = Pkcs12KeySource.of(school.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            return service.sign(pdf, SignatureRequest.builder(school.chain(), NOW).newField("attachment-seal")
                    .signerName("Trường THPT Thử nghiệm").appearance(appearance).build(), key);
        }
    }

    @Test
    void theAttachmentHasNoPreparedField() throws IOException {
        try (PDDocument document = Loader.loadPDF(attachment())) {
            assertThat(document.getDocumentCatalog().getAcroForm().getFields()).isEmpty();
        }
    }

    @Test
    void theAppearanceShowsTheNumberAndSymbolAndTheTimeInVietnamTime() throws IOException {
        String text = VisibleSignatureTest.appearanceText(signed, "attachment-seal");
        assertThat(text.lines().map(String::strip).toList())
                .containsExactly("12/QĐ-THPT", "2026-03-15T09:00:00+07:00");
    }

    @Test
    void theFieldIsAtTheTopRightOfPageOneInsideDecree30Margins() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = document.getDocumentCatalog().getAcroForm().getField("attachment-seal")
                    .getWidgets().get(0);
            PDRectangle rect = widget.getRectangle();
            PDPage first = document.getPage(0);
            PDRectangle page = first.getMediaBox();
            assertThat(annotations(first)).contains(widget.getCOSObject());
            assertThat(rect.getWidth()).isPositive();
            assertThat(rect.getHeight()).isPositive();
            // Right edge on the 20 mm right margin, top edge on the 25 mm top margin.
            assertThat(rect.getUpperRightX()).isCloseTo(page.getWidth() - 20 * MM, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(rect.getUpperRightY()).isCloseTo(page.getHeight() - 25 * MM, org.assertj.core.data.Offset.offset(0.01f));
            // Left of it, and below it, is the rest of page 1: the field is in the top right corner of the text area.
            assertThat(rect.getLowerLeftX()).isGreaterThan(page.getWidth() / 2);
            assertThat(rect.getLowerLeftY()).isGreaterThan(page.getHeight() * 0.85f);
            assertThat(widget.isPrinted()).isTrue();
            assertThat(widget.isHidden()).isFalse();
        }
    }

    @Test
    void theTextIsSize10BlackAndThereIsNoImage() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAppearanceStream appearance = document.getDocumentCatalog().getAcroForm().getField("attachment-seal")
                    .getWidgets().get(0).getNormalAppearanceStream();
            List<Object> tokens = new PDFStreamParser(appearance).parse();
            List<Float> sizes = new ArrayList<>();
            List<Float> colours = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator op) {
                    if (op.getName().equals("Tf")) {
                        sizes.add(((COSNumber) tokens.get(i - 1)).floatValue());
                    } else if (op.getName().equals("rg")) {
                        for (int c = 3; c >= 1; c--) {
                            colours.add(((COSNumber) tokens.get(i - c)).floatValue());
                        }
                    } else {
                        assertThat(op.getName()).as("no image is drawn").isNotEqualTo("Do");
                    }
                }
            }
            assertThat(sizes).hasSize(2).containsOnly(10f);
            assertThat(colours).as("black").isNotEmpty().containsOnly(0f);
            assertThat(appearance.getResources().getXObjectNames()).isEmpty();
            assertThat(appearance.getResources().getFontNames()).hasSize(1);
            COSName font = appearance.getResources().getFontNames().iterator().next();
            assertThat(appearance.getResources().getFont(font).getName()).contains("LiberationSerif").doesNotContain("Italic");
        }
    }

    @Test
    void theSignedAttachmentIsStillPdfA3b() {
        VeraPdf.assertPdfA3b(attachment());
        VeraPdf.assertPdfA3b(signed);
    }

    @Test
    void dssValidatesTheSignature() {
        DssValidation.Result result = DssValidation.validate(signed, pki.rootCertificate(), true);
        assertThat(result.signatures()).as(result.simpleReport()).singleElement().satisfies(v -> {
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
            assertThat(v.indication()).as(result.simpleReport()).isEqualTo(Indication.TOTAL_PASSED);
        });
    }

    @Test
    void ourVerifierReportsItValid() {
        VerificationReport report = PdfSignatureVerifier.verify(signed, TrustAnchors.of(List.of(pki.rootCertificate())),
                VerificationPolicy.builder(NOW.plus(Duration.ofHours(1)))
                        .fetcher(RevocationFetcher.from(HttpRevocationSource.of())).build());
        assertThat(report.passed()).as(report.text(java.util.Locale.ENGLISH)).isTrue();
        assertThat(report.signaturesOnly()).hasSize(1);
    }

    @Test
    void anInvisibleNewFieldStaysInvisibleEvenWithAnAttachmentAppearance() throws IOException {
        SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());
        byte[] invisible;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(school.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            invisible = service.sign(attachment(), SignatureRequest.builder(school.chain(), NOW)
                    .newInvisibleField("attachment-seal").appearance(SignatureAppearance.attachment().font(FONT)
                            .numberAndSymbol("12/QĐ-THPT").build()).build(), key);
        }
        try (PDDocument document = Loader.loadPDF(invisible)) {
            PDRectangle rect = document.getDocumentCatalog().getAcroForm().getField("attachment-seal").getWidgets().get(0)
                    .getRectangle();
            assertThat(rect.getWidth()).isZero();
        }
    }

    @Test
    void anAttachmentWithoutANumberAndSymbolIsRefused() {
        assertThatThrownBy(() -> SignatureAppearance.attachment().font(FONT).build())
                .isInstanceOfSatisfying(AppearanceException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_NUMBER_MISSING");
                    assertThat(e.text().vi()).contains("số và ký hiệu");
                });
        assertThatThrownBy(() -> SignatureAppearance.attachment().font(FONT).numberAndSymbol("  ").build())
                .isInstanceOfSatisfying(AppearanceException.class,
                        e -> assertThat(e.reason()).isEqualTo(AppearanceException.Reason.ATTACHMENT_NUMBER_MISSING));
    }

    @Test
    void aMalformedNumberAndSymbolIsRefused() {
        for (String bad : List.of("5/QĐ-THPT", "Số: 12/QĐ-THPT", "12", "QĐ-THPT", "12/QĐ THPT", "12/QĐ-\nTHPT")) {
            assertThatThrownBy(() -> SignatureAppearance.attachment().font(FONT).numberAndSymbol(bad).build())
                    .as(bad).isInstanceOfSatisfying(AppearanceException.class,
                            e -> assertThat(e.reason()).isEqualTo(AppearanceException.Reason.ATTACHMENT_NUMBER_MALFORMED));
        }
        for (String good : List.of("05/QĐ-THPT", "125/2026/NQ-HĐND", "12/TTr-UBND", "101/KH")) {
            assertThat(SignatureAppearance.attachment().font(FONT).numberAndSymbol(good).build().numberAndSymbol())
                    .contains(good);
        }
    }

    @Test
    void anAttachmentHasNoImageAndNoFont() {
        assertThatThrownBy(() -> SignatureAppearance.attachment().signatureImage(Appearances.signaturePng()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SignatureAppearance.attachment().numberAndSymbol("12/QĐ-THPT").build())
                .isInstanceOfSatisfying(AppearanceException.class,
                        e -> assertThat(e.reason()).isEqualTo(AppearanceException.Reason.APPEARANCE_FONT_MISSING));
    }

    private static List<Object> annotations(PDPage page) throws IOException {
        List<Object> cos = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            cos.add(a.getCOSObject());
        }
        return cos;
    }
}
