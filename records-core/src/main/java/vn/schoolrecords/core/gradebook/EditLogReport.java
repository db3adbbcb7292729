package vn.schoolrecords.core.gradebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.gradebook.internal.MarkJson;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * The monthly edit-log report (nhật kí sửa điểm) that the principal board prints before each
 * monthly professional meeting to check each subject teacher's edits and have them explained
 * (001 Điều 8.2): per teacher, every score changed in the month with its reason and evidence.
 * Data only; records-pdf prints it.
 *
 * @param classId the class, not null
 * @param className the class's name, not null
 * @param year the school year, not null
 * @param month the month, not null
 * @param zone the zone in which months are counted, not null
 * @param teachers one section per teacher with at least one change, by staff id, not null
 */
public record EditLogReport(String classId, String className, SchoolYear year, YearMonth month, ZoneId zone,
        List<TeacherSection> teachers) {

    /** Checks presence and copies the list. */
    public EditLogReport {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        teachers = List.copyOf(teachers);
    }

    /**
     * How a score was changed.
     */
    public enum ChangeKind {
        /** Edited directly by the teacher before the deadline (sửa trực tiếp). */
        DIRECT_EDIT,
        /** Corrected on a request approved by the principal (sửa theo đề nghị được duyệt). */
        APPROVED_CORRECTION
    }

    /**
     * One teacher's changes in the month.
     *
     * @param teacherId the teacher's staff id, not null
     * @param changes the changes in log order, not null
     */
    public record TeacherSection(String teacherId, List<ScoreChange> changes) {
        /** Checks presence and copies the list. */
        public TeacherSection {
            Objects.requireNonNull(teacherId, "teacherId");
            changes = List.copyOf(changes);
        }
    }

    /**
     * One changed score.
     *
     * @param sequence the log entry that changed it
     * @param at when it changed, not null
     * @param cell the cell, not null
     * @param oldMark the mark before, not null
     * @param newMark the mark after, not null
     * @param reason the teacher's reason, not null
     * @param evidence the evidence kept, not null
     * @param kind direct edit or approved correction, not null
     * @param approvedBy the principal who approved a correction; empty for a direct edit
     */
    public record ScoreChange(long sequence, Instant at, MarkCell cell,
            @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark oldMark,
            @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark newMark,
            String reason, Evidence evidence, ChangeKind kind, Optional<String> approvedBy) {
        /** Checks presence. */
        public ScoreChange {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(oldMark, "oldMark");
            Objects.requireNonNull(newMark, "newMark");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(approvedBy, "approvedBy");
        }
    }

    /**
     * The report of a month from a verified log. A change counts in the month, in the given zone,
     * in which the score changed: the edit, or the principal's approval of a correction (which is
     * attributed to the teacher who filed it, with the reason and evidence of the request).
     *
     * @param log the log, verified first, not null
     * @param month the month, not null
     * @param zone the zone in which days are counted, e.g. {@link EditPolicy#VIETNAM}, not null
     * @return the report, not null
     * @throws vn.schoolrecords.core.audit.AuditChainBrokenException if the log is broken
     */
    public static EditLogReport monthly(GradeBookLog log, YearMonth month, ZoneId zone) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        GradeBook book = log.replay();
        Map<Long, GradeBookEvent.CorrectionRequested> requests = new HashMap<>();
        Map<String, List<ScoreChange>> byTeacher = new TreeMap<>();
        for (AuditEntry<GradeBookEvent> entry : log.entries()) {
            GradeBookEvent event = entry.event();
            if (event instanceof GradeBookEvent.CorrectionRequested r) {
                requests.put(entry.sequence(), r);
            }
            if (!YearMonth.from(event.at().atZone(zone)).equals(month)) {
                continue;
            }
            if (event instanceof GradeBookEvent.MarkEdited e) {
                byTeacher.computeIfAbsent(e.actorId(), k -> new ArrayList<>()).add(new ScoreChange(entry.sequence(),
                        e.at(), e.cell(), e.oldMark(), e.newMark(), e.reason(), e.evidence(), ChangeKind.DIRECT_EDIT,
                        Optional.empty()));
            } else if (event instanceof GradeBookEvent.CorrectionApproved a) {
                GradeBookEvent.CorrectionRequested r = requests.get(a.requestId());
                byTeacher.computeIfAbsent(r.actorId(), k -> new ArrayList<>()).add(new ScoreChange(entry.sequence(),
                        a.at(), a.cell(), a.oldMark(), a.newMark(), r.reason(), r.evidence(),
                        ChangeKind.APPROVED_CORRECTION, Optional.of(a.actorId())));
            }
        }
        List<TeacherSection> sections = byTeacher.entrySet().stream()
                .map(e -> new TeacherSection(e.getKey(), e.getValue())).toList();
        return new EditLogReport(book.classId(), book.className(), book.year(), month, zone, sections);
    }

    /**
     * One teacher's section.
     *
     * @param teacherId the staff id, not null
     * @return the section, or empty if the teacher changed nothing that month
     */
    public Optional<TeacherSection> teacher(String teacherId) {
        return teachers.stream().filter(t -> t.teacherId().equals(teacherId)).findFirst();
    }
}
