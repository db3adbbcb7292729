package vn.schoolrecords.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.schoolrecords.core.ViolationAssertions.assertBilingual;
import static vn.schoolrecords.core.ViolationAssertions.rejected;
import static vn.schoolrecords.core.json.JsonEdits.editArray;
import static vn.schoolrecords.core.json.JsonEdits.editObject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.Violation;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.RosterFixtures;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

class RecordsJsonTest {

    private static final SchoolRoster SAMPLE = RosterFixtures.sampleRoster();
    private static final String JSON = RecordsJson.write(SAMPLE);

    private static MalformedDocumentException malformed(String json, String path) {
        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class,
                () -> RecordsJson.read(json, SchoolRoster.class));
        assertThat(e).as("a MalformedDocumentException at %s", path).isNotNull();
        assertThat(e.code()).isEqualTo(MalformedDocumentException.CODE);
        assertThat(e.path()).isEqualTo(path);
        assertBilingual(e.text());
        if (!path.isEmpty()) {
            assertThat(e.text().vi()).startsWith(path + ": ");
            assertThat(e.text().en()).startsWith(path + ": ");
        }
        return e;
    }

    @Test
    void sampleRosterIsReadBackEqual() {
        assertThat(RecordsJson.read(JSON, SchoolRoster.class)).isEqualTo(SAMPLE);
    }

    @Test
    void valuesAreWrittenInTheirTextForms() {
        assertThat(JSON).contains("\"schema\" : \"school-roster/1\"", "\"year\" : \"2024-2025\"",
                "\"personalId\" : \"079209012345\"", "\"dateOfBirth\" : \"2009-05-17\"", "\"grade\" : 10",
                "\"district\" : \"Quận 3\"", "\"fullName\" : \"Nguyễn Hoàng An\"");
    }

    @Test
    void streamsAreReadAndWrittenWithoutBeingClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordsJson.write(SAMPLE, new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JSON);

        InputStream in = new ByteArrayInputStream(bytes.toByteArray()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(RecordsJson.read(in, SchoolRoster.class)).isEqualTo(SAMPLE);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void unknownFieldIsRejectedWithItsPath() {
        MalformedDocumentException e = malformed(
                editObject(JSON, "/students/1", o -> o.put("nickname", "Bé Bi")), "students[1].nickname");

        assertThat(e.text().en()).contains("nickname");
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
    }

    @Test
    void unknownTopLevelFieldIsRejected() {
        malformed(editObject(JSON, "", o -> o.put("comment", "x")), "comment");
    }

    @Test
    void numberForTextIsRejectedNotConverted() {
        malformed(editObject(JSON, "/students/0", o -> o.put("fullName", 5)), "students[0].fullName");
        malformed(editObject(JSON, "/students/0", o -> o.put("personalId", 79209012345L)), "students[0].personalId");
        malformed(editObject(JSON, "/school", o -> o.put("name", true)), "school.name");
    }

    @Test
    void textForANumberIsRejected() {
        malformed(editObject(JSON, "/curricula/0", o -> o.put("grade", "10")), "curricula[0].grade");
        malformed(editObject(JSON, "/curricula/0/subjects/0", o -> o.put("periodsPerYear", "5")),
                "curricula[0].subjects[0].periodsPerYear");
    }

    @Test
    void fractionForAWholeNumberIsRejected() {
        malformed(editObject(JSON, "/curricula/0/subjects/0", o -> o.put("periodsPerYear", 5.5)),
                "curricula[0].subjects[0].periodsPerYear");
        malformed(editObject(JSON, "/classes/0", o -> o.put("grade", 10.0)), "classes[0].grade");
    }

    @Test
    void textOrNumberForABooleanIsRejected() {
        malformed(editObject(JSON, "/curricula/0/subjects/0", o -> o.put("compulsory", "true")),
                "curricula[0].subjects[0].compulsory");
        malformed(editObject(JSON, "/curricula/0/subjects/0", o -> o.put("compulsory", 1)),
                "curricula[0].subjects[0].compulsory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEACHER", "subject_teacher", ""})
    void unknownEnumConstantIsRejected(String role) {
        malformed(editArray(JSON, "/staff/0/roles", a -> a.set(0, role)), "staff[0].roles[0]");
    }

    @Test
    void enumAsNumberIsRejected() {
        malformed(editObject(JSON, "/students/0", o -> o.put("gender", 0)), "students[0].gender");
    }

    @Test
    void dateInAnotherFormIsRejected() {
        String at = "students[0].dateOfBirth";
        malformed(editObject(JSON, "/students/0", o -> o.put("dateOfBirth", "17/05/2009")), at);
        malformed(editObject(JSON, "/students/0", o -> o.put("dateOfBirth", "2009-05-17T00:00:00")), at);
        malformed(editObject(JSON, "/students/0", o -> o.put("dateOfBirth", "2009-02-30")), at);
        malformed(editObject(JSON, "/students/0", o -> o.put("dateOfBirth", "+2009-05-17")), at);
        malformed(editObject(JSON, "/students/0", o -> o.put("dateOfBirth", 14381)), at);
        malformed(editObject(JSON, "/students/0", o -> o.putArray("dateOfBirth").add(2009).add(5).add(17)), at);
    }

    @Test
    void missingRequiredFieldIsRejected() {
        MalformedDocumentException e = malformed(editObject(JSON, "/students/0", o -> o.remove("personalId")),
                "students[0].personalId");
        assertThat(e.text().en()).contains("required");

        malformed(editObject(JSON, "/curricula/0/subjects/2", o -> o.remove("periodsPerYear")),
                "curricula[0].subjects[2].periodsPerYear");
        malformed(editObject(JSON, "/curricula/0/subjects/2", o -> o.remove("compulsory")),
                "curricula[0].subjects[2].compulsory");
        malformed(editObject(JSON, "", o -> o.remove("enrolments")), "enrolments");
        malformed(editObject(JSON, "/staff/1", o -> o.remove("roles")), "staff[1].roles");
    }

    @Test
    void nullForARequiredFieldOrAListElementIsRejected() {
        malformed(editObject(JSON, "", o -> o.putNull("students")), "students");
        malformed(editArray(JSON, "/students", a -> a.insertNull(1)), "students[1]");
        malformed(editObject(JSON, "/students/0", o -> o.putNull("fullName")), "students[0].fullName");
    }

    @Test
    void repeatedElementOfASetIsRejectedNotDropped() {
        MalformedDocumentException e = malformed(editArray(JSON, "/staff/0/roles", a -> a.add("HOMEROOM_TEACHER")),
                "staff[0].roles");
        assertThat(e.text().en()).contains("HOMEROOM_TEACHER");

        malformed(editArray(JSON, "/school/levels", a -> a.add("UPPER_SECONDARY")), "school.levels");
        malformed(editArray(JSON, "/staff/0/subjectCodes", a -> a.add("TOAN")), "staff[0].subjectCodes");
    }

    @Test
    void duplicateKeyIsRejected() {
        String json = JSON.replaceFirst("\"fullName\" : \"Nguyễn Hoàng An\",",
                "\"fullName\" : \"Nguyễn Hoàng An\", \"fullName\" : \"Nguyễn Hoàng Em\",");
        assertThat(json).isNotEqualTo(JSON);

        MalformedDocumentException e = malformed(json, "students[0]");
        assertThat(e.text().en()).contains("Duplicate field 'fullName'");
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class,
                () -> RecordsJson.read("{\n  \"schema\" : \"school-roster/1\",\n  \"school\" : {,", SchoolRoster.class));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.text().en()).contains("malformed JSON").contains("line 3");
        assertThat(e.text().vi()).contains("JSON không hợp lệ").contains("dòng 3");
    }

    @Test
    void truncatedDocumentIsRejectedAsMalformedJson() {
        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class,
                () -> RecordsJson.read(JSON.substring(0, JSON.length() / 2), SchoolRoster.class));

        assertThat(e.text().en()).contains("malformed JSON");
        assertThat(e.text().vi()).contains("JSON không hợp lệ");
        assertThat(e.line()).isPositive();
    }

    @Test
    void emptyDocumentAndTrailingTextAreRejected() {
        assertThat(malformed("", "").text().en()).contains("empty document");
        assertThat(malformed("   ", "").text().en()).contains("empty document");
        assertThat(malformed(JSON + " {}", "").text().en()).contains("after the end");
    }

    @Test
    void arrayInsteadOfTheDocumentIsRejected() {
        malformed("[]", "");
    }

    @Test
    void schoolYearOfNonConsecutiveYearsIsRejectedWithItsPath() {
        Violation v = rejected(() -> RecordsJson.read(editObject(JSON, "", o -> o.put("year", "2024-2026")),
                SchoolRoster.class), "year", "SchoolYear.consecutive");
        assertThat(v.invalidValue()).isEqualTo("2024-2026");

        rejected(() -> RecordsJson.read(editObject(JSON, "/classes/0", o -> o.put("year", "2024/2025")),
                SchoolRoster.class), "classes[0].year", "SchoolYear.format");
    }

    @Test
    void wrongIdentifierDeepInTheRosterIsRejectedWithItsPath() {
        rejected(() -> RecordsJson.read(editObject(JSON, "/students/1", o -> o.put("personalId", "05130905432")),
                SchoolRoster.class), "students[1].personalId", "PersonalIdentifier.format");
        rejected(() -> RecordsJson.read(editObject(JSON, "/students/1", o -> o.put("personalId", "051209054321")),
                SchoolRoster.class), "students[1].personalId", "PersonalIdentifier.birth");
    }

    @Test
    void gradeOutOfRangeIsRejectedWithItsPath() {
        rejected(() -> RecordsJson.read(editObject(JSON, "/curricula/0", o -> o.put("grade", 13)),
                SchoolRoster.class), "curricula[0].grade", "GradeLevel.range");
    }

    @Test
    void emptyNameIsRejectedWithItsPath() {
        rejected(() -> RecordsJson.read(editObject(JSON, "/staff/2", o -> o.put("fullName", "")),
                SchoolRoster.class), "staff[2].fullName", "NotBlank");
        rejected(() -> RecordsJson.read(editObject(JSON, "/curricula/0/subjects/1", o -> o.put("name", "Toán ")),
                SchoolRoster.class), "curricula[0].subjects[1].name", "Pattern");
    }

    @Test
    void outOfRangeNumberIsRejectedWithItsPath() {
        rejected(() -> RecordsJson.read(editObject(JSON, "/curricula/0/subjects/0", o -> o.put("periodsPerYear", 0)),
                SchoolRoster.class), "curricula[0].subjects[0].periodsPerYear", "Min");
    }

    @Test
    void unsupportedSchemaVersionIsRejected() {
        rejected(() -> RecordsJson.read(editObject(JSON, "", o -> o.put("schema", "school-roster/2")),
                SchoolRoster.class), "schema", "Pattern");
    }

    @Test
    void brokenCrossReferenceIsRejectedWithItsPath() {
        rejected(() -> RecordsJson.read(editObject(JSON, "/enrolments/1", o -> o.put("classId", "2024-10A9")),
                SchoolRoster.class), "enrolments[1].classId", "Roster.reference");
    }

    @Test
    void nameTypedWithCombiningMarksIsReadInNfc() {
        String nfd = Normalizer.normalize("Phạm Thị Bình", Normalizer.Form.NFD);
        SchoolRoster read = RecordsJson.read(editObject(JSON, "/students/1", o -> o.put("fullName", nfd)),
                SchoolRoster.class);

        assertThat(read.students().get(1).fullName()).isEqualTo("Phạm Thị Bình");
        assertThat(read).isEqualTo(SAMPLE);
    }

    @Test
    void singleValuesAreReadAndWritten() {
        assertThat(RecordsJson.write(SchoolYear.of(2024))).isEqualTo("\"2024-2025\"");
        assertThat(RecordsJson.read("\"2024-2025\"", SchoolYear.class)).isEqualTo(SchoolYear.of(2024));
        assertThat(RecordsJson.read("7", GradeLevel.class)).isEqualTo(GradeLevel.of(7));
        assertThat(RecordsJson.read("\"001209012345\"", PersonalIdentifier.class).birthYear()).isEqualTo(2009);
        Student s = SAMPLE.students().get(0);
        assertThat(RecordsJson.read(RecordsJson.write(s), Student.class)).isEqualTo(s);
        assertThat(RecordsJson.read("\"2009-05-17\"", LocalDate.class)).isEqualTo(LocalDate.of(2009, 5, 17));
    }

    @Test
    void schemaResourceNamesTheRosterSchemaAndExists() {
        assertThat(RecordsJson.schemaResource(SchoolRoster.class)).contains("/schema/school-roster-1.schema.json");
        assertThat(RecordsJson.class.getResource(RecordsJson.schemaResource(SchoolRoster.class).orElseThrow()))
                .isNotNull();
        assertThat(RecordsJson.schemaResource(Student.class)).isEmpty();
    }
}
