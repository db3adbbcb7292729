package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;

/** Poppler's pdftoppm draws every page of each transcript print, and none is blank. */
class TranscriptPngTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"secondary", "primary", "copy"})
    void popplerRendersEveryPageAndNoneIsBlank(String kind) throws Exception {
        Optional<Path> pdftoppm = PdfTexts.pdftoppm();
        assumeTrue(pdftoppm.isPresent(),
                "pdftoppm (Debian package poppler-utils) is not installed: the PNG rendering check is skipped");
        byte[] bytes = switch (kind) {
            case "secondary" -> TranscriptSamples.secondary(TranscriptSamples.SECONDARY, TranscriptPrint.original(),
                    Samples.OPTIONS);
            case "primary" -> TranscriptSamples.primary(TranscriptSamples.PRIMARY, Samples.OPTIONS);
            default -> TranscriptSamples.secondary(TranscriptSamples.REISSUED,
                    TranscriptPrint.copyOf(TranscriptSamples.REISSUED.reissues().get(1)), Samples.OPTIONS);
        };
        int expected = kind.equals("primary") ? 6 : 5;
        List<Path> pages = PdfTexts.png(pdftoppm.get(), bytes, dir, 40);
        assertThat(pages).hasSize(expected);
        for (Path page : pages) {
            assertThat(PdfTexts.inkedShare(page)).as(page.getFileName().toString())
                    .isGreaterThan(0.01);
        }
    }
}
