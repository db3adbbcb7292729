package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /** The share of pixels that are clearly not white. */
    static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 160) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
