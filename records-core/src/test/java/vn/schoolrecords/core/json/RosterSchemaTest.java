package vn.schoolrecords.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.json.JsonEdits.editArray;
import static vn.schoolrecords.core.json.JsonEdits.editObject;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.sample.arbitrary.DomainArbitraries;
import vn.schoolrecords.core.school.RosterFixtures;
import vn.schoolrecords.core.school.SchoolRoster;

/** The published JSON Schema agrees with what {@link RecordsJson} writes and refuses. */
class RosterSchemaTest {

    private static final JsonSchema SCHEMA = load();
    private static final String JSON = RecordsJson.write(RosterFixtures.sampleRoster());

    private static JsonSchema load() {
        String name = RecordsJson.schemaResource(SchoolRoster.class).orElseThrow();
        try (InputStream in = RecordsJson.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(RosterSchemaTest::describe).collect(Collectors.toSet());
    }

    /** {@code type at path}, the path extended by the property for errors about a missing or extra field. */
    private static String describe(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        if (m.getProperty() != null && Set.of("additionalProperties", "required").contains(m.getType())) {
            at = at + "." + m.getProperty();
        }
        return m.getType() + " at " + at;
    }

    @Test
    void schemaIsDraft202012WithItsId() {
        assertThat(JsonEdits.node(resourceText()).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonEdits.node(resourceText()).get("properties").get("schema").get("const").asText())
                .isEqualTo(SchoolRoster.SCHEMA);
    }

    private static String resourceText() {
        try (InputStream in = RecordsJson.class.getResourceAsStream("/schema/school-roster-1.schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sampleRosterConformsToTheSchema() {
        assertThat(schemaErrors(JSON)).isEmpty();
    }

    @Test
    void rosterWithoutDistrictConformsToTheSchema() {
        assertThat(schemaErrors(editObject(JSON, "/school", o -> o.putNull("district")))).isEmpty();
    }

    @Provide
    Arbitrary<SchoolRoster> rosters() {
        return DomainArbitraries.rosters();
    }

    @Property(tries = 100)
    void everyGeneratedRosterConformsToTheSchema(@ForAll("rosters") SchoolRoster roster) {
        assertThat(schemaErrors(RecordsJson.write(roster))).isEmpty();
    }

    static Stream<Arguments> refusedByBoth() {
        return Stream.of(
                Arguments.of("unknown field", editObject(JSON, "/students/1", o -> o.put("nickname", "Bi")),
                        "additionalProperties at $.students[1].nickname"),
                Arguments.of("unknown top-level field", editObject(JSON, "", o -> o.put("comment", "x")),
                        "additionalProperties at $.comment"),
                Arguments.of("number for text", editObject(JSON, "/students/0", o -> o.put("fullName", 5)),
                        "type at $.students[0].fullName"),
                Arguments.of("text for a number", editObject(JSON, "/curricula/0", o -> o.put("grade", "10")),
                        "type at $.curricula[0].grade"),
                Arguments.of("fraction for a whole number",
                        editObject(JSON, "/curricula/0/subjects/0", o -> o.put("periodsPerYear", 5.5)),
                        "type at $.curricula[0].subjects[0].periodsPerYear"),
                Arguments.of("text for a boolean",
                        editObject(JSON, "/curricula/0/subjects/0", o -> o.put("compulsory", "true")),
                        "type at $.curricula[0].subjects[0].compulsory"),
                Arguments.of("grade above 12", editObject(JSON, "/classes/0", o -> o.put("grade", 13)),
                        "maximum at $.classes[0].grade"),
                Arguments.of("grade below 1", editObject(JSON, "/curricula/0", o -> o.put("grade", 0)),
                        "minimum at $.curricula[0].grade"),
                Arguments.of("periods above 1000",
                        editObject(JSON, "/curricula/0/subjects/3", o -> o.put("periodsPerYear", 1001)),
                        "maximum at $.curricula[0].subjects[3].periodsPerYear"),
                Arguments.of("school year of another form", editObject(JSON, "", o -> o.put("year", "2024/2025")),
                        "pattern at $.year"),
                Arguments.of("identifier of eleven digits",
                        editObject(JSON, "/students/0", o -> o.put("personalId", "07920901234")),
                        "pattern at $.students[0].personalId"),
                Arguments.of("registration code 000",
                        editObject(JSON, "/students/0", o -> o.put("personalId", "000209012345")),
                        "pattern at $.students[0].personalId"),
                Arguments.of("name with a trailing space",
                        editObject(JSON, "/staff/0", o -> o.put("fullName", "Nguyễn Văn An ")),
                        "pattern at $.staff[0].fullName"),
                Arguments.of("unknown role", editArray(JSON, "/staff/0/roles", a -> a.set(0, "TEACHER")),
                        "enum at $.staff[0].roles[0]"),
                Arguments.of("repeated role", editArray(JSON, "/staff/0/roles", a -> a.add("HOMEROOM_TEACHER")),
                        "uniqueItems at $.staff[0].roles"),
                Arguments.of("member of staff without role", editArray(JSON, "/staff/0/roles", a -> a.removeAll()),
                        "minItems at $.staff[0].roles"),
                Arguments.of("date with a time", editObject(JSON, "/students/0",
                        o -> o.put("dateOfBirth", "2009-05-17T00:00:00")), "pattern at $.students[0].dateOfBirth"),
                Arguments.of("missing field", editObject(JSON, "/students/0", o -> o.remove("gender")),
                        "required at $.students[0].gender"),
                Arguments.of("null list element", editArray(JSON, "/enrolments", a -> a.insertNull(0)),
                        "type at $.enrolments[0]"),
                Arguments.of("other schema version", editObject(JSON, "", o -> o.put("schema", "school-roster/2")),
                        "const at $.schema"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByBoth")
    void documentRefusedByTheSchemaIsRefusedByTheReader(String what, String json, String expectedError) {
        assertThat(schemaErrors(json)).contains(expectedError);
        assertThatThrownBy(() -> RecordsJson.read(json, SchoolRoster.class)).isInstanceOf(RecordsException.class);
    }
}
