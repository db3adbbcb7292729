package vn.schoolrecords.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LinesTest {

    private final PDDocument doc = new PDDocument();
    private final FontSet fonts = new FontSet(doc, Fixtures.bundledFaces());
    private final Style style = Style.regular(12);

    @Test
    void aTextThatFitsStaysOnOneLine() {
        assertThat(Lines.wrap("Nguyễn Thị Ánh Tuyết", fonts, style, 500)).containsExactly("Nguyễn Thị Ánh Tuyết");
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        List<String> lines = Lines.wrap("Tôn Nữ Thị Hoàng Ngọc Phương Thảo Nguyên", fonts, style, 80);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("Tôn Nữ Thị Hoàng Ngọc Phương Thảo Nguyên");
        assertThat(lines).allSatisfy(l -> assertThat(fonts.width(l, style)).isLessThanOrEqualTo(80));
    }

    @Test
    void aWordWiderThanTheColumnIsBrokenBetweenLettersNeverInsideOne() {
        // Decomposed on purpose: each letter carries combining marks that must stay with it.
        String word = Normalizer.normalize("Nghiêngngảnghiêngngửanghiêngnghiêng", Normalizer.Form.NFD);
        List<String> lines = Lines.wrap(word, fonts, style, 40);
        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).allSatisfy(l -> {
            assertThat(fonts.width(l, style)).isLessThanOrEqualTo(40);
            assertThat(Character.getType(l.codePointAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
        });
    }

    @Test
    void runsOfWhiteSpaceCountAsOneSpaceAndLineBreaksAreKept() {
        assertThat(Lines.wrap("  Lê \t Văn   Tám ", fonts, style, 500)).containsExactly("Lê Văn Tám");
        assertThat(Lines.wrap("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", fonts, style, 500))
                .containsExactly("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG");
        assertThat(Lines.wrap("", fonts, style, 500)).containsExactly("");
    }
}
