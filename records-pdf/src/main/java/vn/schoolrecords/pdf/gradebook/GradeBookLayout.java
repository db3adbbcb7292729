package vn.schoolrecords.pdf.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.assessment.TermAssessments;
import vn.schoolrecords.core.assessment.Tt22Rules;
import vn.schoolrecords.core.gradebook.AssessmentKind;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.MarkCell;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.pdf.internal.Box;
import vn.schoolrecords.pdf.internal.Canvas;
import vn.schoolrecords.pdf.internal.Decree30;
import vn.schoolrecords.pdf.internal.FontSet;
import vn.schoolrecords.pdf.internal.Pagination;
import vn.schoolrecords.pdf.internal.Print;
import vn.schoolrecords.pdf.internal.Rect;
import vn.schoolrecords.pdf.internal.Signatures;
import vn.schoolrecords.pdf.internal.Style;
import vn.schoolrecords.pdf.internal.Table;

/** Lays out the class grade book and the personal grade book; shared by both, one table per subject and semester. */
final class GradeBookLayout {

    // The fields' names are core's (SignatureFields), so that signer and verifier read them the same way.
    static final String HOMEROOM_FIELD = SignatureFields.name(SigningPart.page(SigningRole.HOMEROOM_TEACHER));
    static final String PRINCIPAL_FIELD = SignatureFields.name(SigningPart.page(SigningRole.PRINCIPAL));
    static final String SEAL_FIELD = SignatureFields.name(SigningPart.page(SigningRole.SCHOOL_SEAL));

    static final Style INFO = Style.regular(13);
    static final Style HEADING = Style.bold(13);
    private static final Style TABLE_HEADER = Style.bold(11);
    private static final Style TABLE_BODY = Style.regular(11);
    private static final float PADDING = 2;

    private GradeBookLayout() {
    }

    static String subjectField(String subjectCode) {
        return SignatureFields.name(SigningPart.subjectRow(subjectCode));
    }

    static String title(ClassGradeBook g) {
        return "Sổ theo dõi và đánh giá học sinh lớp " + g.book().className() + " - " + g.term().vietnameseName()
                + " - Năm học " + g.book().year();
    }

    static String title(TeacherGradeBook g) {
        return "Sổ điểm cá nhân - " + g.teacher().fullName() + " - Năm học " + g.year();
    }

    /** The class grade book of one semester, every subject from a new page, then conduct and the signers. */
    static List<Box> drawClass(PDDocument doc, ClassGradeBook g, Print print) {
        FontSet fonts = new FontSet(doc, print.fonts());
        Signatures signatures = new Signatures(doc);
        GradeBook book = g.book();
        boolean year = g.term() == Term.SECOND;
        try (Canvas canvas = new Canvas(doc, fonts, print.layout())) {
            Decree30.decoratePages(canvas, print.printDate());
            canvas.newPage();
            Decree30.heading(canvas, print.agency(doc), Decree30.placeAndDate(print.place(), print.printDate()));
            Decree30.title(canvas, "Sổ theo dõi và đánh giá học sinh", List.of(
                    "Lớp " + book.className() + " - Năm học " + book.year(),
                    g.term().vietnameseName() + (year ? " và cả năm" : "")));
            Rect area = canvas.area();
            canvas.paragraph("Giáo viên chủ nhiệm: " + g.staffName(book.homeroomTeacherId()), INFO, Canvas.Align.LEFT,
                    area.x(), area.width());
            canvas.paragraph("Sĩ số: " + book.studentIds().size() + " học sinh; số môn học và hoạt động giáo dục: "
                    + book.subjects().size(), INFO, Canvas.Align.LEFT, area.x(), area.width());
            canvas.advance(6);
            boolean first = true;
            for (SubjectSheet sheet : book.subjects()) {
                if (!first) {
                    canvas.newPage();
                }
                first = false;
                String teacher = g.staffName(sheet.teacherId());
                canvas.paragraph("Môn " + sheet.subject().name() + " - Giáo viên: " + teacher, HEADING,
                        Canvas.Align.LEFT, area.x(), area.width());
                canvas.advance(4);
                subjectTable(canvas, book, sheet, g.term(), year, g.rules(), g::studentName);
                Decree30.signers(canvas, signatures, List.of(new Decree30.Signer("Giáo viên bộ môn", teacher,
                        subjectField(sheet.subject().code()), Optional.empty())));
            }
            canvas.newPage();
            canvas.paragraph("Kết quả rèn luyện", HEADING, Canvas.Align.LEFT, area.x(), area.width());
            canvas.advance(4);
            conductTable(canvas, g, year);
            Decree30.signers(canvas, signatures, List.of(
                    new Decree30.Signer("Giáo viên chủ nhiệm", g.staffName(book.homeroomTeacherId()), HOMEROOM_FIELD,
                            Optional.empty()),
                    new Decree30.Signer("Hiệu trưởng", g.principal().map(p -> p.fullName()).orElse(""),
                            PRINCIPAL_FIELD, Optional.of(SEAL_FIELD))));
            Pagination.stampPageOfTotal(canvas);
            return canvas.boxes();
        }
    }

    /** The cover with the teacher's details and the principal's stamp, then each class and subject, both semesters. */
    static List<Box> drawTeacher(PDDocument doc, TeacherGradeBook g, Print print) {
        FontSet fonts = new FontSet(doc, print.fonts());
        Signatures signatures = new Signatures(doc);
        try (Canvas canvas = new Canvas(doc, fonts, print.layout())) {
            Decree30.decoratePages(canvas, print.printDate());
            canvas.newPage();
            Decree30.heading(canvas, print.agency(doc), Decree30.placeAndDate(print.place(), print.printDate()));
            Rect area = canvas.area();
            canvas.advance(60);
            Decree30.title(canvas, "Sổ điểm cá nhân", List.of("Năm học " + g.year()));
            canvas.advance(30);
            float indent = area.x() + area.width() * 0.12f;
            float width = area.width() * 0.88f;
            for (String line : List.of(
                    "Họ và tên giáo viên: " + g.teacher().fullName(),
                    "Môn dạy: " + String.join(", ", g.subjectNames()),
                    "Lớp dạy: " + String.join(", ", g.classNames()),
                    "Trường: " + print.agencyName(),
                    "Tỉnh/thành phố: " + print.place())) {
                canvas.paragraph(line, INFO, Canvas.Align.LEFT, indent, width);
                canvas.advance(6);
            }
            canvas.advance(24);
            Decree30.signers(canvas, signatures, List.of(new Decree30.Signer("Hiệu trưởng",
                    g.principal().map(p -> p.fullName()).orElse(""), PRINCIPAL_FIELD, Optional.of(SEAL_FIELD))));
            for (TeacherGradeBook.Sheet sheet : g.sheets()) {
                canvas.newPage();
                canvas.paragraph("Lớp " + sheet.book().className() + " - Môn " + sheet.subject().subject().name(),
                        HEADING, Canvas.Align.LEFT, area.x(), area.width());
                for (Term term : List.of(Term.FIRST, Term.SECOND)) {
                    canvas.advance(6);
                    canvas.ensure(HEADING.leading() + 3 * (TABLE_BODY.leading() + 2 * PADDING));
                    canvas.paragraph(term.vietnameseName(), HEADING, Canvas.Align.LEFT, area.x(), area.width());
                    subjectTable(canvas, sheet.book(), sheet.subject(), term, false, g.rules(), g::studentName);
                }
            }
            Pagination.stampPageOfTotal(canvas);
            return canvas.boxes();
        }
    }

    /**
     * One subject's table for one semester: STT, Họ và tên, the regular columns TX1…TXn, GK
     * (mid-term), CK (end-of-term) and the semester's average or result — and, when asked, the
     * year's. An average is printed only when every column of its semesters is entered.
     */
    static void subjectTable(Canvas canvas, GradeBook book, SubjectSheet sheet, Term term, boolean withYear,
            Tt22Rules rules, Function<String, String> names) {
        List<Table.Column> columns = new ArrayList<>();
        // STT keeps room for its header on one line even beside ten regular columns.
        columns.add(new Table.Column("STT", 7, Canvas.Align.CENTER));
        columns.add(new Table.Column("Họ và tên", 26, Canvas.Align.LEFT));
        int regular = sheet.regularPerTerm();
        for (int i = 1; i <= regular; i++) {
            columns.add(new Table.Column("TX" + i, 6, Canvas.Align.CENTER));
        }
        columns.add(new Table.Column("GK", 6, Canvas.Align.CENTER));
        columns.add(new Table.Column("CK", 6, Canvas.Align.CENTER));
        boolean comment = sheet.byComment();
        columns.add(new Table.Column(comment ? "KQ " + term.abbreviation() : "ĐTB " + term.abbreviation(), 11,
                Canvas.Align.CENTER));
        if (withYear) {
            columns.add(new Table.Column(comment ? "KQ cả năm" : "ĐTB cả năm", 11, Canvas.Align.CENTER));
        }
        String code = sheet.subject().code();
        List<List<String>> rows = new ArrayList<>(book.studentIds().size());
        int n = 1;
        for (String student : book.studentIds()) {
            List<String> row = new ArrayList<>(columns.size());
            row.add(Integer.toString(n++));
            row.add(names.apply(student));
            for (int i = 0; i < regular; i++) {
                row.add(mark(book, student, code, term, AssessmentKind.REGULAR, i));
            }
            row.add(mark(book, student, code, term, AssessmentKind.PERIODIC, 0));
            row.add(mark(book, student, code, term, AssessmentKind.END_OF_TERM, 0));
            Optional<TermAssessments> semester = book.termAssessments(student, code, term);
            row.add(semester.map(t -> result(t, rules)).orElse(""));
            if (withYear) {
                Optional<TermAssessments> first = book.termAssessments(student, code, Term.FIRST);
                row.add(first.isPresent() && semester.isPresent() ? yearResult(first.get(), semester.get(), rules) : "");
            }
            rows.add(row);
        }
        new Table(columns, TABLE_HEADER, TABLE_BODY, PADDING).draw(canvas, rows);
    }

    private static void conductTable(Canvas canvas, ClassGradeBook g, boolean year) {
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column("STT", 5, Canvas.Align.CENTER),
                new Table.Column("Họ và tên", 30, Canvas.Align.LEFT),
                new Table.Column("Rèn luyện " + g.term().abbreviation(), 12, Canvas.Align.CENTER)));
        if (year) {
            columns.add(new Table.Column("Rèn luyện cả năm", 12, Canvas.Align.CENTER));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (String student : g.book().studentIds()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), g.studentName(student),
                    g.book().conduct(student, g.term()).map(AchievementLevel::vietnameseName).orElse("")));
            if (year) {
                row.add(g.book().conduct(student, Term.WHOLE_YEAR).map(AchievementLevel::vietnameseName).orElse(""));
            }
            rows.add(row);
        }
        new Table(columns, TABLE_HEADER, TABLE_BODY, PADDING).draw(canvas, rows);
    }

    private static String mark(GradeBook book, String student, String subject, Term term, AssessmentKind kind,
            int index) {
        return book.mark(MarkCell.of(student, subject, term, kind, index)).map(m -> m.display()).orElse("");
    }

    private static String result(TermAssessments t, Tt22Rules rules) {
        return t instanceof ScoredTerm s ? rules.semesterAverage(s).display()
                : rules.semesterResult((CommentTerm) t).display();
    }

    /** ĐTBmcn of a scored subject; for a comment subject the year's result is semester II's (Điều 9.1a). */
    private static String yearResult(TermAssessments first, TermAssessments second, Tt22Rules rules) {
        return first instanceof ScoredTerm f && second instanceof ScoredTerm s ? rules.yearAverage(f, s).display()
                : result(second, rules);
    }
}
