package vn.schoolrecords.pdf.gradebook;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;

/**
 * One teacher's part of the monthly edit-log report (nhật kí sửa điểm) of a class, as the
 * principal board prints it before the monthly professional meeting to have each change
 * explained (001 Điều 8.2): the report cut down to the teacher, and the roster that names the
 * teacher, the students and the principal. A teacher who changed nothing that month gets a page
 * that says so.
 */
public final class EditLogPrintout {

    /**
     * The schema and version of the embedded report: the JSON of {@link EditLogReport} with one
     * teacher's section, {@link EditLogReport#SCHEMA}.
     */
    public static final String SCHEMA = EditLogReport.SCHEMA;

    private final EditLogReport report;
    private final Staff teacher;
    private final SchoolRoster roster;
    private final Map<String, String> students;

    private EditLogPrintout(EditLogReport report, Staff teacher, SchoolRoster roster, Map<String, String> students) {
        this.report = report;
        this.teacher = teacher;
        this.roster = roster;
        this.students = students;
    }

    /**
     * A teacher's edit log of a month.
     *
     * @param report the class's report of the month, not null
     * @param teacherId the teacher, not null
     * @param roster the school's roster of the report's year, not null
     * @return the printout's content, not null
     * @throws InvalidValueException if the roster is of another year, lacks the class, the teacher,
     *     a student of a change, or the principal who approved a correction
     */
    public static EditLogPrintout of(EditLogReport report, String teacherId, SchoolRoster roster) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(teacherId, "teacherId");
        Objects.requireNonNull(roster, "roster");
        if (!roster.year().equals(report.year())) {
            throw Rosters.invalid("roster.year", "GradeBookPrint.year", "danh sách trường thuộc năm học khác với báo cáo",
                    "the roster is of another school year than the report", roster.year());
        }
        if (roster.classGroup(report.classId()).isEmpty()) {
            throw Rosters.invalid("roster.classes", "GradeBookPrint.class", "danh sách trường không có lớp của báo cáo",
                    "the roster lacks the report's class", report.classId());
        }
        Staff teacher = roster.staffMember(teacherId).orElseThrow(() -> Rosters.invalid("teacherId",
                "GradeBookPrint.staff", "danh sách trường không có giáo viên " + teacherId,
                "the roster lacks the teacher " + teacherId, teacherId));
        EditLogReport.TeacherSection section = report.teacher(teacherId)
                .orElseGet(() -> new EditLogReport.TeacherSection(teacherId, List.of()));
        Map<String, String> students = Rosters.studentNames(roster);
        for (EditLogReport.ScoreChange change : section.changes()) {
            if (!students.containsKey(change.cell().studentId())) {
                throw Rosters.invalid("roster.students", "GradeBookPrint.student",
                        "danh sách trường không có học sinh " + change.cell().studentId(),
                        "the roster lacks the student " + change.cell().studentId(), change.cell().studentId());
            }
            change.approvedBy().ifPresent(p -> Rosters.staff(roster, p));
        }
        return new EditLogPrintout(report.forTeacher(teacherId), teacher, roster, students);
    }

    /** @return the report with this teacher's section only (none if they changed nothing), embedded in the PDF, not null */
    public EditLogReport report() {
        return report;
    }

    /** @return the teacher, not null */
    public Staff teacher() {
        return teacher;
    }

    /** @return the teacher's changes in log order, possibly empty, not null */
    public List<EditLogReport.ScoreChange> changes() {
        return report.teachers().isEmpty() ? List.of() : report.teachers().get(0).changes();
    }

    /** @return the school, not null */
    public School school() {
        return roster.school();
    }

    /**
     * A student's name.
     *
     * @param studentId a student of a change, not null
     * @return the full name, not null
     * @throws IllegalArgumentException if the student is not in the roster
     */
    public String studentName(String studentId) {
        return Rosters.studentName(students, studentId);
    }

    /**
     * A staff member's name.
     *
     * @param staffId the id, not null
     * @return the full name, not null
     * @throws InvalidValueException if the roster lacks them
     */
    public String staffName(String staffId) {
        return Rosters.staff(roster, staffId);
    }

    /**
     * A subject's name in the class's grade.
     *
     * @param subjectCode the code, not null
     * @return the name, or the code if the curriculum lacks it, not null
     */
    public String subjectName(String subjectCode) {
        var grade = roster.classGroup(report.classId()).orElseThrow().grade();
        return roster.curriculum(grade).flatMap(c -> c.subjects().stream()
                .filter(s -> s.code().equals(subjectCode)).findFirst()).map(s -> s.name()).orElse(subjectCode);
    }

    /** @return the school's principal, or empty if the roster names none */
    public Optional<Staff> principal() {
        return roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditLogPrintout p && report.equals(p.report) && teacher.equals(p.teacher)
                && roster.equals(p.roster);
    }

    @Override
    public int hashCode() {
        return Objects.hash(report, teacher, roster);
    }

    @Override
    public String toString() {
        return "EditLogPrintout[" + report.className() + ", " + report.month() + ", " + teacher.fullName() + "]";
    }
}
