package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.ADMIN;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.HOMEROOM;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.MATHS;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.PRINCIPAL;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.score;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.toan;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.vietnam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ConfirmCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EditConduct;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EditMark;
import vn.schoolrecords.core.gradebook.GradeBookCommand.LockTerm;
import vn.schoolrecords.core.gradebook.GradeBookCommand.RejectCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.RequestCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.UnlockTerm;
import vn.schoolrecords.core.gradebook.GradeBookFixture.Journal;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.Term;

class GradeBookJsonTest {

    /** A journal with every kind of event. */
    static Journal everyKindOfEvent() {
        Journal j = GradeBookFixture.fillSemester(Journal.start(), Term.FIRST);
        MarkCell cell = toan("HS01", Term.FIRST, AssessmentKind.REGULAR, 1);
        MarkCell end = toan("HS02", Term.FIRST, AssessmentKind.END_OF_TERM, 0);
        j = j.then(new EditMark(MATHS, j.v(), cell, score("9.5"), "Nhập nhầm cột",
                Optional.of(Evidence.oralConfirmation("Biên bản xác nhận điểm miệng số 2", "HS01", "HS03"))),
                vietnam(2024, 11, 20, 9, 0));
        j = j.then(new EditConduct(HOMEROOM, j.v(), "HS02", Term.FIRST, AchievementLevel.FAIR, "Vi phạm nội quy",
                Optional.of(Evidence.personalGradeBook("Sổ chủ nhiệm, trang 4"))));
        j = j.then(new LockTerm(ADMIN, j.v(), Term.FIRST), vietnam(2024, 12, 30, 8, 0));
        j = j.then(new RequestCorrection(MATHS, j.v(), end, score("8.5"), "Cộng sót câu 4",
                Optional.of(Evidence.testPaper("Bài thi HK I, túi số 12"))), vietnam(2025, 1, 2, 8, 0));
        long id = j.v();
        j = j.then(new ConfirmCorrection(HOMEROOM, j.v(), id));
        j = j.then(new GradeBookCommand.ApproveCorrection(PRINCIPAL, j.v(), id, "Đồng ý"), vietnam(2025, 1, 3, 8, 0));
        j = j.then(new RequestCorrection(MATHS, j.v(), cell, score("9"), "Xin sửa", Optional.of(
                Evidence.testPaper("Bài kiểm tra"))));
        j = j.then(new RejectCorrection(PRINCIPAL, j.v(), j.v(), "Không đủ căn cứ"));
        j = j.then(new UnlockTerm(PRINCIPAL, j.v(), Term.FIRST, "Thanh tra yêu cầu bổ sung"));
        j = j.then(new LockTerm(PRINCIPAL, j.v(), Term.FIRST));
        j = GradeBookFixture.fillSemester(j, Term.SECOND);
        return j.then(new GradeBookCommand.ApproveResults(PRINCIPAL, j.v(), Term.SECOND), vietnam(2025, 5, 30, 8, 0));
    }

    static Set<ValidationMessage> validate(String schema, String json) throws Exception {
        try (InputStream in = GradeBookJsonTest.class.getResourceAsStream("/schema/" + schema)) {
            assertThat(in).as(schema).isNotNull();
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return s.validate(new ObjectMapper().readTree(json));
        }
    }

    @Test
    void theLogRoundTripsThroughJsonWithoutLossAndMatchesItsSchema() throws Exception {
        Journal j = everyKindOfEvent();
        byte[] json = j.log().toJson();
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(validate("audit-log-1.schema.json", text)).isEmpty();
        GradeBookLog back = GradeBookLog.parse(json);
        assertThat(back).isEqualTo(j.log());
        assertThat(back.replay()).isEqualTo(j.book());
        assertThat(text).contains("\"type\" : \"CORRECTION_APPROVED\"").contains("\"newMark\" : \"8.5\"")
                .contains("\"mark\" : \"Đ\"");
    }

    @Test
    void theGradeBookRoundTripsThroughJsonWithoutLossAndMatchesItsSchema() throws Exception {
        GradeBook book = everyKindOfEvent().book();
        String json = RecordsJson.write(book);
        assertThat(validate("gradebook-1.schema.json", json)).isEmpty();
        assertThat(RecordsJson.read(json, GradeBook.class)).isEqualTo(book);
    }

    @Test
    void aNewGradeBookWithoutSealsRoundTripsToo() throws Exception {
        GradeBook fresh = GradeBookFixture.opened().book();
        String json = RecordsJson.write(fresh);
        assertThat(validate("gradebook-1.schema.json", json)).isEmpty();
        assertThat(json).contains("\"seal\" : null");
        assertThat(RecordsJson.read(json, GradeBook.class)).isEqualTo(fresh);
        assertThat(fresh.seal(Term.FIRST)).isEmpty();
    }

    @Test
    void theSchemasRejectWhatTheReaderRejects() throws Exception {
        String json = new String(everyKindOfEvent().log().toJson(), StandardCharsets.UTF_8);
        String badMark = json.replaceFirst("\"mark\" : \"5.0\"", "\"mark\" : \"5\"");
        assertThat(badMark).isNotEqualTo(json);
        assertThat(validate("audit-log-1.schema.json", badMark)).isNotEmpty();
        assertThatThrownBy(() -> GradeBookLog.parse(badMark.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedDocumentException.class);
        String unknownField = json.replaceFirst("\"reason\" :", "\"raison\" :");
        assertThat(validate("audit-log-1.schema.json", unknownField)).isNotEmpty();
        assertThatThrownBy(() -> GradeBookLog.parse(unknownField.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedDocumentException.class);
        JsonNode book = new ObjectMapper().readTree(RecordsJson.write(everyKindOfEvent().book()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) book).put("version", -1);
        assertThat(validate("gradebook-1.schema.json", book.toString())).isNotEmpty();
    }

    @Test
    void aReformattedLogIsNotAcceptedAsTheStoredOne() {
        String json = new String(everyKindOfEvent().log().toJson(), StandardCharsets.UTF_8);
        String compact = json.replace("\n", "\r\n");
        assertThatThrownBy(() -> GradeBookLog.parse(compact.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RecordsException.class, e -> assertThat(e.code()).isEqualTo("AUDIT_CHAIN_BROKEN"));
    }
}
