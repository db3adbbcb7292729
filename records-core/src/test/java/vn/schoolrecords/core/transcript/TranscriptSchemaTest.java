package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleTranscripts;

/** The published JSON Schema agrees with what {@link RecordsJson} writes for transcripts and signing plans. */
class TranscriptSchemaTest {

    private static final String ID = "https://schoolrecords.vn/schema/transcript-1.schema.json";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://schoolrecords.vn/schema/", "classpath:schema/")));
    private static final JsonSchema SCHEMA = load();
    private static final JsonSchema PLAN_SCHEMA = FACTORY.getSchema(SchemaLocation.of(ID + "#/$defs/signingPlan"));
    private static final ObjectMapper TREES = new ObjectMapper();

    private static final Transcript SECONDARY = SampleTranscripts.secondary(8)
            .reissue(LocalDate.of(2027, 1, 5), "Nguyễn Văn Bình", "Mất học bạ")
            .reissue(LocalDate.of(2027, 2, 5), "Nguyễn Văn Bình", "Bản trước in sai")
            .cancelReissue(1, new ReissueCancellation(LocalDate.of(2027, 2, 5), "In sai họ tên"));
    private static final Transcript PRIMARY = SampleTranscripts.primary(8);

    private static JsonSchema load() {
        String name = RecordsJson.schemaResource(Transcript.class).orElseThrow();
        try (InputStream in = RecordsJson.class.getResourceAsStream(name)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> errors(JsonSchema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(TranscriptSchemaTest::describe)
                .collect(Collectors.toSet());
    }

    private static String describe(ValidationMessage m) {
        return m.getType() + " at " + m.getInstanceLocation()
                + (m.getProperty() == null ? "" : "." + m.getProperty());
    }

    private static String edit(String json, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) TREES.readTree(json);
            change.accept(tree);
            return TREES.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode firstRow(ObjectNode tree) {
        return (ObjectNode) tree.get("years").get(0).get("results").get("subjects").get(0);
    }

    @Test
    void schemaIsDraft202012AndNamesItsDocument() {
        JsonNode node = SCHEMA.getSchemaNode();
        assertThat(node.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(node.get("$id").asText()).isEqualTo(ID);
        assertThat(node.get("properties").get("schema").get("const").asText()).isEqualTo(Transcript.SCHEMA);
        assertThat(node.get("additionalProperties").asBoolean()).isFalse();
    }

    @Test
    void everyObjectOfTheSchemaForbidsOtherProperties() {
        for (JsonNode def : SCHEMA.getSchemaNode().get("$defs")) {
            if ("object".equals(def.path("type").asText())) {
                assertThat(def.get("additionalProperties").asBoolean()).as(def.toString()).isFalse();
            }
        }
    }

    @Test
    void sampleTranscriptsConform() {
        assertThat(errors(SCHEMA, RecordsJson.write(SECONDARY))).isEmpty();
        assertThat(errors(SCHEMA, RecordsJson.write(PRIMARY))).isEmpty();
    }

    @Test
    void anOpenTranscriptWithATransferConforms() {
        Transcript t = Transcript.open(TranscriptFixtures.STUDENT, SECONDARY.level(), TranscriptFixtures.SCHOOL_A.get(0).school())
                .withYear(TranscriptFixtures.pageA(0))
                .withTransfer(Transfer.of(LocalDate.of(2023, 7, 1), TranscriptFixtures.SCHOOL_A.get(0).school(),
                        TranscriptFixtures.SCHOOL_B.get(0).school()));

        assertThat(errors(SCHEMA, RecordsJson.write(t))).isEmpty();
    }

    @Test
    void aTt58PageBesideATt22PageAndAPrincipalsDecisionConform() {
        Transcript mixed = Transcript.open(LegacyPagesAndPrincipalDecisionTest.REPEATER, SECONDARY.level(),
                TranscriptFixtures.SCHOOL_A.get(0).school())
                .withYear(LegacyPagesAndPrincipalDecisionTest.legacyPage("3"))
                .withYear(LegacyPagesAndPrincipalDecisionTest.repeatedPage());
        String json = RecordsJson.write(mixed);
        assertThat(errors(SCHEMA, json)).isEmpty();
        assertThat(json).contains("\"LEGACY_SECONDARY\"").contains("\"POOR\"");
        assertThat(errors(SCHEMA, edit(json, t -> ((ObjectNode) t.get("years").get(0).get("results"))
                .put("standingYear", "GIOI")))).isNotEmpty();

        Transcript decided = LegacyPagesAndPrincipalDecisionTest.uptoPrincipalDecides().close(LocalDate.of(2026, 6, 15),
                new PrincipalDecision(LegacyPagesAndPrincipalDecisionTest.principal(), LocalDate.of(2026, 6, 10),
                        vn.schoolrecords.core.assessment.PromotionStatus.PROMOTED));
        String closed = RecordsJson.write(decided);
        assertThat(errors(SCHEMA, closed)).isEmpty();
        assertThat(errors(SCHEMA, edit(closed, t -> ((ObjectNode) t.get("closing").get("principalDecision"))
                .put("outcome", "SUMMER_REASSESSMENT")))).isNotEmpty();
    }

    @Test
    void aSigningPlanWithSignaturesConformsToItsDefinition() {
        SigningPlan plan = SigningPlan.of(PRIMARY.years().get(0), SigningPolicy.DEFAULT);
        PlannedSignature first = plan.planned().get(0);
        plan = plan.sign(Signature.of(first.signerId(), first.part(), TranscriptFixtures.at(26, 7), "xmldsig-1"));

        assertThat(errors(PLAN_SCHEMA, RecordsJson.write(plan))).isEmpty();
        assertThat(errors(PLAN_SCHEMA, edit(RecordsJson.write(plan), t -> t.put("extra", 1))))
                .contains("additionalProperties at $.extra");
    }

    @Test
    void schemaRefusesWhatTheReaderRefuses() {
        String json = RecordsJson.write(SECONDARY);

        assertThat(errors(SCHEMA, edit(json, t -> t.put("note", "x")))).contains("additionalProperties at $.note");
        assertThat(errors(SCHEMA, edit(json, t -> firstRow(t).put("year", 7.25)))).isNotEmpty();
        assertThat(errors(SCHEMA, edit(json, t -> firstRow(t).put("year", 10.5)))).isNotEmpty();
        assertThat(errors(SCHEMA, edit(json, t -> firstRow(t).remove("teacher"))))
                .contains("required at $.years[0].results.subjects[0].teacher");
        assertThat(errors(SCHEMA, edit(json, t -> ((ObjectNode) t.get("years").get(0).get("results"))
                .put("kind", "TERTIARY")))).isNotEmpty();
        assertThat(errors(SCHEMA, edit(json, t -> ((ObjectNode) ((ArrayNode) t.get("reissues")).get(0))
                .put("number", 0)))).isNotEmpty();
    }

    @Test
    void schemaResourceIsPublishedBesideTheRoster() {
        assertThat(RecordsJson.schemaResource(Transcript.class)).contains("/schema/transcript-1.schema.json");
    }
}
