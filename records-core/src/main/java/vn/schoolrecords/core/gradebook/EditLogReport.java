package vn.schoolrecords.core.gradebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.gradebook.internal.MarkJson;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * The monthly edit-log report (nhật kí sửa điểm) that the principal board prints before each
 * monthly professional meeting to check each subject teacher's edits and have them explained
 * (001 Điều 8.2): per teacher, every score changed in the month with its reason and evidence.
 * Data only; records-pdf prints it, with this JSON inside.
 *
 * <p>The exchanged document of schema {@value #SCHEMA} (JSON Schema resource
 * {@code /schema/edit-log-report-1.schema.json}). Every report, built here or read from JSON, is
 * checked: each section has changes and its own teacher, each change happened in the month (in
 * the report's zone), comes from its own log entry in log order, has a reason, and names the
 * principal who approved it exactly when it is an approved correction.
 *
 * @param schema always {@value #SCHEMA}
 * @param classId the class, not null
 * @param className the class's name, not blank
 * @param year the school year, not null
 * @param month the month, not null
 * @param zone the zone in which months are counted, not null
 * @param teachers one section per teacher with at least one change, by staff id, not null
 */
public record EditLogReport(String schema,
        @Pattern(regexp = ID, message = "{vn.schoolrecords.Id.format}") String classId, String className,
        SchoolYear year, YearMonth month, ZoneId zone, List<@Valid TeacherSection> teachers) {

    /** The schema and version of the edit-log report document. */
    public static final String SCHEMA = "edit-log-report/1";

    /** A staff, student or class id, as in every other document. */
    private static final String ID = "[A-Za-z0-9._-]{1,40}";

    /**
     * Checks presence, copies the list and checks the report's rules.
     *
     * @throws InvalidValueException if the schema is not {@value #SCHEMA}, the class's name is
     *     blank, a section is empty or repeats a teacher, a change is outside the month, or the log
     *     entries of the changes are repeated or out of order
     */
    public EditLogReport {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        teachers = List.copyOf(teachers);
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "phiên bản lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        if (className.isBlank()) {
            throw InvalidValueException.of("className", "EditLogReport.className", LocalizedText.of(
                    "tên lớp không được để trống", "the class's name must not be blank"), className);
        }
        checkSections(teachers, month, zone);
    }

    /**
     * A report, of schema {@value #SCHEMA}.
     *
     * @param classId the class, not null
     * @param className the class's name, not blank
     * @param year the school year, not null
     * @param month the month, not null
     * @param zone the zone in which months are counted, not null
     * @param teachers one section per teacher with at least one change, not null
     * @return the report, not null
     * @throws InvalidValueException as the constructor
     */
    public static EditLogReport of(String classId, String className, SchoolYear year, YearMonth month, ZoneId zone,
            List<TeacherSection> teachers) {
        return new EditLogReport(SCHEMA, classId, className, year, month, zone, teachers);
    }

    private static void checkSections(List<TeacherSection> teachers, YearMonth month, ZoneId zone) {
        Set<String> seenTeachers = new HashSet<>();
        Set<Long> seenEntries = new HashSet<>();
        for (int t = 0; t < teachers.size(); t++) {
            TeacherSection section = teachers.get(t);
            String at = "teachers[" + t + "]";
            if (section.changes().isEmpty()) {
                // A teacher who changed nothing has no section, so "no section" means one thing.
                throw InvalidValueException.of(at + ".changes", "EditLogReport.emptySection", LocalizedText.of(
                        "mục của giáo viên " + section.teacherId() + " không có điểm nào được sửa",
                        "the section of teacher " + section.teacherId() + " has no change"), section.teacherId());
            }
            if (!seenTeachers.add(section.teacherId())) {
                throw InvalidValueException.of(at + ".teacherId", "EditLogReport.teacherRepeated", LocalizedText.of(
                        "giáo viên " + section.teacherId() + " có hai mục trong báo cáo",
                        "teacher " + section.teacherId() + " has two sections in the report"), section.teacherId());
            }
            long previous = 0;
            for (int c = 0; c < section.changes().size(); c++) {
                ScoreChange change = section.changes().get(c);
                String path = at + ".changes[" + c + "]";
                if (!YearMonth.from(change.at().atZone(zone)).equals(month)) {
                    throw InvalidValueException.of(path + ".at", "EditLogReport.month", LocalizedText.of(
                            "điểm được sửa ngoài tháng " + month + " của báo cáo",
                            "the score was changed outside the report's month " + month), change.at());
                }
                if (change.sequence() <= previous || !seenEntries.add(change.sequence())) {
                    throw InvalidValueException.of(path + ".sequence", "EditLogReport.sequence", LocalizedText.of(
                            "mỗi thay đổi là một mục nhật kí riêng, theo thứ tự nhật kí",
                            "each change is its own log entry, in log order"), change.sequence());
                }
                previous = change.sequence();
            }
        }
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
    public record TeacherSection(@Pattern(regexp = ID, message = "{vn.schoolrecords.Id.format}") String teacherId,
            List<@Valid ScoreChange> changes) {
        /** Checks presence and copies the list. */
        public TeacherSection {
            Objects.requireNonNull(teacherId, "teacherId");
            changes = List.copyOf(changes);
        }
    }

    /**
     * One changed score.
     *
     * @param sequence the log entry that changed it, from 1
     * @param at when it changed, not null
     * @param cell the cell, not null
     * @param oldMark the mark before, not null
     * @param newMark the mark after, not null
     * @param reason the teacher's reason, not blank
     * @param evidence the evidence kept, not null
     * @param kind direct edit or approved correction, not null
     * @param approvedBy the principal who approved a correction; empty for a direct edit
     */
    public record ScoreChange(long sequence, Instant at, MarkCell cell,
            @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark oldMark,
            @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark newMark,
            String reason, Evidence evidence, ChangeKind kind,
            Optional<@Pattern(regexp = ID, message = "{vn.schoolrecords.Id.format}") String> approvedBy) {
        /**
         * Checks presence and that the change is complete.
         *
         * @throws InvalidValueException if the sequence is not positive, the reason is blank, or
         *     a principal is named for a direct edit or missing for an approved correction
         */
        public ScoreChange {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(oldMark, "oldMark");
            Objects.requireNonNull(newMark, "newMark");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(approvedBy, "approvedBy");
            if (sequence < 1) {
                throw InvalidValueException.of("sequence", "EditLogReport.sequence", LocalizedText.of(
                        "số thứ tự mục nhật kí bắt đầu từ 1", "log entries are numbered from 1"), sequence);
            }
            if (reason.isBlank()) {
                throw InvalidValueException.of("reason", "EditLogReport.reason", LocalizedText.of(
                        "mỗi điểm được sửa phải có lý do", "every changed score has a reason"), reason);
            }
            if (approvedBy.isPresent() != (kind == ChangeKind.APPROVED_CORRECTION)) {
                // 001 Điều 8.2: after the deadline only the principal's approval changes a score;
                // before it the teacher edits alone, and nobody else is named.
                throw InvalidValueException.of("approvedBy", "EditLogReport.approval", LocalizedText.of(
                        "chỉ điểm sửa theo đề nghị được duyệt mới ghi hiệu trưởng duyệt, và luôn ghi",
                        "an approved correction names the principal who approved it, a direct edit names nobody"),
                        approvedBy.orElse(""));
            }
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
        return of(book.classId(), book.className(), book.year(), month, zone, sections);
    }

    /**
     * The report cut down to one teacher, e.g. to print or send each teacher their own part.
     *
     * @param teacherId the teacher's staff id, not null
     * @return a copy with that teacher's section only, or with no section if they changed nothing
     *     that month, not null
     */
    public EditLogReport forTeacher(String teacherId) {
        Objects.requireNonNull(teacherId, "teacherId");
        return of(classId, className, year, month, zone, teacher(teacherId).map(List::of).orElse(List.of()));
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
