package vn.schoolrecords.pdf.gradebook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.EditLogReport.ScoreChange;
import vn.schoolrecords.core.gradebook.Evidence;
import vn.schoolrecords.core.gradebook.MarkCell;
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

/** Lays out a teacher's monthly edit log: every changed score, old → new, when, why, on what evidence. */
final class EditLogLayout {

    static final String TEACHER_FIELD = "teacher";
    static final String PRINCIPAL_FIELD = GradeBookLayout.PRINCIPAL_FIELD;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Table TABLE = new Table(List.of(
            new Table.Column("STT", 5, Canvas.Align.CENTER),
            new Table.Column("Thời điểm sửa", 11, Canvas.Align.CENTER),
            new Table.Column("Học sinh", 16, Canvas.Align.LEFT),
            new Table.Column("Môn, cột điểm", 12, Canvas.Align.LEFT),
            // Wide enough for "10,0 → 10,0" on one line.
            new Table.Column("Điểm cũ → mới", 12, Canvas.Align.CENTER),
            new Table.Column("Lý do", 16, Canvas.Align.LEFT),
            new Table.Column("Minh chứng", 16, Canvas.Align.LEFT),
            new Table.Column("Hình thức", 12, Canvas.Align.LEFT)),
            Style.bold(10), Style.regular(10), 2);

    private EditLogLayout() {
    }

    static String title(EditLogPrintout p) {
        return "Nhật kí sửa điểm tháng " + month(p.report()) + " - Lớp " + p.report().className() + " - "
                + p.teacher().fullName();
    }

    static List<Box> draw(PDDocument doc, EditLogPrintout p, Print print) {
        FontSet fonts = new FontSet(doc, print.fonts());
        Signatures signatures = new Signatures(doc);
        EditLogReport report = p.report();
        try (Canvas canvas = new Canvas(doc, fonts, print.layout())) {
            Decree30.decoratePages(canvas, print.printDate());
            canvas.newPage();
            Decree30.heading(canvas, print.agency(doc), Decree30.placeAndDate(print.place(), print.printDate()));
            Decree30.title(canvas, "Nhật kí sửa điểm", List.of(
                    "Tháng " + month(report) + " - Lớp " + report.className() + " - Năm học " + report.year(),
                    "Giáo viên: " + p.teacher().fullName()));
            Rect area = canvas.area();
            List<ScoreChange> changes = p.changes();
            if (changes.isEmpty()) {
                canvas.paragraph("Không có điểm nào được sửa trong tháng.", GradeBookLayout.INFO, Canvas.Align.LEFT,
                        area.x(), area.width());
            } else {
                canvas.paragraph("Số điểm đã sửa trong tháng: " + changes.size(), GradeBookLayout.INFO,
                        Canvas.Align.LEFT, area.x(), area.width());
                canvas.advance(6);
                List<List<String>> rows = new ArrayList<>(changes.size());
                int n = 1;
                for (ScoreChange c : changes) {
                    rows.add(List.of(Integer.toString(n++), c.at().atZone(report.zone()).format(WHEN),
                            p.studentName(c.cell().studentId()),
                            p.subjectName(c.cell().subjectCode()) + "\n" + column(c.cell()),
                            c.oldMark().display() + " → " + c.newMark().display(), c.reason(), evidence(p, c.evidence()),
                            c.kind() == EditLogReport.ChangeKind.DIRECT_EDIT ? "Sửa trực tiếp"
                                    : "Sửa theo đề nghị đã duyệt"
                                            + c.approvedBy().map(a -> " (" + p.staffName(a) + ")").orElse("")));
                }
                TABLE.draw(canvas, rows);
            }
            Decree30.signers(canvas, signatures, List.of(
                    new Decree30.Signer("Giáo viên bộ môn", p.teacher().fullName(), TEACHER_FIELD, Optional.empty()),
                    new Decree30.Signer("Hiệu trưởng", p.principal().map(s -> s.fullName()).orElse(""),
                            PRINCIPAL_FIELD, Optional.empty())));
            Pagination.stampPageOfTotal(canvas);
            return canvas.boxes();
        }
    }

    /** e.g. {@code HK I, TX2}, {@code HK II, GK}. */
    static String column(MarkCell cell) {
        String kind = switch (cell.kind()) {
            case REGULAR -> "TX" + (cell.index() + 1);
            case PERIODIC -> "GK";
            case END_OF_TERM -> "CK";
        };
        return cell.term().abbreviation() + ", " + kind;
    }

    private static String evidence(EditLogPrintout p, Evidence e) {
        String kind = switch (e.kind()) {
            case PERSONAL_GRADE_BOOK -> "Sổ điểm cá nhân";
            case TEST_PAPER -> "Bài kiểm tra";
            case ORAL_CONFIRMATION -> "Xác nhận của học sinh";
        };
        String who = e.confirmingStudentIds().isEmpty() ? ""
                : " (" + String.join(", ", e.confirmingStudentIds().stream().map(p::studentName).toList()) + ")";
        return kind + who + ": " + e.reference();
    }

    private static String month(EditLogReport report) {
        return String.format("%02d/%d", report.month().getMonthValue(), report.month().getYear());
    }
}
