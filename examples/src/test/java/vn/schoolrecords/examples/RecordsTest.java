package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordsTest {

    private final Cli cli = new Cli();

    @Test
    void anUnknownCommandIsOneLineOnStandardErrorAndExitCodeTwo() {
        assertThat(cli.run("grade")).isEqualTo(Records.USAGE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("records: unknown command 'grade'").contains("demo");
        assertThat(cli.err().strip().lines()).hasSize(1);
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(cli.run()).isEqualTo(Records.USAGE);
        assertThat(cli.err()).startsWith("records: no command given");
    }

    @Test
    void badArgumentsAreOneLineWithoutAStackTrace() {
        StringBuilder all = new StringBuilder();
        for (String[] args : new String[][] {{"demo", "--out"}, {"demo", "--seed", "abc"}, {"demo", "--colour"},
                {"sign", "--in"}, {"sign", "--in", "a.pdf", "--in", "b.pdf"}, {"render", "--in", "x.json"},
                {"archive", "verify"}, {"assess", "extra"}}) {
            assertThat(cli.run(args)).as(String.join(" ", args)).isEqualTo(Records.USAGE);
            assertThat(cli.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            all.append(cli.err());
        }
        assertThat(all.toString()).doesNotContain("\tat ")
                .contains("--out needs a value")
                .contains("--seed needs a whole number")
                .contains("unknown option '--colour'")
                .contains("--in given twice")
                .contains("--out is required")
                .contains("archive verify takes one ZIP file")
                .contains("unexpected argument 'extra'")
                .contains("(usage: records sign --in FILE.pdf");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(cli.run("help")).isZero();
        assertThat(cli.out()).contains("usage: records <command>")
                .contains("demo [--out DIR]").contains("assess --in").contains("render --in").contains("sign --in")
                .contains("verify --in").contains("archive --school").contains("gradebook [--out DIR]");
    }

    @Test
    void gradebookPrintsTheClassBookThePersonalBookAndTheEditLogAsPdf(@TempDir Path dir) throws Exception {
        assertThat(cli.run("gradebook", "--out", dir.toString(), "--seed", "3")).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).hasSize(3)
                .anyMatch(n -> n.startsWith("so-diem-") && n.endsWith("-hk1.pdf"))
                .anyMatch(n -> n.startsWith("so-diem-ca-nhan-"))
                .anyMatch(n -> n.startsWith("nhat-ki-sua-diem-"));
        for (Path file : files) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                assertThat(doc.getNumberOfPages()).isPositive();
                assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).isNotEmpty();
            }
            assertThat(cli.out()).contains(file.toAbsolutePath().toString());
        }
    }
}
