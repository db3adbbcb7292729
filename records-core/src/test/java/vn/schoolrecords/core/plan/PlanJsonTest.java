package vn.schoolrecords.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.plan.PlanFixture.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.audit.AuditChainBrokenException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.GradeLevel;

class PlanJsonTest {

    private static Set<ValidationMessage> validate(String json) throws Exception {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream("/schema/plan-1.schema.json")) {
            assertThat(in).isNotNull();
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return s.validate(new ObjectMapper().readTree(json));
        }
    }

    /** One log per kind; together every event type. */
    static List<PlanLog> everyKindOfPlan() {
        List<PlanLog> logs = new ArrayList<>();
        PlanDecision school = create(PRINCIPAL, PlanHeader.schoolPlan("KHGD-NT", SCHOOL, YEAR, "CB01"), schoolPlan(),
                vn(2024, 9, 1, 8, 0));
        PlanLog log = PlanLog.empty().append(school);
        Plan p = school.plan();
        p = step(log, p, submit(PRINCIPAL, p));
        log = append(log);
        p = step(log, p, new PlanCommand.Return(COUNCIL, p.latest().contentHash(), "Bổ sung mục III"));
        log = append(log);
        p = step(log, p, new PlanCommand.SaveDraft(PRINCIPAL, SchoolEducationPlan.of(List.of(), List.of(file("KHGD.pdf"))),
                Optional.of("Bản có chữ ký")));
        log = append(log);
        p = step(log, p, submit(PRINCIPAL, p));
        log = append(log);
        p = step(log, p, approve(COUNCIL, p));
        log = append(log);
        p = step(log, p, new PlanCommand.Report(PRINCIPAL, Optional.of("Gửi phòng GDĐT")));
        log = append(log);
        logs.add(log);
        logs.add(PlanLog.empty().append(create(GROUP_LEADER, PlanHeader.teachingPlan("KHDH", PLACE, YEAR, "GV10", GROUP,
                Optional.empty(), "TOAN", GradeLevel.of(7)), teachingPlan(), vn(2024, 9, 1, 8, 0))));
        logs.add(PlanLog.empty().append(create(SUBGROUP_LEADER, PlanHeader.activityPlan("KHHD", PLACE, YEAR, "GV11", GROUP,
                SUBGROUP, Optional.empty()), activityPlan(), vn(2024, 9, 1, 8, 0))));
        logs.add(PlanLog.empty().append(create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), vn(2024, 9, 1, 8, 0))));
        logs.add(PlanLog.empty().append(create(TEACHER, lessonHeader("GV01", LocalDate.of(2024, 10, 7)),
                lessonPlan("Bài 1"), vn(2024, 10, 1, 8, 0))));
        return logs;
    }

    private static PlanDecision last;

    private static Plan step(PlanLog log, Plan p, PlanCommand c) {
        last = PlanWorkflow.decide(p, c, p.versions().get(p.versions().size() - 1).savedAt().plusSeconds(86_400 + p.version()),
                POLICY);
        return last.plan();
    }

    private static PlanLog append(PlanLog log) {
        return log.append(last);
    }

    @Test
    void everyKindOfPlanAndEveryEventRoundTripsAndMatchesTheSchema() throws Exception {
        for (PlanLog log : everyKindOfPlan()) {
            byte[] json = log.toJson();
            String text = new String(json, StandardCharsets.UTF_8);
            assertThat(validate(text)).as(text).isEmpty();
            PlanLog back = PlanLog.parse(json);
            assertThat(back).isEqualTo(log);
            Plan plan = back.replay();
            String snapshot = RecordsJson.write(plan);
            assertThat(validate(snapshot)).as(snapshot).isEmpty();
            assertThat(RecordsJson.read(snapshot, Plan.class)).isEqualTo(plan);
        }
        assertThat(everyKindOfPlan().get(0).replay().status()).isEqualTo(PlanStatus.REPORTED);
    }

    @Test
    void theSchemaRejectsALessonPlanWithTwoLessonsAndTheLibraryToo() throws Exception {
        PlanLog log = everyKindOfPlan().get(4);
        String text = new String(log.toJson(), StandardCharsets.UTF_8).replace("\"Bài 1\"", "\"Bài 1\", \"Bài 2\"");
        assertThat(validate(text)).isNotEmpty();
        assertThatThrownBy(() -> PlanLog.parse(text.getBytes(StandardCharsets.UTF_8))).isInstanceOf(RecordsException.class);
    }

    @Test
    void changingAnyApprovedByteIsDetected() {
        PlanLog log = everyKindOfPlan().get(0);
        String text = new String(log.toJson(), StandardCharsets.UTF_8);
        String tampered = text.replaceFirst("Bổ sung mục III", "Bổ sung mục IV");
        assertThat(tampered).isNotEqualTo(text);
        assertThatThrownBy(() -> PlanLog.parse(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuditChainBrokenException.class);
    }
}
