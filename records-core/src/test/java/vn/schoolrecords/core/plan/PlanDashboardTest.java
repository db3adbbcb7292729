package vn.schoolrecords.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.plan.PlanFixture.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.school.GradeLevel;

class PlanDashboardTest {

    @Test
    void showsMissingLateAndWhoEachPlanWaitsForAndHowLong() {
        Plan onTime = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), vn(2024, 9, 1, 8, 0)).plan();
        onTime = decide(onTime, submit(TEACHER, onTime), vn(2024, 9, 10, 8, 0));
        Plan late = create(TEACHER_2, teacherHeader("GV02"), teacherPlan("Bài 1"), vn(2024, 9, 1, 8, 0)).plan();
        late = decide(late, submit(TEACHER_2, late), vn(2024, 9, 16, 8, 0));
        late = decide(late, new PlanCommand.Return(GROUP_LEADER, late.latest().contentHash(), "Thiếu tiết"),
                vn(2024, 9, 17, 8, 0));
        PlanDashboard.Expected gv03 = new PlanDashboard.Expected(PlanKind.TEACHER_EDUCATION_PLAN, YEAR,
                Optional.of("GV03"), Optional.of(GROUP), Optional.empty(), Optional.of("TOAN"),
                Optional.of(GradeLevel.of(7)), Optional.empty());
        PlanDashboard.Expected gv01 = new PlanDashboard.Expected(PlanKind.TEACHER_EDUCATION_PLAN, YEAR,
                Optional.of("GV01"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        PlanDashboard d = PlanDashboard.of(PLACE, vn(2024, 9, 18, 8, 0), List.of(gv01, gv03), List.of(onTime, late),
                POLICY);
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.expected()).isEqualTo(gv03);
            assertThat(m.dueBefore()).isEqualTo(LocalDate.of(2024, 9, 15));
            assertThat(m.overdue()).isTrue();
        });
        assertThat(d.late()).extracting(PlanDashboard.Late::planId).containsExactly("KHGV-GV02");
        assertThat(d.waiting()).extracting(PlanDashboard.Waiting::planId, PlanDashboard.Waiting::waitingFor,
                PlanDashboard.Waiting::waited).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KHGV-GV01", PlanDashboard.Party.SUBJECT_GROUP_LEADER,
                                Duration.ofDays(8)),
                        org.assertj.core.groups.Tuple.tuple("KHGV-GV02", PlanDashboard.Party.AUTHOR, Duration.ofDays(1)));
    }
}
