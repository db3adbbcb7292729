package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
        Optional<Path> pdftoppm = ClassListPngTest.onPath("pdftoppm");
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
        Path pdf = dir.resolve(kind + ".pdf");
        Files.write(pdf, bytes);

        Process process = new ProcessBuilder(pdftoppm.get().toString(), "-r", "40", "-png", pdf.toString(),
                dir.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("poppler's warnings").isEmpty();

        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pages).hasSize(expected);
        for (Path page : pages) {
            assertThat(ClassListPngTest.inkedShare(ImageIO.read(page.toFile()))).as(page.getFileName().toString())
                    .isGreaterThan(0.01);
        }
    }
}
