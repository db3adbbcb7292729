package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.pdf.internal.Face;
import vn.schoolrecords.pdf.internal.FontSet;

class PdfFontsTest {

    private static final String STACKED = "Nguyễn Thị Ánh Tuyết: ệ ặ ỗ Ữ ậ Ẫ Ợ ẳ Ỷ đĐ";

    @ParameterizedTest
    @EnumSource(Face.class)
    void stackedDiacriticsRenderAndExtractToTheSameUnicodeText(Face face) throws IOException {
        String text = Normalizer.normalize(STACKED, Normalizer.Form.NFC);
        assertThat(extract(face, text, PdfFonts.VIETNAMESE_LETTERS)).isEqualTo(text + "\n" + PdfFonts.VIETNAMESE_LETTERS);
    }

    @Test
    void theBundledFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = write(Face.REGULAR, "ệ");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif");
            assertThat(font.isEmbedded()).isTrue();
        }
        // A subset of one glyph is far smaller than the 390 kB font file.
        assertThat(pdf.length).isLessThan(40_000);
    }

    @Test
    void aVendorsFontWithEveryVietnameseLetterIsAccepted() {
        byte[][] faces = PdfFonts.liberationSerif().faces();
        PdfFonts fonts = PdfFonts.of("Vendor Serif", faces[0], faces[1], faces[2], faces[3]);
        assertThat(fonts.familyName()).isEqualTo("Vendor Serif");
        assertThat(fonts.faces()[1]).isEqualTo(faces[1]).isNotSameAs(faces[1]);
    }

    @Test
    void bytesThatAreNotAFontAreATypedErrorNamingTheFace() {
        byte[][] faces = PdfFonts.liberationSerif().faces();
        byte[] truncated = Arrays.copyOf(faces[2], 1000);
        assertThatThrownBy(() -> PdfFonts.of("Broken", faces[0], faces[1], truncated, faces[3]))
                .isInstanceOfSatisfying(PdfFontException.class, e -> {
                    assertThat(e.code()).isEqualTo("PDF_FONT_INVALID");
                    assertThat(e.face()).isEqualTo("italic");
                    assertThat(e.text().vi()).contains("không đọc được phông chữ italic");
                });
        assertThatThrownBy(() -> PdfFonts.of("Text", "not a font".getBytes(), faces[1], faces[2], faces[3]))
                .isInstanceOfSatisfying(PdfFontException.class, e -> assertThat(e.face()).isEqualTo("regular"));
    }

    @Test
    void theVietnameseAlphabetHasEveryToneOfEveryVowelInBothCases() {
        // 12 vowels × 6 tones × 2 cases, 17 consonants × 2 cases, digits and punctuation.
        assertThat(PdfFonts.VIETNAMESE_LETTERS.codePoints().count()).isEqualTo(12 * 6 * 2 + 17 * 2 + 10 + 9);
        assertThat(PdfFonts.VIETNAMESE_LETTERS).contains("ệ", "ặ", "ỗ", "Ữ", "ậ", "Đ");
    }

    private static String extract(Face face, String... lines) throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(face, lines))) {
            return new PDFTextStripper().getText(doc).strip();
        }
    }

    private static byte[] write(Face face, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc, PdfFonts.liberationSerif().faces());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(fonts.font(face), 12);
                content.setLeading(16);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
