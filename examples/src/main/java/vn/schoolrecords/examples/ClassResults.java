package vn.schoolrecords.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.ClassAssessment;
import vn.schoolrecords.core.assessment.ClassSummary;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.RatedLevel;
import vn.schoolrecords.core.assessment.Reason;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.YearOutcome;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.examples.internal.GradeBookYears;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.examples.CommandFailedException.Code;

/**
 * A class's year assessed from its grade book (sổ điểm): each student's
 * {@link SecondaryYear} taken from the book's marks and conduct, assessed by
 * {@link Assessments#standard()} under the circular of the class's grade and year, and the
 * results as a JSON document ({@code class-results/1}) with every reason.
 *
 * <p>The grade book holds no absences, so each record has 0 days absent; a student with a mark
 * or conduct missing is not assessed and is listed with what is missing.
 *
 * @param schema always {@value #SCHEMA}
 * @param classId the class's id
 * @param className the class's name
 * @param year the school year, e.g. {@code 2025-2026}
 * @param summary the class summary
 * @param students one line per assessed student, in the grade book's order
 * @param notAssessed students not assessed, each with what is missing
 */
record ClassResults(String schema, String classId, String className, String year, ClassSummary summary,
        List<StudentResult> students, Map<String, List<String>> notAssessed) {

    /** The schema of the results document. */
    static final String SCHEMA = "class-results/1";

    /**
     * One student's result.
     *
     * @param studentId the id
     * @param name the full name
     * @param regime the circular applied, e.g. {@code TT 22/2021}
     * @param learning the year's learning level
     * @param conduct the year's conduct level, if any
     * @param promotion the promotion status
     * @param reassessmentSubjects the subjects to re-take in the summer
     * @param award the award, if any
     * @param failed the conditions that did not hold, with their article
     */
    record StudentResult(String studentId, String name, String regime, String learning, Optional<String> conduct,
            String promotion, List<String> reassessmentSubjects, Optional<String> award, List<ReasonLine> failed) {
    }

    /**
     * A condition that did not hold.
     *
     * @param condition its stable identifier
     * @param text what was checked, with the values
     * @param citation the article
     */
    record ReasonLine(String condition, LocalizedText text, String citation) {
    }

    /**
     * Assesses the class of a grade book.
     *
     * @param book the grade book, not null
     * @param roster the school's roster of the same year, for the class's grade and the names
     * @return the results
     */
    static ClassResults assess(GradeBook book, SchoolRoster roster) {
        ClassGroup group = roster.classGroup(book.classId()).filter(c -> c.year().equals(book.year()))
                .orElseThrow(() -> new CommandFailedException(Code.WRONG_KIND_OF_FILE,
                        "danh sách trường không có lớp " + book.classId() + " năm học " + book.year(),
                        "the roster has no class " + book.classId() + " in " + book.year()));
        // The grade book names no school: its students and teachers must be the roster's class's.
        var enrolled = roster.studentsOf(group.id()).stream().map(Student::id).collect(java.util.stream.Collectors.toSet());
        boolean sameTeachers = book.subjects().stream().allMatch(sheet -> roster.teacherOf(group.id(),
                sheet.subject().code()).map(t -> t.id().equals(sheet.teacherId())).orElse(false));
        if (!enrolled.equals(java.util.Set.copyOf(book.studentIds())) || !sameTeachers) {
            throw new CommandFailedException(Code.WRONG_KIND_OF_FILE,
                    "sổ điểm lớp " + book.className() + " không khớp danh sách trường (học sinh hoặc giáo viên khác)",
                    "the grade book of " + book.className() + " does not match the roster (other students or teachers)");
        }
        List<SecondaryYear> records = new ArrayList<>();
        Map<String, List<String>> notAssessed = new LinkedHashMap<>();
        for (String id : book.studentIds()) {
            GradeBookYears.of(book, group, id).ifPresentOrElse(records::add,
                    () -> notAssessed.put(id, GradeBookYears.missing(book, id)));
        }
        ClassAssessment assessment = Assessments.standard().assessClass(records);
        List<StudentResult> lines = new ArrayList<>();
        for (YearOutcome o : assessment.outcomes()) {
            List<ReasonLine> failed = o.reasons().failed().stream().map(ClassResults::line).toList();
            lines.add(new StudentResult(o.studentId(), name(roster, o.studentId()), o.regime().shortName(),
                    o.learningLevel().vietnameseName(), o.conductLevel().map(RatedLevel::vietnameseName),
                    o.promotion().vietnameseName(), o.reassessmentSubjects(),
                    o.award().map(a -> a.vietnameseName()), failed));
        }
        return new ClassResults(SCHEMA, group.id(), group.name(), book.year().toString(), assessment.summary(),
                lines, notAssessed);
    }

    /**
     * Prints the summary and every student not simply promoted.
     *
     * @param out where to print
     * @param reasons true to print each such student's failed conditions with their articles
     */
    void print(PrintStream out, boolean reasons) {
        out.println("Lớp / class " + className + " — năm học / school year " + year + " — "
                + summary.total() + " học sinh đã đánh giá / students assessed"
                + (students.isEmpty() ? "" : " (" + students.get(0).regime() + ")"));
        out.println("  Học tập / learning:   " + counts(summary.learningLevels()));
        out.println("  Rèn luyện / conduct:  " + counts(summary.conductLevels()));
        Map<String, Integer> promotions = new LinkedHashMap<>();
        summary.promotions().forEach((k, v) -> promotions.put(k.vietnameseName(), v));
        out.println("  Lên lớp / promotion:  " + promotions);
        Map<String, Integer> awards = new LinkedHashMap<>();
        summary.awards().forEach((k, v) -> awards.put(k.vietnameseName(), v));
        out.println("  Danh hiệu / awards:   " + (awards.isEmpty() ? "—" : awards));
        for (StudentResult s : students) {
            if (!s.promotion().equals(PromotionStatus.PROMOTED.vietnameseName())) {
                if (reasons) {
                    out.println();
                }
                out.println("  " + s.name() + " (" + s.studentId() + "): " + s.promotion()
                        + (s.reassessmentSubjects().isEmpty() ? "" : " — " + String.join(", ", s.reassessmentSubjects())));
                for (ReasonLine r : reasons ? s.failed() : List.<ReasonLine>of()) {
                    out.println("    [✗] " + r.text().vi() + " / " + r.text().en() + " (" + r.citation() + ")");
                }
            }
        }
        notAssessed.forEach((id, missing) -> out.println("  Chưa đánh giá / not assessed: " + id + " — thiếu / missing "
                + String.join(", ", missing)));
    }

    private static String counts(Map<RatedLevel, Integer> counts) {
        if (counts.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((level, n) -> parts.add(level.vietnameseName() + " " + n));
        return String.join(", ", parts);
    }

    private static ReasonLine line(Reason r) {
        return new ReasonLine(r.condition(), r.text(), r.citation().toString());
    }

    private static String name(SchoolRoster roster, String id) {
        return roster.student(id).map(Student::fullName).orElse(id);
    }
}
