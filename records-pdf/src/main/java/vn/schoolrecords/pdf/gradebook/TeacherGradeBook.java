package vn.schoolrecords.pdf.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.assessment.Tt22Rules;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;

/**
 * A teacher's personal grade book (sổ điểm cá nhân, 001 §2.2): printed at the start of the
 * school year, its cover with the teacher's details stamped by the principal, then one score
 * page per class and subject the teacher teaches — both semesters, with whatever marks the class
 * grade books already hold and empty cells to be filled in by hand.
 */
public final class TeacherGradeBook {

    /** One class and subject the teacher teaches. */
    record Sheet(GradeBook book, SubjectSheet subject) {
    }

    private final Staff teacher;
    private final SchoolRoster roster;
    private final List<GradeBook> books;
    private final List<Sheet> sheets;
    private final Map<String, String> students;

    private TeacherGradeBook(Staff teacher, SchoolRoster roster, List<GradeBook> books, List<Sheet> sheets,
            Map<String, String> students) {
        this.teacher = teacher;
        this.roster = roster;
        this.books = books;
        this.sheets = sheets;
        this.students = students;
    }

    /**
     * The personal grade book of a teacher.
     *
     * @param roster the school's roster of the year, not null
     * @param teacherId the teacher's staff id, not null
     * @param books the grade books of the classes the teacher teaches, at least one, each with a
     *     subject whose teacher of record is this teacher, in the order to print, not null
     * @return the printout's content, not null
     * @throws InvalidValueException if the roster lacks the teacher, a book is of another year,
     *     names someone the roster lacks, or has no subject of the teacher, or no book is given
     */
    public static TeacherGradeBook of(SchoolRoster roster, String teacherId, List<GradeBook> books) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(teacherId, "teacherId");
        List<GradeBook> copy = List.copyOf(books);
        Staff teacher = roster.staffMember(teacherId).orElseThrow(() -> Rosters.invalid("teacherId",
                "GradeBookPrint.staff", "danh sách trường không có giáo viên " + teacherId,
                "the roster lacks the teacher " + teacherId, teacherId));
        if (copy.isEmpty()) {
            throw Rosters.invalid("books", "PersonalGradeBook.books", "cần ít nhất một sổ điểm lớp",
                    "at least one class grade book is needed", copy);
        }
        Map<String, String> students = Rosters.studentNames(roster);
        List<Sheet> sheets = new ArrayList<>();
        for (GradeBook book : copy) {
            Rosters.check(book, roster, students);
            List<SubjectSheet> taught = book.subjects().stream().filter(s -> s.teacherId().equals(teacherId)).toList();
            if (taught.isEmpty()) {
                throw Rosters.invalid("books", "PersonalGradeBook.notTeacher",
                        "giáo viên không dạy môn nào của lớp " + book.className(),
                        "the teacher teaches no subject of class " + book.className(), book.classId());
            }
            taught.forEach(s -> sheets.add(new Sheet(book, s)));
        }
        return new TeacherGradeBook(teacher, roster, copy, List.copyOf(sheets), students);
    }

    /** @return the teacher, not null */
    public Staff teacher() {
        return teacher;
    }

    /** @return the class grade books, each embedded in the PDF, in order, not null */
    public List<GradeBook> books() {
        return books;
    }

    /** @return the school, not null */
    public School school() {
        return roster.school();
    }

    /** @return the school year, not null */
    public SchoolYear year() {
        return roster.year();
    }

    /** @return the names of the subjects taught, in order of first appearance, not null */
    public List<String> subjectNames() {
        return sheets.stream().map(s -> s.subject().subject().name()).distinct().toList();
    }

    /** @return the names of the classes taught, in order, not null */
    public List<String> classNames() {
        return books.stream().map(GradeBook::className).toList();
    }

    /**
     * A student's name.
     *
     * @param studentId a student of one of the books, not null
     * @return the full name, not null
     * @throws IllegalArgumentException if the student is not in the roster
     */
    public String studentName(String studentId) {
        String name = students.get(studentId);
        if (name == null) {
            throw new IllegalArgumentException("not a student of the roster: " + studentId);
        }
        return name;
    }

    /** @return the school's principal, who stamps the cover, or empty if the roster names none */
    public Optional<Staff> principal() {
        return roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst();
    }

    /** The rules of the averages printed beside the marks. */
    Tt22Rules rules() {
        return Tt22Rules.standard();
    }

    /** The classes and subjects, in print order. */
    List<Sheet> sheets() {
        return sheets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeacherGradeBook t && teacher.equals(t.teacher) && roster.equals(t.roster)
                && books.equals(t.books);
    }

    @Override
    public int hashCode() {
        return Objects.hash(teacher, roster, books);
    }

    @Override
    public String toString() {
        return "TeacherGradeBook[" + teacher.fullName() + ", " + roster.year() + ", " + classNames() + "]";
    }
}
