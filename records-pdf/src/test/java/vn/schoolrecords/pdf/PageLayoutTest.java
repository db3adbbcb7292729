package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.Violation;

class PageLayoutTest {

    private static BigDecimal mm(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultIsA4PortraitWithTheDecreesSmallestMargins() {
        PageLayout layout = PageLayout.DECREE_30;
        assertThat(layout.topMm()).isEqualByComparingTo("20");
        assertThat(layout.leftMm()).isEqualByComparingTo("30");
        assertThat(layout.rightMm()).isEqualByComparingTo("15");
        PDRectangle page = layout.mediaBox();
        assertThat(page.getWidth()).isCloseTo(595.2756f, within(0.001f));
        assertThat(page.getHeight()).isCloseTo(841.8898f, within(0.001f));
        assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.01f));
    }

    @Test
    void theContentAreaLiesInsideTheMargins() {
        PDRectangle content = PageLayout.DECREE_30.contentArea();
        assertThat(content.getLowerLeftX()).isCloseTo(85.0394f, within(0.001f));
        assertThat(content.getLowerLeftY()).isCloseTo(56.6929f, within(0.001f));
        assertThat(content.getWidth()).isCloseTo(PageLayout.points(mm("165")), within(0.001f));
        assertThat(content.getHeight()).isCloseTo(PageLayout.points(mm("257")), within(0.001f));
    }

    @Test
    void marginsOutsideTheirRangesAreRejectedAllAtOnce() {
        assertThatThrownBy(() -> PageLayout.of(mm("19.9"), mm("20"), mm("36"), mm("15")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("topMm", "leftMm");
                    assertThat(e.violations().get(1).message().vi()).contains("lề trái phải từ 30 đến 35 mm");
                });
        assertThat(PageLayout.of(mm("25"), mm("25"), mm("35"), mm("20")).rightMm()).isEqualByComparingTo("20");
        assertThatThrownBy(() -> PageLayout.DECREE_30.withLeftMm(mm("29")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPageOfThisLayoutSurvivesSavingAndLoading() throws Exception {
        PageLayout layout = PageLayout.DECREE_30.withLeftMm(mm("35"));
        byte[] bytes;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(layout.mediaBox());
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PDRectangle area = layout.contentArea();
                content.addRect(area.getLowerLeftX(), area.getLowerLeftY(), area.getWidth(), area.getHeight());
                content.stroke();
            }
            document.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument loaded = Loader.loadPDF(bytes)) {
            assertThat(loaded.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = loaded.getPage(0).getMediaBox();
            assertThat(box.getLowerLeftX()).isZero();
            assertThat(box.getWidth()).isCloseTo(595.2756f, within(0.001f));
            assertThat(box.getHeight()).isCloseTo(841.8898f, within(0.001f));
            assertThat(box.getWidth()).isLessThan(box.getHeight());
        }
    }
}
