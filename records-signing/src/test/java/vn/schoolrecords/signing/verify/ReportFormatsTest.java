package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** The JSON report agrees with its published schema, and the text says signer, time and integrity. */
class ReportFormatsTest {

    static Fixtures f;
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(VerificationReport.jsonSchema());
    static final ObjectMapper TREES = new ObjectMapper();

    @BeforeAll
    static void start() {
        f = new Fixtures();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static Set<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(m -> m.getType() + " at " + m.getInstanceLocation())
                .collect(Collectors.toSet());
    }

    @Test
    void aTimestampedFourSignatureReportIsValidJsonWithTheReportsValues() throws Exception {
        VerificationReport report = f.verify(f.signed(4, true));
        String json = report.toJson();
        assertThat(errors(json)).isEmpty();
        JsonNode tree = TREES.readTree(json);
        assertThat(tree.get("indication").asText()).isEqualTo("TOTAL_PASSED");
        assertThat(tree.get("signatures")).hasSize(4);
        JsonNode first = tree.get("signatures").get(0);
        assertThat(first.get("fieldName").asText()).isEqualTo("subject-TOAN");
        assertThat(first.get("timestamp").get("trusted").asBoolean()).isTrue();
        assertThat(first.get("modifications")).hasSize(3);
        assertThat(first.get("signer").get("commonName").asText()).isEqualTo("Lê Thị Hoa");
    }

    @Test
    void failedAndUnsignedReportsAreValidToo() {
        byte[] attack = Attacks.incremental(f.signed(1, false), doc -> Attacks.overwritePageContent(doc, 0, "10"));
        assertThat(errors(f.verify(attack).toJson())).isEmpty();
        assertThat(errors(f.verify(f.blank).toJson())).isEmpty();
        assertThat(f.verify(f.blank).toJson()).contains("SIGNED_DATA_NOT_FOUND");
    }

    @Test
    void theSchemaRejectsAPassWithASubIndicationAndAMissingField() throws Exception {
        ObjectNode tree = (ObjectNode) TREES.readTree(f.verify(f.signed(1, false)).toJson());
        tree.put("subIndication", "HASH_FAILURE");
        assertThat(errors(tree.toString())).isNotEmpty();
        tree.remove("subIndication");
        ((ObjectNode) tree.get("signatures").get(0)).remove("indication");
        assertThat(errors(tree.toString())).isNotEmpty();
    }

    @Test
    void theTextOfAnAlteredTranscriptSaysItWasModifiedInBothLanguages() {
        byte[] attack = Attacks.incremental(f.signed(2, false), doc -> Attacks.overwritePageContent(doc, 0, "10"));
        VerificationReport report = f.verify(attack);
        assertThat(report.text(Locale.forLanguageTag("vi")))
                .contains("Chữ ký của Nguyễn Văn A (Giáo viên chủ nhiệm) KHÔNG hợp lệ")
                .contains("tài liệu BỊ SỬA ĐỔI sau khi ký: nội dung trang 1 bị thay đổi")
                .contains("Kết luận: tài liệu KHÔNG hợp lệ (DISALLOWED_MODIFICATION)");
        assertThat(report.text(Locale.ENGLISH)).contains("the document WAS MODIFIED after signing: the content of page 1 changed");
    }

    @Test
    void theTextOfATimestampedSignatureGivesTheTimestampsTime() {
        String vi = f.verify(f.signed(1, true)).text(Locale.forLanguageTag("vi"));
        assertThat(vi).contains("Chữ ký của Lê Thị Hoa (Giáo viên môn TOAN) hợp lệ; ký lúc 09:00:00 ngày 15/03/2026 (giờ Việt Nam) (theo dấu thời gian)");
    }
}
