package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;

class AssessCommandTest {

    @TempDir
    static Path dir;
    private static SchoolRoster roster;
    private static GradeBook year;
    private static Path rosterFile;
    private static Path yearFile;
    private static Path firstTermFile;

    private final Cli cli = new Cli();

    @BeforeAll
    static void files() {
        roster = SampleSchools.secondary(11);
        String classId = roster.classes().get(0).id();
        year = SampleGradeBooks.log(roster, classId, Term.SECOND, 11).replay();
        rosterFile = CliFiles.writeJson(dir.resolve("roster.json"), roster);
        yearFile = CliFiles.writeJson(dir.resolve("gradebook.json"), year);
        firstTermFile = CliFiles.writeJson(dir.resolve("gradebook-hk1.json"),
                SampleGradeBooks.log(roster, classId, Term.FIRST, 11).replay());
    }

    @Test
    void printsTheSummaryWithReasonsAndWritesTheResults() throws Exception {
        Path out = dir.resolve("results.json");
        assertThat(cli.run("assess", "--in", yearFile.toString(), "--roster", rosterFile.toString(), "--out",
                out.toString())).as(cli.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(Files.readString(out));
        int total = results.get("summary").get("total").asInt();
        assertThat(total).isEqualTo(year.studentIds().size());
        assertThat(cli.out()).contains("Lớp / class " + year.className())
                .contains(total + " học sinh đã đánh giá / students assessed (TT 22/2021)")
                .contains(CliFiles.shown(out));
        // Every student not simply promoted is printed by name with at least one failed condition and its article.
        int listed = 0;
        for (JsonNode s : results.get("students")) {
            assertThat(s.get("regime").asText()).isEqualTo("TT 22/2021");
            if (!s.get("promotion").asText().equals("Được lên lớp")) {
                listed++;
                assertThat(cli.out()).contains(s.get("name").asText() + " (" + s.get("studentId").asText() + "): ");
                assertThat(s.get("failed").size()).isPositive();
                assertThat(cli.out()).contains(s.get("failed").get(0).get("citation").asText());
            }
        }
        String names = roster.studentsOf(year.classId()).stream().map(Student::fullName).reduce("", String::concat);
        assertThat(names).isNotEmpty();
        assertThat(cli.out().split("\\[✗\\]", -1).length - 1).isGreaterThanOrEqualTo(listed);
    }

    @Test
    void aBookWithOnlySemesterOneAssessesNobodyAndSaysWhatIsMissing() {
        assertThat(cli.run("assess", "--in", firstTermFile.toString(), "--roster", rosterFile.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("0 học sinh đã đánh giá").contains("Chưa đánh giá / not assessed:")
                .contains("thiếu / missing");
    }

    @Test
    void badInputFailsOnOneLine() throws Exception {
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"schema\": \"gradebook/1\", ");
        Path otherYear = CliFiles.writeJson(dir.resolve("other-year.json"), SampleSchools.secondary(11, SchoolYear.of(2024)));
        Path otherSchool = CliFiles.writeJson(dir.resolve("other-school.json"), SampleSchools.secondary(12));
        String[][] cases = {
            {"assess", "--in", dir.resolve("missing.json").toString(), "--roster", rosterFile.toString()},
            {"assess", "--in", malformed.toString(), "--roster", rosterFile.toString()},
            {"assess", "--in", rosterFile.toString(), "--roster", rosterFile.toString()},
            {"assess", "--in", yearFile.toString(), "--roster", yearFile.toString()},
            {"assess", "--in", yearFile.toString(), "--roster", otherYear.toString()},
            {"assess", "--in", yearFile.toString(), "--roster", otherSchool.toString()},
        };
        String[] expected = {"FILE_UNREADABLE", "MALFORMED_DOCUMENT", "MALFORMED_DOCUMENT", "MALFORMED_DOCUMENT",
            "WRONG_KIND_OF_FILE", "WRONG_KIND_OF_FILE"};
        for (int i = 0; i < cases.length; i++) {
            assertThat(cli.run(cases[i])).as(expected[i] + ": " + cli.err()).isEqualTo(Records.FAILED);
            assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
            assertThat(cli.err()).contains(expected[i]).doesNotContain("\tat ");
        }
    }
}
