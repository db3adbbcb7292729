package vn.schoolrecords.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.access.Reviewer;

/**
 * A school's plan policy (quy định của nhà trường): who approves lesson plans, whether a late
 * lesson plan may still be approved, and the deadline of the education plans. The approval chains
 * of the other kinds are fixed by 004 §2.2. Immutable; {@link #defaults()} reads the seeds to the
 * letter.
 *
 * @param lessonPlanReviewer who approves lesson plans: {@link Reviewer#SUBJECT_GROUP_LEADER} or
 *     {@link Reviewer#PRINCIPAL_BOARD}, not null
 * @param lateLessonPlanApproval whether a lesson plan may still be approved on or after its
 *     teaching date (flagged late)
 * @param educationPlansDueBefore the day before which the education plans of a school year are
 *     submitted, in the year the school year starts ("nộp trước ngày 15/9", 004 §2.2), not null
 */
public record PlanPolicy(Reviewer lessonPlanReviewer, boolean lateLessonPlanApproval,
        MonthDay educationPlansDueBefore) {

    /** Vietnam's time zone, in which every deadline's day is counted. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** "trước ngày 15/9 hàng năm" (004 §2.2). */
    public static final MonthDay SEPTEMBER_15 = MonthDay.of(Month.SEPTEMBER, 15);

    /**
     * Checks the lesson-plan reviewer.
     *
     * @throws InvalidValueException if it is the school council
     */
    public PlanPolicy {
        Objects.requireNonNull(lessonPlanReviewer, "lessonPlanReviewer");
        Objects.requireNonNull(educationPlansDueBefore, "educationPlansDueBefore");
        if (lessonPlanReviewer == Reviewer.SCHOOL_COUNCIL) {
            throw InvalidValueException.of("lessonPlanReviewer", "PlanPolicy.lessonPlanReviewer", LocalizedText.of(
                    "kế hoạch bài dạy do tổ trưởng/nhóm trưởng hoặc ban giám hiệu duyệt",
                    "lesson plans are approved by the group leader or the principal board"), lessonPlanReviewer);
        }
    }

    /**
     * The seeds' policy: lesson plans approved by the group or sub-group leader (004 §2.3), never
     * once the lesson's day has come (004 §2.2), education plans submitted before 15 September.
     *
     * @return the default policy, not null
     */
    public static PlanPolicy defaults() {
        return new PlanPolicy(Reviewer.SUBJECT_GROUP_LEADER, false, SEPTEMBER_15);
    }

    /**
     * @param reviewer who approves lesson plans, not null
     * @return a copy with that reviewer, not null
     */
    public PlanPolicy withLessonPlanReviewer(Reviewer reviewer) {
        return new PlanPolicy(reviewer, lateLessonPlanApproval, educationPlansDueBefore);
    }

    /**
     * @param allowed whether a late lesson plan may still be approved
     * @return a copy with that choice, not null
     */
    public PlanPolicy withLateLessonPlanApproval(boolean allowed) {
        return new PlanPolicy(lessonPlanReviewer, allowed, educationPlansDueBefore);
    }

    /**
     * @param day the day before which education plans are due, not null
     * @return a copy with that deadline, not null
     */
    public PlanPolicy withEducationPlansDueBefore(MonthDay day) {
        return new PlanPolicy(lessonPlanReviewer, lateLessonPlanApproval, day);
    }

    /**
     * The approval chain of a kind of plan (004 §2.2): the reviewers in order.
     *
     * @param kind the kind, not null
     * @return the reviewers, at least one, not null
     */
    public List<Reviewer> chain(PlanKind kind) {
        switch (kind) {
            case SCHOOL_EDUCATION_PLAN:
                return List.of(Reviewer.SCHOOL_COUNCIL);
            case SUBJECT_TEACHING_PLAN:
            case EDUCATIONAL_ACTIVITY_PLAN:
                return List.of(Reviewer.PRINCIPAL_BOARD);
            case TEACHER_EDUCATION_PLAN:
                return List.of(Reviewer.SUBJECT_GROUP_LEADER);
            case LESSON_PLAN:
                return List.of(lessonPlanReviewer);
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    /**
     * The day before which the plan is due: for an education plan the deadline day of its school
     * year; for a lesson plan its teaching date.
     *
     * @param header the plan's header, not null
     * @return the first day on which it is late, not null
     */
    public LocalDate dueBefore(PlanHeader header) {
        return header.teachingDate().orElseGet(() -> educationPlansDueBefore.atYear(header.year().startYear()));
    }

    /**
     * Whether an instant falls on or after the plan's due day, counted in {@link #ZONE}.
     *
     * @param header the plan's header, not null
     * @param at the instant, not null
     * @return true if late
     */
    public boolean isLate(PlanHeader header, Instant at) {
        return !LocalDate.ofInstant(at, ZONE).isBefore(dueBefore(header));
    }
}
