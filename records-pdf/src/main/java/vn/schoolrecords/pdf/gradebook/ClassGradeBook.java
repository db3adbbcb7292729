package vn.schoolrecords.pdf.gradebook;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.assessment.Tt22Rules;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Term;

/**
 * One semester of a class's grade book (sổ theo dõi và đánh giá học sinh) as printed for an
 * inspection or at the end of the semester (001 §2.1, Điều 5.5): the grade book, the semester,
 * the roster that names its students and teachers, and the rules that compute its averages
 * (by default {@link Tt22Rules#standard()}).
 */
public final class ClassGradeBook {

    private final GradeBook book;
    private final SchoolRoster roster;
    private final Term term;
    private final Tt22Rules rules;
    private final Map<String, String> students;

    private ClassGradeBook(GradeBook book, SchoolRoster roster, Term term, Tt22Rules rules,
            Map<String, String> students) {
        this.book = book;
        this.roster = roster;
        this.term = term;
        this.rules = rules;
        this.students = students;
    }

    /**
     * A semester of a grade book to print.
     *
     * @param book the grade book, not null
     * @param roster the school's roster of the book's year, naming its students and staff, not null
     * @param term {@link Term#FIRST}, or {@link Term#SECOND}, which also prints the year's
     *     averages and conduct, not null
     * @return the printout's content, not null
     * @throws InvalidValueException if the term is the whole year, or the roster is of another
     *     year or lacks the class, a student or a teacher of the book
     */
    public static ClassGradeBook of(GradeBook book, SchoolRoster roster, Term term) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(term, "term");
        if (term == Term.WHOLE_YEAR) {
            throw Rosters.invalid("term", "GradeBookPrint.term",
                    "sổ điểm được in theo học kỳ I hoặc II (học kỳ II in cả kết quả cả năm)",
                    "a grade book is printed per semester, I or II (II also prints the year)", term);
        }
        Map<String, String> students = Rosters.studentNames(roster);
        Rosters.check(book, roster, students);
        return new ClassGradeBook(book, roster, term, Tt22Rules.standard(), students);
    }

    /**
     * A copy whose averages follow other rules, e.g. a province's rounding.
     *
     * @param value the rules, not null
     * @return the copy, not null
     */
    public ClassGradeBook withRules(Tt22Rules value) {
        return new ClassGradeBook(book, roster, term, Objects.requireNonNull(value, "rules"), students);
    }

    /** @return the grade book, embedded in the PDF, not null */
    public GradeBook book() {
        return book;
    }

    /** @return the semester printed, not null */
    public Term term() {
        return term;
    }

    /** @return the rules of the averages, not null */
    public Tt22Rules rules() {
        return rules;
    }

    /** @return the school, not null */
    public School school() {
        return roster.school();
    }

    /**
     * A student's name.
     *
     * @param studentId a student of the book, not null
     * @return the full name, not null
     * @throws IllegalArgumentException if the student is not in the roster
     */
    public String studentName(String studentId) {
        return Rosters.studentName(students, studentId);
    }

    /**
     * A staff member's name.
     *
     * @param staffId a member of staff named by the book, not null
     * @return the full name, not null
     * @throws InvalidValueException if the roster lacks them
     */
    public String staffName(String staffId) {
        return Rosters.staff(roster, staffId);
    }

    /** @return the school's principal (hiệu trưởng), or empty if the roster names none */
    public Optional<Staff> principal() {
        return roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassGradeBook c && book.equals(c.book) && roster.equals(c.roster) && term == c.term
                && rules.equals(c.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(book, roster, term, rules);
    }

    @Override
    public String toString() {
        return "ClassGradeBook[" + book.className() + ", " + book.year() + ", " + term + "]";
    }
}
