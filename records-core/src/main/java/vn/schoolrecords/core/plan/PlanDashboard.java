package vn.schoolrecords.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.access.SchoolPlace;

/**
 * A school's plans at an instant, as data (bảng theo dõi): which expected plans are missing,
 * which were submitted late, and which wait for whom, and for how long.
 *
 * @param school the school, not null
 * @param at the instant it describes, not null
 * @param missing expected plans never submitted, in the order expected, not null
 * @param late plans whose first submission came on or after their due day, by plan id, not null
 * @param waiting plans waiting for someone, longest wait first, not null
 */
public record PlanDashboard(SchoolPlace school, Instant at, List<Missing> missing, List<Late> late,
        List<Waiting> waiting) {

    /** Checks presence and copies the lists. */
    public PlanDashboard {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(at, "at");
        missing = List.copyOf(missing);
        late = List.copyOf(late);
        waiting = List.copyOf(waiting);
    }

    /**
     * Builds the dashboard.
     *
     * @param school the school, not null
     * @param at the instant, not null
     * @param expected the plans the school expects (from its assignments), not null
     * @param plans the school's plans, not null
     * @param policy the school's plan policy, for due days, not null
     * @return the dashboard, not null
     * @throws InvalidValueException if a plan belongs to another school
     */
    public static PlanDashboard of(SchoolPlace school, Instant at, List<Expected> expected, List<Plan> plans,
            PlanPolicy policy) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policy, "policy");
        for (Plan p : plans) {
            if (!p.header().school().equals(school)) {
                throw InvalidValueException.of("plans", "Dashboard.otherSchool", LocalizedText.of(
                        "kế hoạch của trường khác", "a plan of another school"), p.header().planId());
            }
        }
        List<Missing> missing = new ArrayList<>();
        for (Expected e : expected) {
            List<Plan> matching = plans.stream().filter(e::matches).toList();
            if (matching.stream().noneMatch(p -> p.firstSubmission().isPresent())) {
                LocalDate due = e.dueBefore(policy);
                missing.add(new Missing(e, due, !LocalDate.ofInstant(at, PlanPolicy.ZONE).isBefore(due),
                        matching.stream().map(p -> p.header().planId()).findFirst()));
            }
        }
        List<Late> late = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        for (Plan p : plans) {
            p.firstSubmission().filter(Plan.Submission::late).ifPresent(s -> late.add(new Late(p.header().planId(),
                    p.header().kind(), p.header().authorId(), s.dueBefore(), s.at())));
            waitingFor(p).ifPresent(w -> waiting.add(w.withWait(at)));
        }
        late.sort(Comparator.comparing(Late::planId));
        waiting.sort(Comparator.comparing(Waiting::waited).reversed().thenComparing(Waiting::planId));
        return new PlanDashboard(school, at, missing, late, waiting);
    }

    private static Optional<Waiting> waitingFor(Plan p) {
        String id = p.header().planId();
        PlanKind kind = p.header().kind();
        switch (p.status()) {
            case SUBMITTED: {
                Instant since = p.approvals().isEmpty() ? p.submission().orElseThrow().at()
                        : p.approvals().get(p.approvals().size() - 1).at();
                return Optional.of(new Waiting(id, kind, p.status(), Party.of(p.awaiting().orElseThrow()), since,
                        Duration.ZERO));
            }
            case RETURNED:
                return Optional.of(new Waiting(id, kind, p.status(), Party.AUTHOR, p.lastFeedback().orElseThrow().at(),
                        Duration.ZERO));
            case APPROVED:
                return p.header().reportsTo().isPresent()
                        ? Optional.of(new Waiting(id, kind, p.status(), Party.PRINCIPAL_BOARD,
                                p.approvals().get(p.approvals().size() - 1).at(), Duration.ZERO))
                        : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** Who a plan waits for. */
    public enum Party {
        /** Its author: to revise and resubmit after a return. */
        AUTHOR,
        /** The subject-group or sub-group leader (tổ trưởng, nhóm trưởng). */
        SUBJECT_GROUP_LEADER,
        /** The principal board (ban giám hiệu): to approve, or to report the school plan. */
        PRINCIPAL_BOARD,
        /** The school council (hội đồng trường). */
        SCHOOL_COUNCIL;

        static Party of(Reviewer reviewer) {
            return valueOf(reviewer.name());
        }
    }

    /**
     * A plan the school expects: matched to a plan by kind and year, and by each part given.
     *
     * @param kind the kind, not null
     * @param year the school year, not null
     * @param authorId the expected author, or empty for anyone, not null
     * @param group the group, or empty for any, not null
     * @param subgroup the sub-group, or empty for any, not null
     * @param subject the subject, or empty for any, not null
     * @param grade the grade, or empty for any, not null
     * @param teachingDate the teaching date of a lesson plan; present exactly for lesson plans, not null
     */
    public record Expected(PlanKind kind, vn.schoolrecords.core.school.SchoolYear year, Optional<String> authorId,
            Optional<String> group, Optional<String> subgroup, Optional<String> subject,
            Optional<vn.schoolrecords.core.school.GradeLevel> grade, Optional<LocalDate> teachingDate) {

        /**
         * Checks presence, and that exactly a lesson plan has a teaching date.
         *
         * @throws InvalidValueException otherwise
         */
        public Expected {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(authorId, "authorId");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(subgroup, "subgroup");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(teachingDate, "teachingDate");
            if (teachingDate.isPresent() != (kind == PlanKind.LESSON_PLAN)) {
                throw InvalidValueException.of("teachingDate", "Expected.teachingDate", LocalizedText.of(
                        "chỉ kế hoạch bài dạy có ngày dạy, và luôn có",
                        "a lesson plan, and only a lesson plan, has a teaching date"), teachingDate);
            }
        }

        boolean matches(Plan plan) {
            PlanHeader h = plan.header();
            return h.kind() == kind && h.year().equals(year) && authorId.map(h.authorId()::equals).orElse(true)
                    && (group.isEmpty() || group.equals(h.group())) && (subgroup.isEmpty() || subgroup.equals(h.subgroup()))
                    && (subject.isEmpty() || subject.equals(h.subject())) && (grade.isEmpty() || grade.equals(h.grade()))
                    && (teachingDate.isEmpty() || teachingDate.equals(h.teachingDate()));
        }

        /**
         * @param policy the school's policy, not null
         * @return the first day on which the plan is late, not null
         */
        public LocalDate dueBefore(PlanPolicy policy) {
            return teachingDate.orElseGet(() -> policy.educationPlansDueBefore().atYear(year.startYear()));
        }
    }

    /**
     * An expected plan never submitted.
     *
     * @param expected the expectation, not null
     * @param dueBefore the first day on which it is late, not null
     * @param overdue whether that day has come
     * @param draftPlanId the id of a draft begun for it, or empty, not null
     */
    public record Missing(Expected expected, LocalDate dueBefore, boolean overdue, Optional<String> draftPlanId) {

        /** Checks presence. */
        public Missing {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(dueBefore, "dueBefore");
            Objects.requireNonNull(draftPlanId, "draftPlanId");
        }
    }

    /**
     * A plan first submitted on or after its due day.
     *
     * @param planId the plan, not null
     * @param kind its kind, not null
     * @param authorId its author, not null
     * @param dueBefore the first day on which it was late, not null
     * @param submittedAt when it was first submitted, not null
     */
    public record Late(String planId, PlanKind kind, String authorId, LocalDate dueBefore, Instant submittedAt) {

        /** Checks presence. */
        public Late {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(authorId, "authorId");
            Objects.requireNonNull(dueBefore, "dueBefore");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /**
     * A plan waiting for someone.
     *
     * @param planId the plan, not null
     * @param kind its kind, not null
     * @param status its status, not null
     * @param waitingFor who it waits for, not null
     * @param since since when, not null
     * @param waited how long until the dashboard's instant, never negative, not null
     */
    public record Waiting(String planId, PlanKind kind, PlanStatus status, Party waitingFor, Instant since,
            Duration waited) {

        /** Checks presence. */
        public Waiting {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(waitingFor, "waitingFor");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(waited, "waited");
        }

        Waiting withWait(Instant at) {
            Duration d = Duration.between(since, at);
            return new Waiting(planId, kind, status, waitingFor, since, d.isNegative() ? Duration.ZERO : d);
        }
    }
}
