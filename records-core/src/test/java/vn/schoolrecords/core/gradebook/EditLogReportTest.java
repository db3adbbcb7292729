package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.score;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.gradebook.EditLogReport.ChangeKind;
import vn.schoolrecords.core.gradebook.EditLogReport.ScoreChange;
import vn.schoolrecords.core.json.RecordsJson;

class EditLogReportTest {

    private static final GradeBookLog LOG = GradeBookJsonTest.everyKindOfEvent().log();

    @Test
    void novemberListsTheMathsTeachersDirectEditWithItsEvidence() {
        EditLogReport report = EditLogReport.monthly(LOG, YearMonth.of(2024, 11), EditPolicy.VIETNAM);
        assertThat(report.className()).isEqualTo("10A1");
        assertThat(report.teachers()).extracting(EditLogReport.TeacherSection::teacherId).containsExactly("GV01");
        List<ScoreChange> changes = report.teacher("GV01").orElseThrow().changes();
        assertThat(changes).hasSize(1);
        ScoreChange c = changes.get(0);
        assertThat(c.kind()).isEqualTo(ChangeKind.DIRECT_EDIT);
        assertThat(c.cell().toString()).isEqualTo("HS01/TOAN/FIRST/REGULAR#1");
        assertThat(c.oldMark()).isEqualTo(score("5.5"));
        assertThat(c.newMark()).isEqualTo(score("9.5"));
        assertThat(c.reason()).isEqualTo("Nhập nhầm cột");
        assertThat(c.evidence().kind()).isEqualTo(EvidenceKind.ORAL_CONFIRMATION);
        assertThat(c.approvedBy()).isEmpty();
    }

    @Test
    void anApprovedCorrectionCountsInTheMonthOfApprovalForTheTeacherWhoFiledIt() {
        EditLogReport january = EditLogReport.monthly(LOG, YearMonth.of(2025, 1), EditPolicy.VIETNAM);
        List<ScoreChange> changes = january.teacher("GV01").orElseThrow().changes();
        // the rejected request changed nothing and is not listed
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.APPROVED_CORRECTION);
            assertThat(c.oldMark()).isEqualTo(score("5"));
            assertThat(c.newMark()).isEqualTo(score("8.5"));
            assertThat(c.reason()).isEqualTo("Cộng sót câu 4");
            assertThat(c.evidence().reference()).isEqualTo("Bài thi HK I, túi số 12");
            assertThat(c.approvedBy()).contains("HT01");
        });
        assertThat(january.teacher("GV02")).isEmpty();
    }

    @Test
    void aMonthWithoutEditsIsEmptyAndTheReportIsJson() {
        EditLogReport october = EditLogReport.monthly(LOG, YearMonth.of(2024, 10), EditPolicy.VIETNAM);
        assertThat(october.teachers()).isEmpty();
        EditLogReport november = EditLogReport.monthly(LOG, YearMonth.of(2024, 11), EditPolicy.VIETNAM);
        assertThat(RecordsJson.read(RecordsJson.write(november), EditLogReport.class)).isEqualTo(november);
    }
}
