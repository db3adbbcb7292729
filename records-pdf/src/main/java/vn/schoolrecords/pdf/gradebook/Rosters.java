package vn.schoolrecords.pdf.gradebook;

import java.util.HashMap;
import java.util.Map;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;

/** Checks that a roster names everyone a grade book prints, so that no line is printed without its name. */
final class Rosters {

    private Rosters() {
    }

    /** The names of the roster's students by id. */
    static Map<String, String> studentNames(SchoolRoster roster) {
        Map<String, String> names = new HashMap<>();
        for (Student s : roster.students()) {
            names.put(s.id(), s.fullName());
        }
        return names;
    }

    /** @throws IllegalArgumentException if the student is not among the names */
    static String studentName(Map<String, String> names, String studentId) {
        String name = names.get(studentId);
        if (name == null) {
            throw new IllegalArgumentException("not a student of the roster: " + studentId);
        }
        return name;
    }

    /**
     * @throws InvalidValueException if the roster is of another year or lacks the class, a student,
     *     the homeroom teacher or a subject teacher of the book
     */
    static void check(GradeBook book, SchoolRoster roster, Map<String, String> students) {
        if (!roster.year().equals(book.year())) {
            throw invalid("roster.year", "GradeBookPrint.year", "danh sách trường thuộc năm học khác với sổ điểm",
                    "the roster is of another school year than the grade book", roster.year());
        }
        if (roster.classGroup(book.classId()).isEmpty()) {
            throw invalid("roster.classes", "GradeBookPrint.class", "danh sách trường không có lớp của sổ điểm",
                    "the roster lacks the grade book's class", book.classId());
        }
        for (String id : book.studentIds()) {
            if (!students.containsKey(id)) {
                throw invalid("roster.students", "GradeBookPrint.student", "danh sách trường không có học sinh " + id,
                        "the roster lacks the student " + id, id);
            }
        }
        staff(roster, book.homeroomTeacherId());
        for (SubjectSheet sheet : book.subjects()) {
            staff(roster, sheet.teacherId());
        }
    }

    /** @throws InvalidValueException if the roster lacks the member of staff */
    static String staff(SchoolRoster roster, String staffId) {
        return roster.staffMember(staffId).orElseThrow(() -> invalid("roster.staff", "GradeBookPrint.staff",
                "danh sách trường không có cán bộ " + staffId, "the roster lacks the member of staff " + staffId,
                staffId)).fullName();
    }

    static InvalidValueException invalid(String path, String rule, String vi, String en, Object value) {
        return InvalidValueException.of(path, rule, LocalizedText.of(vi, en), value);
    }
}
