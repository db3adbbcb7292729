package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.score;
import static vn.schoolrecords.core.gradebook.GradeBookJsonTest.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.gradebook.EditLogReport.ChangeKind;
import vn.schoolrecords.core.gradebook.EditLogReport.ScoreChange;
import vn.schoolrecords.core.gradebook.EditLogReport.TeacherSection;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Term;

/** The edit-log report as an exchanged document: schema edit-log-report/1, its JSON Schema and its rules. */
class EditLogReportJsonTest {

    private static final String SCHEMA_FILE = "edit-log-report-1.schema.json";
    private static final GradeBookLog LOG = GradeBookJsonTest.everyKindOfEvent().log();
    /** November 2024: a direct edit; January 2025: an approved correction. */
    private static final EditLogReport NOVEMBER = EditLogReport.monthly(LOG, YearMonth.of(2024, 11), EditPolicy.VIETNAM);
    private static final EditLogReport JANUARY = EditLogReport.monthly(LOG, YearMonth.of(2025, 1), EditPolicy.VIETNAM);
    private static final SchoolRoster ROSTER = SampleSchools.secondary(1);
    private static final GradeBookLog SAMPLE_LOG = SampleGradeBooks.log(ROSTER, ROSTER.classes().get(0).id(), Term.SECOND, 7);

    @Test
    void theReportCarriesItsSchemaAndItsJsonHasTheDocumentedShape() throws Exception {
        assertThat(NOVEMBER.schema()).isEqualTo(EditLogReport.SCHEMA).isEqualTo("edit-log-report/1");
        assertThat(RecordsJson.schemaResource(EditLogReport.class)).contains("/schema/" + SCHEMA_FILE);
        String json = RecordsJson.write(NOVEMBER);
        assertThat(validate(SCHEMA_FILE, json)).isEmpty();
        assertThat(json).contains("\"schema\" : \"edit-log-report/1\"", "\"year\" : \"2024-2025\"",
                "\"month\" : \"2024-11\"", "\"zone\" : \"Asia/Ho_Chi_Minh\"", "\"kind\" : \"DIRECT_EDIT\"",
                "\"oldMark\" : \"5.5\"", "\"newMark\" : \"9.5\"", "\"approvedBy\" : null");
        assertThat(RecordsJson.read(json, EditLogReport.class)).isEqualTo(NOVEMBER);
    }

    @Test
    void anApprovedCorrectionAndAnEmptyMonthRoundTripAndMatchTheSchema() throws Exception {
        EditLogReport october = EditLogReport.monthly(LOG, YearMonth.of(2024, 10), EditPolicy.VIETNAM);
        for (EditLogReport report : List.of(JANUARY, october, NOVEMBER.forTeacher("GV02"))) {
            String json = RecordsJson.write(report);
            assertThat(validate(SCHEMA_FILE, json)).as(json).isEmpty();
            assertThat(RecordsJson.read(json, EditLogReport.class)).isEqualTo(report);
        }
        assertThat(RecordsJson.write(JANUARY)).contains("\"approvedBy\" : \"HT01\"");
    }

    @Test
    void forTeacherKeepsOnlyThatTeachersSection() {
        EditLogReport own = NOVEMBER.forTeacher("GV01");
        assertThat(own.teachers()).containsExactly(NOVEMBER.teacher("GV01").orElseThrow());
        assertThat(NOVEMBER.forTeacher("GV02").teachers()).isEmpty();
        assertThat(NOVEMBER.forTeacher("GV02").month()).isEqualTo(NOVEMBER.month());
    }

    @Property(tries = 12)
    void everyMonthsReportOfTheSampleYearRoundTripsAndMatchesTheSchema(@ForAll @IntRange(min = 0, max = 11) int m)
            throws Exception {
        EditLogReport report = EditLogReport.monthly(SAMPLE_LOG, YearMonth.of(2025, 8).plusMonths(m), EditPolicy.VIETNAM);
        String json = RecordsJson.write(report);
        assertThat(validate(SCHEMA_FILE, json)).isEmpty();
        assertThat(RecordsJson.read(json, EditLogReport.class)).isEqualTo(report);
        for (TeacherSection section : report.teachers()) {
            EditLogReport own = report.forTeacher(section.teacherId());
            assertThat(RecordsJson.read(RecordsJson.write(own), EditLogReport.class)).isEqualTo(own);
        }
    }

    @Test
    void theSchemaAndTheReaderRejectTheSameStructuralFaults() throws Exception {
        assertBothReject(j -> j.put("schema", "edit-log-report/2"), InvalidValueException.class);
        assertBothReject(j -> j.put("month", "2024-13"), MalformedDocumentException.class);
        assertBothReject(j -> j.put("colour", "red"), MalformedDocumentException.class);
        assertBothReject(j -> change(j).put("newMark", "9"), MalformedDocumentException.class);
        assertBothReject(j -> change(j).put("kind", "APPROVED_CORRECTION"), InvalidValueException.class);
        assertBothReject(j -> change(j).put("approvedBy", "HT01"), InvalidValueException.class);
        assertBothReject(j -> change(j).put("reason", " "), InvalidValueException.class);
        assertBothReject(j -> change(j).put("sequence", 0), InvalidValueException.class);
        assertBothReject(j -> change(j).remove("evidence"), MalformedDocumentException.class);
        assertBothReject(j -> ((ObjectNode) j.withArray("teachers").get(0)).putArray("changes"),
                InvalidValueException.class);
        assertBothReject(j -> ((ObjectNode) j.withArray("teachers").get(0)).put("teacherId", "GV 01"),
                InvalidValueException.class);
    }

    @Test
    void theReaderChecksWhatTheSchemaCannot() throws Exception {
        // A change outside the month, and a teacher listed twice: valid to the schema, not a report.
        ObjectNode outside = tree(NOVEMBER);
        change(outside).put("at", "2024-12-01T00:00:00Z");
        assertThat(validate(SCHEMA_FILE, outside.toString())).isEmpty();
        assertThatThrownBy(() -> RecordsJson.read(outside.toString(), EditLogReport.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations().get(0).rule()).isEqualTo("EditLogReport.month");
                    assertThat(e.violations().get(0).path()).isEqualTo("teachers[0].changes[0].at");
                });
        ObjectNode twice = tree(NOVEMBER);
        ArrayNode teachers = twice.withArray("teachers");
        teachers.add(teachers.get(0).deepCopy());
        assertThat(validate(SCHEMA_FILE, twice.toString())).isEmpty();
        assertThatThrownBy(() -> RecordsJson.read(twice.toString(), EditLogReport.class))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("EditLogReport.teacherRepeated"));
    }

    @Test
    void theFactoryChecksTheSameRules() {
        ScoreChange edit = NOVEMBER.teachers().get(0).changes().get(0);
        ScoreChange correction = JANUARY.teachers().get(0).changes().get(0);
        SchoolYear year = NOVEMBER.year();
        ZoneId zone = EditPolicy.VIETNAM;
        assertRule(() -> EditLogReport.of("10A1", "10A1", year, YearMonth.of(2024, 12), zone,
                List.of(new TeacherSection("GV01", List.of(edit)))), "EditLogReport.month");
        assertRule(() -> EditLogReport.of("10A1", "10A1", year, YearMonth.of(2024, 11), zone,
                List.of(new TeacherSection("GV01", List.of(edit, edit)))), "EditLogReport.sequence");
        assertRule(() -> EditLogReport.of("10A1", " ", year, YearMonth.of(2024, 11), zone, List.of()),
                "EditLogReport.className");
        assertRule(() -> new EditLogReport("gradebook/1", "10A1", "10A1", year, YearMonth.of(2024, 11), zone,
                List.of()), "Schema.version");
        assertRule(() -> new ScoreChange(3, Instant.EPOCH, edit.cell(), score("1"), score("2"), "r", edit.evidence(),
                ChangeKind.DIRECT_EDIT, Optional.of("HT01")), "EditLogReport.approval");
        assertRule(() -> new ScoreChange(3, Instant.EPOCH, correction.cell(), score("1"), score("2"), "r",
                correction.evidence(), ChangeKind.APPROVED_CORRECTION, Optional.empty()), "EditLogReport.approval");
        // In another zone the same instant may fall in another month: the zone is part of the report.
        List<ScoreChange> late = new ArrayList<>(List.of(new ScoreChange(1, Instant.parse("2024-11-30T20:00:00Z"),
                edit.cell(), score("1"), score("2"), "r", edit.evidence(), ChangeKind.DIRECT_EDIT, Optional.empty())));
        assertThat(EditLogReport.of("10A1", "10A1", year, YearMonth.of(2024, 11), ZoneId.of("UTC"),
                List.of(new TeacherSection("GV01", late))).teachers()).hasSize(1);
        assertRule(() -> EditLogReport.of("10A1", "10A1", year, YearMonth.of(2024, 11), zone,
                List.of(new TeacherSection("GV01", late))), "EditLogReport.month");
    }

    private static void assertBothReject(Consumer<ObjectNode> fault, Class<? extends RecordsException> error)
            throws Exception {
        ObjectNode json = tree(NOVEMBER);
        fault.accept(json);
        assertThat(validate(SCHEMA_FILE, json.toString())).as(json.toString()).isNotEmpty();
        assertThatThrownBy(() -> RecordsJson.read(json.toString(), EditLogReport.class)).isInstanceOf(error);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.violations().get(0).rule()).isEqualTo(rule));
    }

    private static ObjectNode tree(EditLogReport report) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(RecordsJson.write(report));
    }

    private static ObjectNode change(ObjectNode report) {
        return (ObjectNode) report.withArray("teachers").get(0).withArray("changes").get(0);
    }
}
