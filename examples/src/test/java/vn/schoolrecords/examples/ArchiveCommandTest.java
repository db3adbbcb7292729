package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.SchoolRoster;

class ArchiveCommandTest {

    @TempDir
    Path dir;
    private Path school;
    private final Cli cli = new Cli();

    @BeforeEach
    void schoolDirectory() throws Exception {
        school = Files.createDirectories(dir.resolve("school"));
        SchoolRoster roster = SampleSchools.secondary(5);
        CliFiles.writeJson(school.resolve("school-roster-" + roster.school().code() + ".json"), roster);
        CliFiles.writeJson(school.resolve("transcripts/transcript-1.json"), SampleTranscripts.secondary(5));
        Files.write(school.resolve("transcripts/transcript-1.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(school.resolve("key.p12"), "not for the archive");
    }

    @Test
    void writesTheArchiveAndVerifiesIt() throws Exception {
        Path zip = dir.resolve("out/archive.zip");
        assertThat(cli.run("archive", "--school", school.toString(), "--out", zip.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("3 mục / entries").contains("bỏ qua / left out 1");
        assertThat(entries(zip)).containsExactlyInAnyOrder("records/school-roster.json",
                "records/transcripts/transcript-1.json", "pdf/transcripts/transcript-1.pdf", "manifest.json");
        assertThat(cli.run("archive", "verify", zip.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("3 mục khớp / entries intact").contains("Nguyên vẹn / intact");
    }

    @Test
    void theProgressBarIsDrawnOnAConsoleOrWhenAskedAndNeverIntoALog() throws Exception {
        String[] write = {"archive", "--school", school.toString(), "--out", dir.resolve("a.zip").toString()};
        assertThat(cli.run(write)).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();

        String[] asked = {"archive", "--school", school.toString(), "--out", dir.resolve("b.zip").toString(),
            "--progress"};
        assertThat(cli.run(asked)).as(cli.err()).isZero();
        assertThat(cli.err()).startsWith("\r[").contains("] 1/2 tệp / files").endsWith("] 2/2 tệp / files" + System.lineSeparator());

        Cli console = new Cli().interactive();
        assertThat(console.run(write)).as(console.err()).isZero();
        assertThat(console.err()).contains("\r[" + "#".repeat(30) + "] 2/2 tệp / files");
    }

    @Test
    void anAlteredEntryFailsTheCheck() throws Exception {
        Path zip = dir.resolve("archive.zip");
        assertThat(cli.run("archive", "--school", school.toString(), "--out", zip.toString())).isZero();
        Path altered = dir.resolve("altered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".pdf")) {
                    bytes = "%PDF-1.7\n% altered\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        assertThat(cli.run("archive", "verify", altered.toString())).isEqualTo(Records.FAILED);
        assertThat(cli.out()).contains("ALTERED pdf/transcripts/transcript-1.pdf");
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("NOT_VERIFIED").contains("not intact");
    }

    @Test
    void badInputFailsOnOneLine() throws Exception {
        Path noRoster = Files.createDirectories(dir.resolve("empty"));
        Path notZip = Files.writeString(dir.resolve("not.zip"), "plain text");
        String[][] cases = {
            {"archive", "--school", dir.resolve("missing").toString(), "--out", dir.resolve("a.zip").toString()},
            {"archive", "--school", noRoster.toString(), "--out", dir.resolve("b.zip").toString()},
            {"archive", "verify", dir.resolve("missing.zip").toString()},
            {"archive", "verify", notZip.toString()},
        };
        for (String[] c : cases) {
            assertThat(cli.run(c)).as(String.join(" ", c)).isEqualTo(Records.FAILED);
            assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
            assertThat(cli.err()).doesNotContain("\tat ");
        }
    }

    private static java.util.List<String> entries(Path zip) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
