package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;

class RecordsTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Records.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoPrintsASummaryAndWritesTheRosterJson(@TempDir Path dir) throws Exception {
        int code = run("demo", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        SchoolRoster expected = SampleSchools.upperSecondary(DemoCommand.DEFAULT_SEED);
        String homeroom = expected.staffMember(expected.classes().get(0).homeroomTeacherId()).orElseThrow().fullName();
        assertThat(out())
                .contains(expected.school().name())
                .contains("2025-2026")
                .contains(expected.classes().size() + " lớp / classes, " + expected.students().size() + " học sinh")
                .contains("Lớp / class 10A1")
                .contains(homeroom)
                .contains(expected.studentsOf(expected.classes().get(0).id()).get(0).fullName());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(out()).contains(files.get(0).toAbsolutePath().toString());
        String json = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(RecordsJson.read(json, SchoolRoster.class)).isEqualTo(expected);
        assertThat(json).isEqualTo(RecordsJson.write(expected));
    }

    @Test
    void gradebookPrintsTheClassBookThePersonalBookAndTheEditLogAsPdf(@TempDir Path dir) throws Exception {
        assertThat(run("gradebook", "--out", dir.toString(), "--seed", "3")).isZero();
        assertThat(err()).isEmpty();
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
            assertThat(out()).contains(file.toAbsolutePath().toString());
        }
    }

    @Test
    void anotherSeedGivesAnotherSchool(@TempDir Path dir) {
        assertThat(run("demo", "--out", dir.toString(), "--seed", "7")).isZero();
        assertThat(out()).contains(SampleSchools.upperSecondary(7).school().name());
    }

    @Test
    void anUnknownCommandIsOneLineOnStandardErrorAndExitCodeTwo() {
        assertThat(run("grade")).isEqualTo(Records.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("records: unknown command 'grade'").contains("demo");
        assertThat(err().strip().lines()).hasSize(1);
    }

    @Test
    void badArgumentsAreOneLineWithoutAStackTrace() {
        assertThat(run("demo", "--out")).isEqualTo(Records.USAGE);
        assertThat(run("demo", "--seed", "abc")).isEqualTo(Records.USAGE);
        assertThat(run("demo", "--colour")).isEqualTo(Records.USAGE);
        assertThat(run()).isEqualTo(Records.USAGE);
        assertThat(err().strip().lines()).hasSize(4).noneMatch(line -> line.contains("\tat "))
                .anyMatch(line -> line.contains("--out needs a value"))
                .anyMatch(line -> line.contains("--seed needs a whole number"))
                .anyMatch(line -> line.contains("unknown option '--colour'"));
    }

    @Test
    void anUnwritableDirectoryIsAFailureOnOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThat(run("demo", "--out", file.toString())).isEqualTo(Records.FAILED);
        assertThat(err().strip().lines()).hasSize(1);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("usage: records <command>").contains("demo [--out DIR]");
    }
}
