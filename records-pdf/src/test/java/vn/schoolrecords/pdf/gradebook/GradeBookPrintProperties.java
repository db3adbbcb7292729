package vn.schoolrecords.pdf.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.gradebook.AssessmentKind;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.EditPolicy;
import vn.schoolrecords.core.gradebook.Evidence;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.MarkCell;
import vn.schoolrecords.core.gradebook.MarkEntry;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.gradebook.TermState;
import vn.schoolrecords.core.gradebook.TermStatus;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.LayoutChecks;
import vn.schoolrecords.pdf.Rendering;
import vn.schoolrecords.pdf.internal.Box;

/**
 * Whatever the names, subjects, columns and comments, the grade-book printouts and the edit log
 * stay inside their cells and margins, repeat their table header on every page, and number every
 * page of the total.
 */
class GradeBookPrintProperties {

    private static final List<String> SYLLABLES = List.of("Nguyễn", "Tôn", "Nữ", "Thị", "Hoàng", "Ngọc", "Phương",
            "Thảo", "Nguyên", "Huyền", "Trâm", "Khuê", "Ữ", "Ệ", "Ặng", "Quỳnh", "Hướng", "Xuyến", "Nghiêng", "Đặng",
            "Trưởng", "Lệ", "Kiều", "Yến", "H'Hen", "Niê", "Byă", "Ksor", "Huỳnh", "giáo", "dục", "quốc", "phòng");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l))
                .list().ofMinSize(1).ofMaxSize(20).map(l -> String.join(" ", l))
                .map(s -> s.length() > 100 ? s.substring(0, 100).strip() : s);
    }

    @Provide
    Arbitrary<List<String>> textLists() {
        return texts().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 8)
    void theClassGradeBookNeverOverflowsAndRepeatsItsHeader(@ForAll("textLists") List<String> names,
            @ForAll @IntRange(min = 1, max = 70) int students, @ForAll @IntRange(min = 1, max = 16) int subjects,
            @ForAll @IntRange(min = 1, max = 10) int regular, @ForAll boolean second, @ForAll long seed)
            throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        SchoolRoster roster = roster(names, students);
        List<String> ids = roster.studentsOf(GradeBookSamples.CLASS.id()).stream().map(Student::id).toList();
        List<SubjectSheet> sheets = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            String name = names.get(i % names.size());
            boolean comment = random.nextInt(4) == 0;
            sheets.add(new SubjectSheet(Subject.of("S" + i, name, 70, comment ? AssessmentMode.COMMENT
                    : AssessmentMode.SCORE, true), roster.staff().get(random.nextInt(roster.staff().size())).id(),
                    1 + random.nextInt(regular)));
        }
        List<MarkEntry> marks = new ArrayList<>();
        for (String student : ids) {
            for (SubjectSheet sheet : sheets) {
                for (Term term : List.of(Term.FIRST, Term.SECOND)) {
                    for (AssessmentKind kind : AssessmentKind.values()) {
                        for (int c = 0; c < sheet.columns(kind); c++) {
                            if (random.nextInt(10) > 0) {
                                marks.add(new MarkEntry(MarkCell.of(student, sheet.subject().code(), term, kind, c),
                                        sheet.byComment() ? CommentResult.PASS : Score.ofTenths(random.nextInt(101)),
                                        1));
                            }
                        }
                    }
                }
            }
        }
        GradeBook book = new GradeBook(GradeBook.SCHEMA, GradeBookSamples.CLASS.id(), GradeBookSamples.CLASS.name(),
                roster.year(), GradeBookSamples.CLASS.homeroomTeacherId(), sheets, ids, marks, List.of(), List.of(),
                List.of(new TermState(Term.FIRST, TermStatus.OPEN, 0, Optional.empty()),
                        new TermState(Term.SECOND, TermStatus.OPEN, 0, Optional.empty())), 1, Digest.GENESIS);
        ClassGradeBook g = ClassGradeBook.of(book, roster, second ? Term.SECOND : Term.FIRST);
        try (PDDocument doc = new PDDocument()) {
            List<Box> boxes = GradeBookLayout.drawClass(doc, g, Rendering.print(GradeBookSamples.OPTIONS,
                    roster.school()));
            LayoutChecks.assertNothingOverflows(boxes);
            LayoutChecks.assertHeaderOnEveryPageWithCells(boxes, "STT");
            LayoutChecks.assertEveryPageNumberedOfTotal(boxes, doc.getNumberOfPages());
            assertThat(boxes.stream().filter(b -> b.kind() == Box.Kind.FIELD)).hasSize(subjects + 3);
            // Every subject starts a page of its own.
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(subjects + 1);
        }
    }

    @Property(tries = 8)
    void theEditLogNeverOverflowsWhateverTheReasonsAndEvidence(@ForAll("textLists") List<String> texts,
            @ForAll @IntRange(min = 0, max = 80) int count) throws IOException {
        SchoolRoster roster = GradeBookSamples.ROSTER;
        List<String> ids = GradeBookSamples.BOOK.studentIds();
        String teacher = GradeBookSamples.BOOK.subjects().get(0).teacherId();
        List<EditLogReport.ScoreChange> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = texts.get(i % texts.size());
            Evidence evidence = i % 3 == 0 ? Evidence.oralConfirmation(text, ids.get(i % ids.size()),
                    ids.get((i + 1) % ids.size())) : Evidence.testPaper(text);
            changes.add(new EditLogReport.ScoreChange(i + 2, Instant.parse("2025-11-12T03:00:00Z").plusSeconds(60L * i),
                    MarkCell.of(ids.get(i % ids.size()), GradeBookSamples.BOOK.subjects().get(0).subject().code(),
                            Term.FIRST, i % 2 == 0 ? AssessmentKind.REGULAR : AssessmentKind.END_OF_TERM, 0),
                    Score.ofTenths(i % 101), Score.ofTenths((i * 7) % 101), texts.get((i + 1) % texts.size()), evidence,
                    i % 2 == 0 ? EditLogReport.ChangeKind.DIRECT_EDIT : EditLogReport.ChangeKind.APPROVED_CORRECTION,
                    i % 2 == 0 ? Optional.empty() : Optional.of("CB01")));
        }
        EditLogReport report = EditLogReport.of(GradeBookSamples.BOOK.classId(), GradeBookSamples.BOOK.className(),
                roster.year(), YearMonth.of(2025, 11), EditPolicy.VIETNAM,
                count == 0 ? List.of() : List.of(new EditLogReport.TeacherSection(teacher, changes)));
        EditLogPrintout p = EditLogPrintout.of(report, teacher, roster);
        try (PDDocument doc = new PDDocument()) {
            List<Box> boxes = EditLogLayout.draw(doc, p, Rendering.print(GradeBookSamples.OPTIONS, roster.school()));
            LayoutChecks.assertNothingOverflows(boxes);
            LayoutChecks.assertHeaderOnEveryPageWithCells(boxes, "STT");
            LayoutChecks.assertEveryPageNumberedOfTotal(boxes, doc.getNumberOfPages());
            assertThat(boxes.stream().filter(b -> b.kind() == Box.Kind.FIELD)).hasSize(2);
            // Every change's old → new, once: no row lost or repeated across page breaks.
            assertThat(boxes.stream().filter(b -> b.kind() == Box.Kind.TEXT
                    && b.text().matches("\\d+(,\\d)? → \\d+(,\\d)?"))).hasSize(count);
        }
    }

    /** The sample roster with the class's students replaced by {@code count} students named from the list. */
    private static SchoolRoster roster(List<String> names, int count) {
        SchoolRoster r = GradeBookSamples.ROSTER;
        String classId = GradeBookSamples.CLASS.id();
        Student model = r.studentsOf(classId).get(0);
        List<String> old = r.studentsOf(classId).stream().map(Student::id).toList();
        List<Student> students = new ArrayList<>(r.students().stream().filter(s -> !old.contains(s.id())).toList());
        List<Enrolment> enrolments = new ArrayList<>(r.enrolments().stream()
                .filter(e -> !old.contains(e.studentId())).toList());
        for (int i = 0; i < count; i++) {
            Student s = new Student("P" + i, model.personalId(), names.get(i % names.size()), model.dateOfBirth(),
                    model.gender(), model.ethnicity(), model.placeOfBirth());
            students.add(s);
            enrolments.add(new Enrolment(s.id(), classId));
        }
        return SchoolRoster.of(r.school(), r.year(), r.curricula(), r.staff(), r.classes(), students, enrolments,
                r.assignments());
    }
}
