package vn.schoolrecords.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.plan.PlanFixture.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.access.Actor;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;

/** Random sessions of random actors on a teacher plan: saves, submits, approvals and returns, stale or fresh. */
class PlanProperties {

    record Step(int what, Actor actor, boolean stale, String text) {
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        Arbitrary<Actor> actors = Arbitraries.of(TEACHER, TEACHER_2, GROUP_LEADER, SUBGROUP_LEADER,
                OTHER_SUBGROUP_LEADER, PRINCIPAL, LEADER_ELSEWHERE, DISTRICT, SPECIALIST);
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3), actors,
                Arbitraries.of(true, false, false), Arbitraries.of("Bài 1", "Bài 2", "Bổ sung tiết ôn tập", "Sửa mục tiêu"))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 300)
    void replayEqualsStateApprovalsCoverTheHashReviewedAndReturnsCarryFeedback(@ForAll("sessions") List<Step> steps) {
        PlanDecision start = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 0"), vn(2024, 9, 1, 8, 0));
        Plan plan = start.plan();
        PlanLog log = PlanLog.empty().append(start);
        Instant at = vn(2024, 9, 2, 8, 0);
        for (Step s : steps) {
            at = at.plusSeconds(3600);
            Digest atHand = plan.submission().map(Plan.Submission::contentHash).orElse(plan.latest().contentHash());
            Digest named = s.stale() ? plan.versions().get(0).contentHash() : atHand;
            PlanCommand c = switch (s.what()) {
                case 0 -> new PlanCommand.SaveDraft(s.actor(), teacherPlan(s.text() + at), Optional.empty());
                case 1 -> new PlanCommand.Submit(s.actor(), named, Optional.empty());
                case 2 -> new PlanCommand.Approve(s.actor(), named, Optional.empty());
                default -> new PlanCommand.Return(s.actor(), named, s.text());
            };
            Plan before = plan;
            try {
                PlanDecision d = PlanWorkflow.decide(plan, c, at, POLICY);
                plan = d.plan();
                log = log.append(d);
                for (AuditEntry<PlanEvent> e : d.entries()) {
                    if (e.event() instanceof PlanEvent.Approved a) {
                        assertThat(a.contentHash()).isEqualTo(before.submission().orElseThrow().contentHash())
                                .isEqualTo(((PlanCommand.Approve) c).reviewedHash());
                        assertThat(a.actorId()).isNotEqualTo(before.header().authorId());
                    }
                    if (e.event() instanceof PlanEvent.Returned r) {
                        assertThat(plan.lastFeedback().orElseThrow().text()).isEqualTo(s.text()).isEqualTo(r.feedback());
                    }
                }
            } catch (RecordsException e) {
                assertThat(plan).isEqualTo(before);
            }
            if (plan.status() == PlanStatus.RETURNED) {
                assertThat(plan.lastFeedback()).isPresent();
                assertThat(plan.lastFeedback().orElseThrow().text()).isNotBlank();
            }
            for (Plan.Approval a : plan.approvals()) {
                assertThat(a.contentHash()).isEqualTo(plan.submission().orElseThrow().contentHash());
                assertThat(plan.versions().get(a.version() - 1).contentHash()).isEqualTo(a.contentHash());
            }
        }
        assertThat(log.replay()).isEqualTo(plan);
        assertThat(PlanLog.parse(log.toJson()).replay()).isEqualTo(plan);
    }
}
