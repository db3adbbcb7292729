package vn.schoolrecords.core.gradebook;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Term;

/**
 * A command to a grade book, given by an actor — the member of staff the vendor's shell has
 * authenticated — and based on the version of the grade book the actor saw
 * ({@code expectedVersion}); if the book has changed since, the command fails with a
 * {@link VersionConflictException} and nothing is lost.
 */
public sealed interface GradeBookCommand {

    /** @return who gives the command, not null */
    Staff actor();

    /** @return the version of the grade book the command is based on */
    long expectedVersion();

    /**
     * First entry of a mark in an empty cell, by the teacher of record; free while the semester is open.
     *
     * @param actor the teacher, not null
     * @param expectedVersion the version seen
     * @param cell the cell, not null
     * @param mark a score for a subject assessed by score, Đ / CĐ for one assessed by comment, not null
     */
    record EnterMark(Staff actor, long expectedVersion, MarkCell cell, Mark mark) implements GradeBookCommand {
        /** Checks presence. */
        public EnterMark {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(mark, "mark");
        }
    }

    /**
     * A direct change of an entered mark by the teacher of record, on or before the edit deadline,
     * with reason and evidence (001 Điều 8.1–8.2).
     *
     * @param actor the teacher, not null
     * @param expectedVersion the version seen
     * @param cell the cell, not null
     * @param mark the new mark, not null
     * @param reason why, not null (blank is refused)
     * @param evidence the evidence, empty is refused, not null
     */
    record EditMark(Staff actor, long expectedVersion, MarkCell cell, Mark mark, String reason,
            Optional<Evidence> evidence) implements GradeBookCommand {
        /** Checks presence. */
        public EditMark {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * First entry of a student's conduct, by the homeroom teacher.
     *
     * @param actor the homeroom teacher, not null
     * @param expectedVersion the version seen
     * @param studentId the student, not null
     * @param term a semester or the whole year, not null
     * @param level the level, not null
     */
    record EnterConduct(Staff actor, long expectedVersion, String studentId, Term term, AchievementLevel level)
            implements GradeBookCommand {
        /** Checks presence. */
        public EnterConduct {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * A change of an entered conduct by the homeroom teacher while the semester is open, with
     * reason and evidence.
     *
     * @param actor the homeroom teacher, not null
     * @param expectedVersion the version seen
     * @param studentId the student, not null
     * @param term a semester or the whole year, not null
     * @param level the new level, not null
     * @param reason why, not null
     * @param evidence the evidence, not null
     */
    record EditConduct(Staff actor, long expectedVersion, String studentId, Term term, AchievementLevel level,
            String reason, Optional<Evidence> evidence) implements GradeBookCommand {
        /** Checks presence. */
        public EditConduct {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * A correction request (đề nghị sửa điểm) filed by the teacher of record with reason and
     * evidence, at any time — needed after the deadline, for an end-of-term score, or once locked.
     *
     * @param actor the teacher, not null
     * @param expectedVersion the version seen
     * @param cell the entered cell, not null
     * @param mark the mark asked for, not null
     * @param reason why, not null
     * @param evidence the evidence, not null
     */
    record RequestCorrection(Staff actor, long expectedVersion, MarkCell cell, Mark mark, String reason,
            Optional<Evidence> evidence) implements GradeBookCommand {
        /** Checks presence. */
        public RequestCorrection {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * The homeroom teacher confirms a filed request.
     *
     * @param actor the homeroom teacher, not null
     * @param expectedVersion the version seen
     * @param requestId the request, as {@link CorrectionRequest#id()}
     */
    record ConfirmCorrection(Staff actor, long expectedVersion, long requestId) implements GradeBookCommand {
        /** Checks presence. */
        public ConfirmCorrection {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * The principal approves a confirmed request; the new mark goes into the grade book, even if
     * the semester is locked or approved.
     *
     * @param actor the principal, not null
     * @param expectedVersion the version seen
     * @param requestId the request
     * @param comment the principal's comment, possibly empty, not null
     */
    record ApproveCorrection(Staff actor, long expectedVersion, long requestId, String comment)
            implements GradeBookCommand {
        /** Checks presence. */
        public ApproveCorrection {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * The principal rejects a pending request with a comment.
     *
     * @param actor the principal, not null
     * @param expectedVersion the version seen
     * @param requestId the request
     * @param comment why, not blank
     */
    record RejectCorrection(Staff actor, long expectedVersion, long requestId, String comment)
            implements GradeBookCommand {
        /** Checks presence. */
        public RejectCorrection {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * Locks a semester (khóa sổ): the principal's decision (001 Điều 4.5), carried out by the
     * principal or the IT administrator (001 Điều 5.5).
     *
     * @param actor the principal or IT administrator, not null
     * @param expectedVersion the version seen
     * @param term {@link Term#FIRST} or {@link Term#SECOND}, not null
     */
    record LockTerm(Staff actor, long expectedVersion, Term term) implements GradeBookCommand {
        /** Checks presence. */
        public LockTerm {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(term, "term");
        }
    }

    /**
     * The principal unlocks a locked (not approved) semester, with a reason.
     *
     * @param actor the principal, not null
     * @param expectedVersion the version seen
     * @param term the semester, not null
     * @param reason why, not blank
     */
    record UnlockTerm(Staff actor, long expectedVersion, Term term, String reason) implements GradeBookCommand {
        /** Checks presence. */
        public UnlockTerm {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The principal approves the class's results of a semester once everything is entered (001
     * Điều 4.7); the semester is then locked for good. An approved semester is approved again only
     * after an approved correction changed it, which seals the log anew.
     *
     * @param actor the principal, not null
     * @param expectedVersion the version seen
     * @param term the semester; approving semester II needs the year's conduct too, not null
     */
    record ApproveResults(Staff actor, long expectedVersion, Term term) implements GradeBookCommand {
        /** Checks presence. */
        public ApproveResults {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(term, "term");
        }
    }
}
