package vn.schoolrecords.pdf.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.QualityLevel;
import vn.schoolrecords.core.assessment.RatedLevel;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.transcript.Closing;
import vn.schoolrecords.core.transcript.LegacySecondaryResults;
import vn.schoolrecords.core.transcript.LegacySubjectRow;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.PrimaryResults;
import vn.schoolrecords.core.transcript.PrimarySubjectRow;
import vn.schoolrecords.core.transcript.SecondaryResults;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.SubjectRow;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.Transfer;
import vn.schoolrecords.pdf.transcript.TranscriptFields;

/**
 * Lays out a transcript (học bạ): page 1 is the cover and the student's page (the school's
 * heading, the title and level, the student's particulars, the years at each school, transfers
 * and the closing); then one page per school year — the class and school, the subject table
 * with the subject teacher's signature field on each row, the year's results, the homeroom
 * teacher's comment and the signer blocks of the homeroom teacher and the principal with the
 * seal — after TT 22/2021 (and TT 58/2011 for older years) or TT 27/2020 for primary.
 */
public final class TranscriptDocument {

    /** A reissued copy (bản sao): its number and date, printed on the cover. */
    public record Copy(int number, LocalDate date) {
    }

    /** The stamp of a copy, in the top margin of every page. */
    public static final String COPY_STAMP = "BẢN SAO";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Style INFO = Style.regular(12);
    private static final Style INFO_BOLD = Style.bold(12);
    private static final Style NOTE = Style.italic(11);
    private static final Style STAMP = Style.bold(14);
    private static final Style COPY_LINE = Style.italic(13);
    private static final float PADDING = 3;
    private static final Style HEAD = Style.bold(10.5f);
    private static final Style BODY = Style.regular(11);
    private static final Style COMPACT = Style.regular(10.5f);

    private static final Table SECONDARY = new Table(List.of(
            new Table.Column("Môn học, hoạt động giáo dục", 26, Canvas.Align.LEFT),
            new Table.Column("Học kỳ I", 10, Canvas.Align.CENTER),
            new Table.Column("Học kỳ II", 10, Canvas.Align.CENTER),
            new Table.Column("Cả năm", 10, Canvas.Align.CENTER),
            new Table.Column("Sau kiểm tra lại", 12, Canvas.Align.CENTER),
            new Table.Column("Giáo viên môn học ký xác nhận", 32, Canvas.Align.CENTER)), HEAD, BODY, PADDING);
    private static final Table PRIMARY = new Table(List.of(
            new Table.Column("Môn học, hoạt động giáo dục", 26, Canvas.Align.LEFT),
            new Table.Column("Cuối học kỳ I: mức đạt được", 13, Canvas.Align.CENTER),
            new Table.Column("Cuối học kỳ I: điểm KTĐK", 11, Canvas.Align.CENTER),
            new Table.Column("Cuối năm: mức đạt được", 13, Canvas.Align.CENTER),
            new Table.Column("Cuối năm: điểm KTĐK", 11, Canvas.Align.CENTER),
            new Table.Column("Giáo viên môn học ký xác nhận", 26, Canvas.Align.CENTER)), HEAD, COMPACT, 2);
    /** Two competences (or qualities) a row, so that a TT 27 year keeps to one page. */
    private static final Table COMPETENCES = pairs("Năng lực");
    private static final Table QUALITIES = pairs("Phẩm chất");
    private static final Table HISTORY = new Table(List.of(
            new Table.Column("Năm học", 15, Canvas.Align.CENTER),
            new Table.Column("Lớp", 10, Canvas.Align.CENTER),
            new Table.Column("Tên trường, địa chỉ", 45, Canvas.Align.LEFT),
            new Table.Column("Hiệu trưởng", 30, Canvas.Align.CENTER)), HEAD, BODY, PADDING);

    private TranscriptDocument() {
    }

    /** The document's title, also its metadata title. */
    public static String title(Transcript t) {
        return "Học bạ " + t.level().vietnameseName().toLowerCase(LocalizedText.VIETNAMESE) + " - "
                + t.student().fullName();
    }

    /** Draws the transcript into an empty document and returns every box drawn. */
    public static List<Box> draw(PDDocument doc, Transcript t, SigningPolicy policy, Optional<Copy> copy,
            Print print) {
        FontSet fonts = new FontSet(doc, print.fonts());
        Signatures signatures = new Signatures(doc);
        try (Canvas canvas = new Canvas(doc, fonts, print.layout())) {
            Decree30.decoratePages(canvas, print.printDate());
            if (copy.isPresent()) {
                canvas.alsoOnNewPage(index -> stamp(canvas));
            }
            canvas.newPage();
            cover(canvas, doc, t, copy, print);
            for (TranscriptYear page : t.years()) {
                canvas.newPage();
                year(canvas, signatures, t.student(), page, SigningPlan.of(page, policy));
            }
            return canvas.boxes();
        }
    }

    /** "BẢN SAO" at the right of the top margin, level with the page number. */
    private static void stamp(Canvas canvas) {
        float pageHeight = canvas.page().getMediaBox().getHeight();
        float topMargin = pageHeight - canvas.area().top();
        float w = canvas.fonts().width(COPY_STAMP, STAMP);
        canvas.marginText(COPY_STAMP, STAMP, canvas.area().right() - w, pageHeight - (topMargin - STAMP.leading()) / 2);
    }

    private static void cover(Canvas canvas, PDDocument doc, Transcript t, Optional<Copy> copy, Print print) {
        Decree30.heading(canvas, Decree30.agency(doc, print), Decree30.placeAndDate(print.place(), print.printDate()));
        Decree30.title(canvas, "Học bạ", List.of(Decree30.upper(t.level().vietnameseName())));
        Rect area = canvas.area();
        if (copy.isPresent()) {
            canvas.paragraph(COPY_STAMP, STAMP, Canvas.Align.CENTER, area.x(), area.width());
            canvas.paragraph("Cấp lại lần thứ " + copy.get().number() + ", ngày " + copy.get().date().format(DATE),
                    COPY_LINE, Canvas.Align.CENTER, area.x(), area.width());
            canvas.advance(8);
        }
        Student s = t.student();
        line(canvas, "Họ và tên học sinh: ", s.fullName(), area);
        line(canvas, "Giới tính: ", s.gender().vietnameseName(), area);
        line(canvas, "Ngày sinh: ", s.dateOfBirth().format(DATE), area);
        line(canvas, "Nơi sinh: ", s.placeOfBirth(), area);
        line(canvas, "Dân tộc: ", s.ethnicity(), area);
        line(canvas, "Mã học sinh: ", s.id(), area);
        line(canvas, "Số định danh cá nhân: ", s.personalId().value(), area);
        canvas.advance(8);

        canvas.ensure(INFO_BOLD.leading() * 3);
        canvas.paragraph("Quá trình học tập", INFO_BOLD, Canvas.Align.LEFT, area.x(), area.width());
        canvas.advance(3);
        List<List<String>> rows = new ArrayList<>();
        for (TranscriptYear page : t.years()) {
            rows.add(List.of(page.year().toString(), page.classGroup().name(), schoolLine(page.school()),
                    page.confirmedBy().fullName()));
        }
        HISTORY.draw(canvas, rows);
        canvas.advance(6);
        for (Transfer tr : t.transfers()) {
            canvas.paragraph("Chuyển trường ngày " + tr.date().format(DATE) + ": từ " + tr.from().name() + " đến "
                    + tr.to().name() + ".", INFO, Canvas.Align.LEFT, area.x(), area.width());
        }
        if (t.closing().isPresent()) {
            Closing c = t.closing().get();
            c.principalDecision().ifPresent(d -> canvas.paragraph("Hiệu trưởng " + d.decidedBy().fullName()
                    + " quyết định ngày " + d.date().format(DATE) + ": " + d.outcome().vietnameseName() + ".", INFO,
                    Canvas.Align.LEFT, area.x(), area.width()));
            canvas.paragraph("Khóa học bạ ngày " + c.date().format(DATE) + ".", INFO, Canvas.Align.LEFT, area.x(),
                    area.width());
        }
    }

    private static void year(Canvas canvas, Signatures signatures, Student student, TranscriptYear page,
            SigningPlan plan) {
        Rect area = canvas.area();
        canvas.paragraph("Họ và tên: " + student.fullName() + " - Lớp: " + page.classGroup().name()
                + " - Năm học: " + page.year(), INFO_BOLD, Canvas.Align.LEFT, area.x(), area.width());
        canvas.paragraph("Tên trường: " + schoolLine(page.school()), INFO, Canvas.Align.LEFT, area.x(), area.width());
        canvas.paragraph("Đánh giá theo " + page.regime().fullName(), NOTE, Canvas.Align.LEFT, area.x(), area.width());
        canvas.advance(6);

        Map<String, String> fields = new HashMap<>();
        List<PlannedSignature> pageSigners = new ArrayList<>();
        for (PlannedSignature p : plan.planned()) {
            if (p.part().role() == SigningRole.SUBJECT_TEACHER) {
                fields.put(p.part().subjectCode().orElseThrow(), TranscriptFields.name(page.year(), p.part()));
            } else {
                pageSigners.add(p);
            }
        }
        List<String> codes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Table table;
        if (page.results() instanceof SecondaryResults r) {
            table = SECONDARY;
            for (SubjectRow row : r.subjects()) {
                codes.add(row.subjectCode());
                rows.add(List.of(row.subjectName(), row.first().display(), row.second().display(), row.year().display(),
                        row.afterReassessment().map(Mark::display).orElse(""), row.teacher().fullName()));
            }
        } else if (page.results() instanceof LegacySecondaryResults r) {
            table = SECONDARY;
            for (LegacySubjectRow row : r.subjects()) {
                codes.add(row.subjectCode());
                rows.add(List.of(row.subjectName(), mark(row.first()), mark(row.second()), mark(row.year()),
                        row.afterReassessment().map(Mark::display).orElse(""), row.teacher().fullName()));
            }
        } else {
            PrimaryResults r = (PrimaryResults) page.results();
            table = PRIMARY;
            for (PrimarySubjectRow row : r.subjects()) {
                codes.add(row.subjectCode());
                rows.add(List.of(row.subjectName(), row.endOfFirstTerm().map(SubjectLevel::abbreviation).orElse(""),
                        row.testEndOfFirstTerm().map(Score::display).orElse(""), row.endOfYear().abbreviation(),
                        row.testEndOfYear().map(Score::display).orElse(""), row.teacher().fullName()));
            }
        }
        table.draw(canvas, rows, (index, cells) -> {
            String field = fields.get(codes.get(index));
            if (field != null) {
                Rect cell = cells.get(cells.size() - 1);
                signatures.field(canvas, field, new Rect(cell.x() + 1, cell.y() + 1, cell.width() - 2,
                        cell.height() - 2));
            }
        });
        canvas.advance(8);

        List<String> lines = new ArrayList<>();
        if (page.results() instanceof SecondaryResults r) {
            lines.add("Kết quả học tập: Học kỳ I: " + name(r.learningFirst()) + "; Học kỳ II: "
                    + name(r.learningSecond()) + "; Cả năm: " + name(r.learningYear())
                    + r.learningAfterReassessment().map(l -> "; sau kiểm tra lại: " + name(l)).orElse(""));
            lines.add("Kết quả rèn luyện: Học kỳ I: " + name(r.conductFirst()) + "; Học kỳ II: "
                    + name(r.conductSecond()) + "; Cả năm: " + name(r.conductYear())
                    + r.conductAfterTraining().map(l -> "; sau rèn luyện hè: " + name(l)).orElse(""));
            lines.add("Tổng số buổi nghỉ học cả năm: " + r.absences());
            lines.addAll(promotion(r.yearEndPromotion(), page.promotion(), subjectNames(r.reassessmentSubjects(),
                    codes, rows)));
        } else if (page.results() instanceof LegacySecondaryResults r) {
            lines.add("Điểm trung bình các môn: Học kỳ I: " + r.averageFirst().display() + "; Học kỳ II: "
                    + r.averageSecond().display() + "; Cả năm: " + r.averageYear().display());
            lines.add("Học lực: Học kỳ I: " + name(r.standingFirst()) + "; Học kỳ II: " + name(r.standingSecond())
                    + "; Cả năm: " + name(r.standingYear())
                    + r.standingAfterReassessment().map(l -> "; sau kiểm tra lại: " + name(l)).orElse(""));
            lines.add("Hạnh kiểm: Học kỳ I: " + name(r.conductFirst()) + "; Học kỳ II: " + name(r.conductSecond())
                    + "; Cả năm: " + name(r.conductYear())
                    + r.conductAfterTraining().map(l -> "; sau rèn luyện hè: " + name(l)).orElse(""));
            lines.add("Tổng số buổi nghỉ học cả năm: " + r.absences());
            lines.addAll(promotion(r.yearEndPromotion(), page.promotion(), subjectNames(r.reassessmentSubjects(),
                    codes, rows)));
        } else {
            PrimaryResults r = (PrimaryResults) page.results();
            COMPETENCES.draw(canvas, pairRows(r.competences()));
            canvas.advance(4);
            QUALITIES.draw(canvas, pairRows(r.qualities()));
            canvas.advance(8);
            String completion = r.primaryProgrammeCompleted() ? "Hoàn thành chương trình tiểu học"
                    : r.gradeCompleted() ? "Hoàn thành chương trình lớp " + page.grade().number()
                    : "Chưa hoàn thành chương trình lớp " + page.grade().number() + " - "
                            + page.promotion().vietnameseName();
            lines.add("Kết quả giáo dục: " + r.result().vietnameseName() + ". " + completion + ".");
        }
        lines.add("Khen thưởng: " + page.award().map(Award::vietnameseName).orElse("không"));
        for (String l : lines) {
            canvas.paragraph(l, INFO, Canvas.Align.LEFT, area.x(), area.width());
        }
        canvas.advance(4);
        canvas.ensure(INFO_BOLD.leading() + INFO.leading());
        canvas.paragraph("Nhận xét của giáo viên chủ nhiệm:", INFO_BOLD, Canvas.Align.LEFT, area.x(), area.width());
        canvas.paragraph(page.homeroomComment(), INFO, Canvas.Align.LEFT, area.x(), area.width());

        canvas.advance(4);
        String date = Decree30.placeAndDate(page.school().province(), page.confirmedOn());
        float half = area.width() / 2;
        canvas.ensure(Decree30.PLACE_DATE_STYLE.leading() * 2);
        canvas.paragraph(date, Decree30.PLACE_DATE_STYLE, Canvas.Align.CENTER, area.x() + half, half);
        List<Decree30.Signer> signers = new ArrayList<>();
        Optional<String> seal = pageSigners.stream().filter(p -> p.part().role() == SigningRole.SCHOOL_SEAL)
                .findFirst().map(p -> TranscriptFields.name(page.year(), p.part()));
        for (PlannedSignature p : pageSigners) {
            SigningPart part = p.part();
            if (part.role() == SigningRole.HOMEROOM_TEACHER) {
                signers.add(new Decree30.Signer("Giáo viên chủ nhiệm", p.signerName(),
                        TranscriptFields.name(page.year(), part), Optional.empty()));
            } else if (part.role() == SigningRole.PRINCIPAL) {
                signers.add(new Decree30.Signer("Hiệu trưởng", p.signerName(), TranscriptFields.name(page.year(), part),
                        seal));
            }
        }
        Decree30.signers(canvas, signatures, signers);
    }

    private static List<String> promotion(PromotionStatus yearEnd, PromotionStatus now, String reassessed) {
        List<String> lines = new ArrayList<>();
        if (!reassessed.isEmpty()) {
            lines.add("Các môn kiểm tra, đánh giá lại: " + reassessed);
        }
        lines.add(yearEnd == now ? "Kết quả cuối năm: " + now.vietnameseName()
                : "Kết quả cuối năm: " + yearEnd.vietnameseName() + "; sau kỳ nghỉ hè: " + now.vietnameseName());
        return lines;
    }

    private static String subjectNames(List<String> reassessed, List<String> codes, List<List<String>> rows) {
        List<String> names = new ArrayList<>();
        for (String code : reassessed) {
            names.add(rows.get(codes.indexOf(code)).get(0));
        }
        return String.join(", ", names);
    }

    /** A table of competences or qualities, two to a row. */
    private static Table pairs(String header) {
        return new Table(List.of(
                new Table.Column(header, 32, Canvas.Align.LEFT),
                new Table.Column("Mức đạt được", 18, Canvas.Align.CENTER),
                new Table.Column(header, 32, Canvas.Align.LEFT),
                new Table.Column("Mức đạt được", 18, Canvas.Align.CENTER)), HEAD, COMPACT, 2);
    }

    private static <K extends Enum<K>> List<List<String>> pairRows(Map<K, QualityLevel> levels) {
        List<String> cells = new ArrayList<>();
        levels.forEach((k, l) -> {
            cells.add(k instanceof Competence c ? c.vietnameseName() : ((Quality) k).vietnameseName());
            cells.add(l.vietnameseName());
        });
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 4) {
            List<String> row = new ArrayList<>(cells.subList(i, Math.min(i + 4, cells.size())));
            while (row.size() < 4) {
                row.add("");
            }
            rows.add(row);
        }
        return rows;
    }

    /** An empty term result is an exemption (miễn, TT 58/2011 Điều 12). */
    private static String mark(Optional<Mark> mark) {
        return mark.map(Mark::display).orElse("Miễn");
    }

    private static String name(RatedLevel level) {
        return level.vietnameseName();
    }

    private static String schoolLine(School school) {
        return school.name() + school.district().map(d -> ", " + d).orElse("") + ", " + school.province();
    }

    private static void line(Canvas canvas, String label, String value, Rect area) {
        canvas.paragraph(label + value, INFO, Canvas.Align.LEFT, area.x(), area.width());
    }
}
