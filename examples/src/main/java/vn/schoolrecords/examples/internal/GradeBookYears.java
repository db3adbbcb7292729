package vn.schoolrecords.examples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Term;

/**
 * A student's school year as the assessment rules take it ({@link SecondaryYear}), read from the
 * class's grade book (sổ điểm): every subject's two semesters and the conduct of each semester.
 * The grade book holds no absences, so the year has 0 days absent. Shared by
 * {@code records assess} and the vendor example.
 */
public final class GradeBookYears {

    private GradeBookYears() {
    }

    /**
     * What the grade book lacks for a student's year.
     *
     * @param book the grade book
     * @param studentId the student
     * @return the codes of subjects not fully entered, and {@code conduct} if a semester's conduct is missing
     */
    public static List<String> missing(GradeBook book, String studentId) {
        List<String> missing = new ArrayList<>();
        for (SubjectSheet sheet : book.subjects()) {
            if (book.subjectYear(studentId, sheet.subject().code()).isEmpty()) {
                missing.add(sheet.subject().code());
            }
        }
        if (book.conduct(studentId, Term.FIRST).isEmpty() || book.conduct(studentId, Term.SECOND).isEmpty()) {
            missing.add("conduct");
        }
        return List.copyOf(missing);
    }

    /**
     * The student's year, if the grade book has everything.
     *
     * @param book the grade book
     * @param group the book's class, for the level and grade
     * @param studentId the student
     * @return the year, or empty if {@link #missing} is not empty
     */
    public static Optional<SecondaryYear> of(GradeBook book, ClassGroup group, String studentId) {
        if (!missing(book, studentId).isEmpty()) {
            return Optional.empty();
        }
        List<SubjectYear> subjects = new ArrayList<>();
        for (SubjectSheet sheet : book.subjects()) {
            subjects.add(book.subjectYear(studentId, sheet.subject().code()).orElseThrow());
        }
        AchievementLevel first = book.conduct(studentId, Term.FIRST).orElseThrow();
        AchievementLevel second = book.conduct(studentId, Term.SECOND).orElseThrow();
        return Optional.of(SecondaryYear.of(studentId, group.grade().level(), group.grade(), book.year(), subjects,
                first, second, 0));
    }
}
