package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.EmbeddedRecords;

class RenderCommandTest {

    @TempDir
    Path dir;
    private final Cli cli = new Cli();

    @Test
    void aTranscriptBecomesAPdfWithItsJsonInsideAndItsSignatureFields() throws Exception {
        Transcript transcript = SampleTranscripts.secondary(8);
        Path in = CliFiles.writeJson(dir.resolve("transcript.json"), transcript);
        Path out = dir.resolve("pdf/transcript.pdf");
        assertThat(cli.run("render", "--in", in.toString(), "--out", out.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains(transcript.student().fullName()).contains("4 năm học");
        byte[] pdf = Files.readAllBytes(out);
        assertThat(EmbeddedRecords.extract(pdf, Transcript.class)).isEqualTo(transcript);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFieldTree()).filteredOn(PDSignatureField.class::isInstance)
                    .extracting(PDField::getFullyQualifiedName)
                    .contains("homeroom-2022", "principal-2025", "school-seal-2025");
        }
    }

    @Test
    void aPrimaryTranscriptToo() throws Exception {
        Transcript transcript = SampleTranscripts.primary(8);
        Path in = CliFiles.writeJson(dir.resolve("primary.json"), transcript);
        Path out = dir.resolve("primary.pdf");
        assertThat(cli.run("render", "--in", in.toString(), "--out", out.toString())).as(cli.err()).isZero();
        assertThat(EmbeddedRecords.extract(Files.readAllBytes(out), Transcript.class)).isEqualTo(transcript);
    }

    @Test
    void aRostersClassList() throws Exception {
        SchoolRoster roster = SampleSchools.secondary(8);
        Path in = CliFiles.writeJson(dir.resolve("roster.json"), roster);
        Path out = dir.resolve("list.pdf");
        String name = roster.classes().get(1).name();
        assertThat(cli.run("render", "--in", in.toString(), "--class", name, "--out", out.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("class list " + name);
        SchoolRoster embedded = EmbeddedRecords.extract(Files.readAllBytes(out), SchoolRoster.class);
        assertThat(embedded.school()).isEqualTo(roster.school());
        assertThat(embedded.classes()).containsExactly(roster.classes().get(1));
        assertThat(embedded.students()).isEqualTo(roster.studentsOf(roster.classes().get(1).id()));
    }

    @Test
    void aDirectoryIsABatchWithAProgressBarOnlyWhenAsked() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int seed = 1; seed <= 3; seed++) {
            CliFiles.writeJson(in.resolve("transcript-" + seed + ".json"), SampleTranscripts.secondary(seed));
        }
        Path out = dir.resolve("out");
        // Not on a console (a log, a pipe): no carriage returns on standard error.
        assertThat(cli.run("render", "--in", in.toString(), "--out", out.toString())).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("3 PDF");

        assertThat(cli.run("render", "--in", in.toString(), "--out", out.toString(), "--progress"))
                .as(cli.err()).isZero();
        for (int seed = 1; seed <= 3; seed++) {
            assertThat(EmbeddedRecords.extract(Files.readAllBytes(out.resolve("transcript-" + seed + ".pdf")),
                    Transcript.class)).isEqualTo(SampleTranscripts.secondary(seed));
        }
        assertThat(cli.err()).contains("] 1/3").contains("] 3/3").contains("[" + "#".repeat(30) + "]");
        assertThat(cli.out()).contains("3 PDF");
    }

    @Test
    void badInputFailsOnOneLine() throws Exception {
        Path malformed = Files.writeString(dir.resolve("bad.json"), "{\"schema\": ");
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"schema\": \"plan/1\"}");
        Path invalid = Files.writeString(dir.resolve("invalid.json"), "{\"schema\": \"transcript/1\", \"student\": 3}");
        Path roster = CliFiles.writeJson(dir.resolve("roster.json"), SampleSchools.secondary(9));
        String out = dir.resolve("x.pdf").toString();
        String[][] cases = {
            {"render", "--in", dir.resolve("missing.json").toString(), "--out", out},
            {"render", "--in", malformed.toString(), "--out", out},
            {"render", "--in", unknown.toString(), "--out", out},
            {"render", "--in", invalid.toString(), "--out", out},
            {"render", "--in", roster.toString(), "--class", "13Z9", "--out", out},
        };
        String[] expected = {"FILE_UNREADABLE", "MALFORMED_DOCUMENT", "WRONG_KIND_OF_FILE", "MALFORMED_DOCUMENT",
            "WRONG_KIND_OF_FILE"};
        for (int i = 0; i < cases.length; i++) {
            assertThat(cli.run(cases[i])).as(expected[i] + ": " + cli.err()).isEqualTo(Records.FAILED);
            assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
            assertThat(cli.err()).contains(expected[i]).doesNotContain("\tat ");
        }
        assertThat(cli.run("render", "--in", roster.toString(), "--out", out)).isEqualTo(Records.USAGE);
        assertThat(cli.err()).contains("a roster needs --class NAME");
        assertThat(Path.of(out)).doesNotExist();
    }
}
