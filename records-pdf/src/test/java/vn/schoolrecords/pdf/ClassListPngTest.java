package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poppler's pdftoppm, an independent renderer, draws every page, and none is blank. */
class ClassListPngTest {

    @TempDir
    Path dir;

    @Test
    void popplerRendersEveryPageAndNoneIsBlank() throws Exception {
        Optional<Path> pdftoppm = PdfTexts.pdftoppm();
        assumeTrue(pdftoppm.isPresent(),
                "pdftoppm (Debian package poppler-utils) is not installed: the PNG rendering check is skipped");
        List<Path> pages = PdfTexts.png(pdftoppm.get(), Samples.render(Samples.CLASS_LIST, Samples.OPTIONS), dir, 40);
        assertThat(pages).hasSize(2);
        for (Path page : pages) {
            assertThat(PdfTexts.inkedShare(page)).as(page.getFileName().toString()).isGreaterThan(0.01);
        }
    }
}
