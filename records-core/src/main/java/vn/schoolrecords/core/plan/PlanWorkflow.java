package vn.schoolrecords.core.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.access.AccessDeniedException;
import vn.schoolrecords.core.access.AccessPolicy;
import vn.schoolrecords.core.access.Action;
import vn.schoolrecords.core.access.Actor;
import vn.schoolrecords.core.access.Resource;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.plan.internal.Roles;

/**
 * The plan workflow: {@code (plan, command, time, policy) → (new plan, events)} or a typed error
 * with nothing changed. Pure: it keeps no state and never reads the system clock.
 *
 * <p>draft → submitted → approved (→ reported, for the school plan), or returned with feedback →
 * (new draft →) resubmitted → … Each kind's {@linkplain PlanPolicy#chain approval chain} is fixed at
 * submission; an approval or a return names the content hash of the version reviewed, and is
 * refused if it is not the one submitted. Late submissions are accepted and flagged late; a late
 * lesson plan is approved only if the {@linkplain PlanPolicy#lateLessonPlanApproval() policy}
 * says so.
 *
 * <p>Checks run in this order: the actor may read the plan at all ({@link AccessPolicy}: hierarchy,
 * school, subject), the command fits the plan's state, the actor may take this action (author,
 * reviewer of this step, never one's own plan), the content hash, the deadline, the feedback.
 */
public final class PlanWorkflow {

    private PlanWorkflow() {
    }

    /**
     * The author creates a plan: its header and first version.
     *
     * @param command the creation, not null
     * @param at when, not null
     * @param policy the school's plan policy, not null
     * @return the plan (a draft, version 1) and its first two events, not null
     * @throws AccessDeniedException if the actor may not write this plan (another school, not a
     *     teacher, not the group's leader…)
     * @throws InvalidValueException if the content is not of the header's kind
     */
    public static PlanDecision start(PlanCommand.Create command, Instant at, PlanPolicy policy) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policy, "policy");
        PlanHeader header = command.header();
        Resource resource = Resource.plan(header.kind().recordKind(), header.school(), header.authorId(),
                header.group(), header.subgroup(), header.subject(), java.util.Optional.empty());
        AccessPolicy.require(command.actor(), Action.EDIT, resource);
        requireKind(header, command.document());
        Actor.SchoolStaff author = (Actor.SchoolStaff) command.actor();
        var role = Roles.author(author, header.kind().recordKind().isGroupPlan(),
                header.kind() == PlanKind.SCHOOL_EDUCATION_PLAN);
        AuditEntry<PlanEvent> first = AuditEntry.chain(Digest.GENESIS, 1, new PlanEvent.Created(author.id(), role, at,
                header));
        Plan created = Plan.created(first);
        AuditEntry<PlanEvent> second = AuditEntry.chain(first.hash(), 2, new PlanEvent.DraftSaved(author.id(), role, at,
                command.comment(), 1, Plan.contentHash(header, command.document()), command.document()));
        return new PlanDecision(created.apply(second), List.of(first, second));
    }

    /**
     * Decides a command at the clock's current instant.
     *
     * @param plan the plan, not null
     * @param command the command, not null
     * @param clock the clock, read once, not null
     * @param policy the school's plan policy, not null
     * @return the new plan and its event, not null
     * @throws vn.schoolrecords.core.RecordsException as {@link #decide(Plan, PlanCommand, Instant, PlanPolicy)}
     */
    public static PlanDecision decide(Plan plan, PlanCommand command, Clock clock, PlanPolicy policy) {
        return decide(plan, command, clock.instant(), policy);
    }

    /**
     * Decides a command.
     *
     * @param plan the plan, not null
     * @param command the command (not a creation), not null
     * @param at when, not null
     * @param policy the school's plan policy, not null
     * @return the new plan and its event, not null
     * @throws AccessDeniedException if the actor may not do this to this plan: outside their
     *     hierarchy, another school, their own plan, not the reviewer of this step
     * @throws PlanTransitionException if the command comes out of order
     * @throws ContentMismatchException if the hash named is not the version's at hand
     * @throws PlanDeadlinePassedException if a lesson plan is approved late and the policy forbids it
     * @throws InvalidValueException for content of another kind, or a return without feedback
     */
    public static PlanDecision decide(Plan plan, PlanCommand command, Instant at, PlanPolicy policy) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policy, "policy");
        AccessPolicy.require(command.actor(), Action.READ, plan.resource());
        PlanEvent event = eventFor(plan, command, at, policy);
        AuditEntry<PlanEvent> entry = AuditEntry.chain(plan.head(), plan.version() + 1, event);
        return new PlanDecision(plan.apply(entry), List.of(entry));
    }

    private static PlanEvent eventFor(Plan plan, PlanCommand command, Instant at, PlanPolicy policy) {
        PlanHeader header = plan.header();
        PlanStatus status = plan.status();
        boolean editable = status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
        if (command instanceof PlanCommand.SaveDraft c) {
            requireState(editable, "Plan.notEditable", status, "kế hoạch đã nộp hoặc đã duyệt, không sửa được",
                    "a submitted or approved plan cannot be edited");
            Actor.SchoolStaff author = allowed(c.actor(), Action.EDIT, plan);
            requireKind(header, c.document());
            Digest hash = Plan.contentHash(header, c.document());
            requireState(!hash.equals(plan.latest().contentHash()), "Plan.unchanged", status,
                    "nội dung không đổi so với phiên bản mới nhất", "the content is the same as the latest version");
            return new PlanEvent.DraftSaved(author.id(), authorRole(author, header), at, c.comment(),
                    plan.latest().number() + 1, hash, c.document());
        }
        if (command instanceof PlanCommand.Submit c) {
            requireState(editable, "Plan.alreadySubmitted", status, "kế hoạch đã nộp hoặc đã duyệt",
                    "the plan is already submitted or approved");
            Actor.SchoolStaff author = allowed(c.actor(), Action.SUBMIT, plan);
            Plan.Version latest = plan.latest();
            requireHash(latest.contentHash(), c.contentHash());
            return new PlanEvent.Submitted(author.id(), authorRole(author, header), at, c.comment(), latest.number(),
                    latest.contentHash(), policy.chain(header.kind()), policy.dueBefore(header),
                    policy.isLate(header, at));
        }
        if (command instanceof PlanCommand.Approve c) {
            requireState(status == PlanStatus.SUBMITTED, "Plan.notSubmitted", status,
                    "chỉ duyệt kế hoạch đã nộp và đang chờ duyệt", "only a submitted plan awaiting review is approved");
            Reviewer step = plan.awaiting().orElseThrow();
            Actor.SchoolStaff reviewer = allowed(c.actor(), Action.REVIEW, plan);
            Plan.Submission submission = plan.submission().orElseThrow();
            requireHash(submission.contentHash(), c.reviewedHash());
            boolean late = header.kind() == PlanKind.LESSON_PLAN && policy.isLate(header, at);
            if (late && !policy.lateLessonPlanApproval()) {
                throw new PlanDeadlinePassedException(policy.dueBefore(header), at);
            }
            return new PlanEvent.Approved(reviewer.id(), Roles.reviewer(reviewer, step), at, c.comment(), step,
                    submission.version(), submission.contentHash(), late);
        }
        if (command instanceof PlanCommand.Return c) {
            requireState(status == PlanStatus.SUBMITTED, "Plan.notSubmitted", status,
                    "chỉ trả lại kế hoạch đã nộp và đang chờ duyệt", "only a submitted plan awaiting review is returned");
            Reviewer step = plan.awaiting().orElseThrow();
            Actor.SchoolStaff reviewer = allowed(c.actor(), Action.REVIEW, plan);
            Plan.Submission submission = plan.submission().orElseThrow();
            requireHash(submission.contentHash(), c.reviewedHash());
            if (c.feedback().isBlank()) {
                throw InvalidValueException.of("feedback", "Plan.feedback", LocalizedText.of(
                        "trả lại phải kèm ý kiến cho người nộp (000 §1b)",
                        "a return carries feedback to the submitter (000 §1b)"), c.feedback());
            }
            return new PlanEvent.Returned(reviewer.id(), Roles.reviewer(reviewer, step), at, c.feedback(), step,
                    submission.version(), submission.contentHash());
        }
        if (command instanceof PlanCommand.Report c) {
            ReportingOffice office = header.reportsTo().orElseThrow(() -> new PlanTransitionException(
                    "Plan.notReported", status, LocalizedText.of("chỉ kế hoạch nhà trường được gửi báo cáo",
                            "only the school plan is reported")));
            requireState(status != PlanStatus.REPORTED, "Plan.alreadyReported", status, "kế hoạch đã gửi báo cáo",
                    "the plan is already reported");
            requireState(status == PlanStatus.APPROVED, "Plan.notApproved", status,
                    "chỉ gửi báo cáo sau khi hội đồng trường phê duyệt (004 §2.2)",
                    "a plan is reported only once the school council approved it (004 §2.2)");
            Actor.SchoolStaff board = allowed(c.actor(), Action.REPORT, plan);
            Plan.Approval last = plan.approvals().get(plan.approvals().size() - 1);
            return new PlanEvent.Reported(board.id(), Roles.board(board), at, c.comment(), office, last.version(),
                    last.contentHash());
        }
        throw new PlanTransitionException("Plan.alreadyCreated", status, LocalizedText.of(
                "kế hoạch đã được tạo", "the plan already exists"));
    }

    // Non-read actions are allowed to school staff only, so the cast holds.
    private static Actor.SchoolStaff allowed(Actor actor, Action action, Plan plan) {
        AccessPolicy.require(actor, action, plan.resource());
        return (Actor.SchoolStaff) actor;
    }

    private static vn.schoolrecords.core.school.StaffRole authorRole(Actor.SchoolStaff author, PlanHeader header) {
        return Roles.author(author, header.kind().recordKind().isGroupPlan(),
                header.kind() == PlanKind.SCHOOL_EDUCATION_PLAN);
    }

    private static void requireKind(PlanHeader header, PlanDocument document) {
        if (document.kind() != header.kind()) {
            throw InvalidValueException.of("document", "Plan.kind", LocalizedText.of(
                    "nội dung phải là " + header.kind().vietnameseName(), "the content must be a " + header.kind()),
                    document.kind());
        }
    }

    private static void requireHash(Digest atHand, Digest named) {
        if (!atHand.equals(named)) {
            throw new ContentMismatchException(atHand, named);
        }
    }

    private static void requireState(boolean holds, String rule, PlanStatus status, String vi, String en) {
        if (!holds) {
            throw new PlanTransitionException(rule, status, LocalizedText.of(vi + " (" + status + ")",
                    en + " (" + status + ")"));
        }
    }
}
