package vn.schoolrecords.core.gradebook;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.audit.AuditEvent;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.gradebook.internal.MarkJson;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Term;

/**
 * An event of a grade book's edit log (nhật kí sửa điểm, 001 Điều 8): who, in which role, when,
 * and what changed (old → new) with reason and evidence. Replaying the events in order rebuilds
 * the grade book exactly ({@link GradeBookLog#replay()}).
 *
 * <p>JSON: an object whose {@code type} names the event, e.g. {@code "MARK_EDITED"}.
 * Canonical bytes: the type name, {@code actorId}, {@code role}, {@code at}, then the
 * event's own fields in the order of its components (see {@link CanonicalWriter}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(GradeBookEvent.Opened.class),
        @JsonSubTypes.Type(GradeBookEvent.MarkEntered.class),
        @JsonSubTypes.Type(GradeBookEvent.MarkEdited.class),
        @JsonSubTypes.Type(GradeBookEvent.ConductEntered.class),
        @JsonSubTypes.Type(GradeBookEvent.ConductEdited.class),
        @JsonSubTypes.Type(GradeBookEvent.CorrectionRequested.class),
        @JsonSubTypes.Type(GradeBookEvent.CorrectionConfirmed.class),
        @JsonSubTypes.Type(GradeBookEvent.CorrectionApproved.class),
        @JsonSubTypes.Type(GradeBookEvent.CorrectionRejected.class),
        @JsonSubTypes.Type(GradeBookEvent.TermLocked.class),
        @JsonSubTypes.Type(GradeBookEvent.TermUnlocked.class),
        @JsonSubTypes.Type(GradeBookEvent.ResultsApproved.class)})
public sealed interface GradeBookEvent extends AuditEvent {

    /**
     * The principal opened the class's grade book (mở sổ, 001 Điều 4.5), fixing its subjects, teachers of record and students.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param classId the class's id, not null
     * @param className the class's name, not null
     * @param year the school year, not null
     * @param homeroomTeacherId the homeroom teacher's staff id, not null
     * @param subjects the subjects and their teachers of record, not null
     * @param studentIds the students, in the class list's order, not null
     */
    @JsonTypeName("GRADEBOOK_OPENED")
    record Opened(String actorId, StaffRole role, Instant at,
                String classId,
                String className,
                SchoolYear year,
                String homeroomTeacherId,
                List<SubjectSheet> subjects,
                List<String> studentIds) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public Opened {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(classId, "classId");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(homeroomTeacherId, "homeroomTeacherId");
            Objects.requireNonNull(subjects, "subjects");
            Objects.requireNonNull(studentIds, "studentIds");
            subjects = List.copyOf(subjects);
            studentIds = List.copyOf(studentIds);
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("GRADEBOOK_OPENED", this);
            out.text(classId).text(className).text(year.toString()).text(homeroomTeacherId).list(subjects, (w, s) -> s.writeTo(w)).list(studentIds, CanonicalWriter::text);
        }
    }
    /**
     * The teacher of record entered a mark in an empty cell (first entry).
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param cell the cell, not null
     * @param mark the mark, not null
     */
    @JsonTypeName("MARK_ENTERED")
    record MarkEntered(String actorId, StaffRole role, Instant at,
                MarkCell cell,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark mark) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public MarkEntered {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(mark, "mark");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("MARK_ENTERED", this);
            cell.writeTo(out); MarkJson.write(out, mark);
        }
    }
    /**
     * The teacher of record changed an entered mark before the edit deadline, with reason and evidence (001 Điều 8.1–8.2).
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param cell the cell, not null
     * @param oldMark the mark before, not null
     * @param newMark the mark after, not null
     * @param reason why, not null
     * @param evidence the evidence kept, not null
     */
    @JsonTypeName("MARK_EDITED")
    record MarkEdited(String actorId, StaffRole role, Instant at,
                MarkCell cell,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark oldMark,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark newMark,
                String reason,
                Evidence evidence) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public MarkEdited {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(oldMark, "oldMark");
            Objects.requireNonNull(newMark, "newMark");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("MARK_EDITED", this);
            cell.writeTo(out); MarkJson.write(out, oldMark); MarkJson.write(out, newMark); out.text(reason); evidence.writeTo(out);
        }
    }
    /**
     * The homeroom teacher entered a student's conduct (kết quả rèn luyện).
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param studentId the student's id, not null
     * @param term the semester or the whole year, not null
     * @param level the level, not null
     */
    @JsonTypeName("CONDUCT_ENTERED")
    record ConductEntered(String actorId, StaffRole role, Instant at,
                String studentId,
                Term term,
                AchievementLevel level) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public ConductEntered {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(level, "level");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("CONDUCT_ENTERED", this);
            out.text(studentId).name(term).name(level);
        }
    }
    /**
     * The homeroom teacher changed a student's conduct, with reason and evidence.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param studentId the student's id, not null
     * @param term the semester or the whole year, not null
     * @param oldLevel the level before, not null
     * @param newLevel the level after, not null
     * @param reason why, not null
     * @param evidence the evidence kept, not null
     */
    @JsonTypeName("CONDUCT_EDITED")
    record ConductEdited(String actorId, StaffRole role, Instant at,
                String studentId,
                Term term,
                AchievementLevel oldLevel,
                AchievementLevel newLevel,
                String reason,
                Evidence evidence) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public ConductEdited {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(oldLevel, "oldLevel");
            Objects.requireNonNull(newLevel, "newLevel");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("CONDUCT_EDITED", this);
            out.text(studentId).name(term).name(oldLevel).name(newLevel).text(reason); evidence.writeTo(out);
        }
    }
    /**
     * The teacher of record filed a correction request (đề nghị sửa điểm); its id is this event's sequence.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param cell the cell, not null
     * @param oldMark the mark when filed, not null
     * @param newMark the mark asked for, not null
     * @param reason why, not null
     * @param evidence the evidence kept, not null
     */
    @JsonTypeName("CORRECTION_REQUESTED")
    record CorrectionRequested(String actorId, StaffRole role, Instant at,
                MarkCell cell,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark oldMark,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark newMark,
                String reason,
                Evidence evidence) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public CorrectionRequested {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(oldMark, "oldMark");
            Objects.requireNonNull(newMark, "newMark");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("CORRECTION_REQUESTED", this);
            cell.writeTo(out); MarkJson.write(out, oldMark); MarkJson.write(out, newMark); out.text(reason); evidence.writeTo(out);
        }
    }
    /**
     * The homeroom teacher confirmed a correction request.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param requestId the request's id
     */
    @JsonTypeName("CORRECTION_CONFIRMED")
    record CorrectionConfirmed(String actorId, StaffRole role, Instant at,
                long requestId) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public CorrectionConfirmed {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");


        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("CORRECTION_CONFIRMED", this);
            out.int64(requestId);
        }
    }
    /**
     * The principal approved a correction request; the new mark is in the grade book.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param requestId the request's id
     * @param cell the cell, not null
     * @param oldMark the mark before, not null
     * @param newMark the mark after, not null
     * @param comment the principal's comment, possibly empty, not null
     */
    @JsonTypeName("CORRECTION_APPROVED")
    record CorrectionApproved(String actorId, StaffRole role, Instant at,
                long requestId,
                MarkCell cell,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark oldMark,
                @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark newMark,
                String comment) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public CorrectionApproved {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(oldMark, "oldMark");
            Objects.requireNonNull(newMark, "newMark");
            Objects.requireNonNull(comment, "comment");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("CORRECTION_APPROVED", this);
            out.int64(requestId); cell.writeTo(out); MarkJson.write(out, oldMark); MarkJson.write(out, newMark); out.text(comment);
        }
    }
    /**
     * The principal rejected a correction request; nothing changed.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param requestId the request's id
     * @param comment the principal's reason, not null
     */
    @JsonTypeName("CORRECTION_REJECTED")
    record CorrectionRejected(String actorId, StaffRole role, Instant at,
                long requestId,
                String comment) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public CorrectionRejected {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(comment, "comment");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("CORRECTION_REJECTED", this);
            out.int64(requestId).text(comment);
        }
    }
    /**
     * A semester was locked (khóa sổ); the hash of this event seals the log.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param term the semester, not null
     */
    @JsonTypeName("TERM_LOCKED")
    record TermLocked(String actorId, StaffRole role, Instant at,
                Term term) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public TermLocked {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(term, "term");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("TERM_LOCKED", this);
            out.name(term);
        }
    }
    /**
     * The principal unlocked a semester.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param term the semester, not null
     * @param reason why, not null
     */
    @JsonTypeName("TERM_UNLOCKED")
    record TermUnlocked(String actorId, StaffRole role, Instant at,
                Term term,
                String reason) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public TermUnlocked {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(reason, "reason");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("TERM_UNLOCKED", this);
            out.name(term).text(reason);
        }
    }
    /**
     * The principal approved the class's results for a semester (001 Điều 4.7); it is locked for good and the hash of this event seals the log.
     *
     * @param actorId the staff id of who acted, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param term the semester, not null
     */
    @JsonTypeName("RESULTS_APPROVED")
    record ResultsApproved(String actorId, StaffRole role, Instant at,
                Term term) implements GradeBookEvent {

        /** Checks presence and copies lists. */
        public ResultsApproved {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(term, "term");

        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("RESULTS_APPROVED", this);
            out.name(term);
        }
    }
}
