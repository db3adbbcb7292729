package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.gradebook.AssessmentKind;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.MarkCell;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.PageLayout;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.gradebook.ClassGradeBook;
import vn.schoolrecords.pdf.gradebook.ClassGradeBookRenderer;

/**
 * The class grade-book printout (sổ theo dõi và đánh giá học sinh) of one semester of a
 * 45-student THCS class with every mark entered — 12 subjects, each from a new page, about 26 A4
 * pages, averages by TT 22, PDF/A-3b with the grade book embedded as JSON, 15 signature fields —
 * beside a baseline written directly against PDFBox: the same pages (each subject from a new
 * page, the conduct table last), the same text in about the same places (heading, title, each
 * subject's ruled table with its header repeated after a page break, signer blocks, "Ngày in" and
 * "Trang x/y" on every page) with the same fonts embedded as subsets, plain Tj operators as our
 * renderer writes them, with no measuring, wrapping, metadata, attachment or fields. The
 * baseline's text, averages included, is worked out once in {@link #prepare()}, so that it
 * measures PDFBox alone; our renderer works it out every time.
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar GradeBookPdf -f 1 -wi 2 -i 3 -r 2s -prof gc}.
 * On 23/11/2026 (2 cores at a load average of 10–14, so wall-clock scores swing by 2×): JMH
 * renderer 235 ms, raw PDFBox 132 ms; thread CPU time per operation over 120 interleaved
 * renderings after 60 warm ones, two runs: ours 36.4–36.6 ms, raw 19.4–19.9 ms (1.83–1.89×).
 * Allocation per render (gc.alloc.rate.norm): ours 16.0 MB, raw 12.7 MB. Both have 26 pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradeBookPdfBenchmark {

    private static final float ROW = 11 * 1.2f + 4;
    private static final String PRINTED = "Ngày in: 26/12/2025";

    /**
     * One table of the baseline: its heading, the columns' edges, the header's cells, the rows'
     * cells, and the signers under it, each a title and a name.
     */
    private record RawTable(String heading, float[] x, String[] header, List<String[]> rows, List<String[]> signers) {
    }

    private final ClassGradeBookRenderer renderer = new ClassGradeBookRenderer();
    private ClassGradeBook semester;
    private PdfOptions options;
    private byte[][] fonts;
    private List<RawTable> subjects;
    private RawTable conduct;

    /** Fills semester I of the first 45-student class of sample THCS school 1 through the workflow, once. */
    @Setup
    public void prepare() {
        SchoolRoster roster = SampleSchools.secondary(1);
        String classId = roster.classes().stream().filter(c -> roster.studentsOf(c.id()).size() == 45)
                .findFirst().orElseThrow().id();
        GradeBook book = SampleGradeBooks.log(roster, classId, Term.FIRST, 7).replay();
        semester = ClassGradeBook.of(book, roster, Term.FIRST);
        options = PdfOptions.of(Instant.parse("2025-12-26T02:00:00Z"));
        fonts = RawPdf.fontFiles();
        PDRectangle area = PageLayout.DECREE_30.contentArea();
        subjects = new ArrayList<>();
        for (SubjectSheet sheet : book.subjects()) {
            subjects.add(subjectTable(area, sheet));
        }
        List<String[]> rows = new ArrayList<>();
        int n = 1;
        for (String student : book.studentIds()) {
            rows.add(new String[] {Integer.toString(n++), semester.studentName(student),
                book.conduct(student, Term.FIRST).map(AchievementLevel::vietnameseName).orElse("")});
        }
        conduct = new RawTable("Kết quả rèn luyện", RawPdf.columns(area, percents(5, 30, 12)),
                new String[] {"STT", "Họ và tên", "Rèn luyện HK I"}, rows, List.of(
                        new String[] {"GIÁO VIÊN CHỦ NHIỆM", semester.staffName(book.homeroomTeacherId())},
                        new String[] {"HIỆU TRƯỞNG", semester.principal().orElseThrow().fullName()}));
        int ours;
        int raw;
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(semester, options, out);
        try (PDDocument printout = Loader.loadPDF(out.toByteArray()); PDDocument baseline = new PDDocument()) {
            ours = printout.getNumberOfPages();
            raw = raw(baseline).getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ours != raw) {
            // Not an error (a long name may wrap in ours), but the comparison is then of other documents.
            System.out.println("GradeBookPdfBenchmark: our printout has " + ours + " pages, the baseline " + raw);
        }
    }

    private RawTable subjectTable(PDRectangle area, SubjectSheet sheet) {
        GradeBook book = semester.book();
        int regular = sheet.regularPerTerm();
        List<String> header = new ArrayList<>(List.of("STT", "Họ và tên"));
        float[] weights = new float[regular + 5];
        weights[0] = 7;
        weights[1] = 26;
        for (int i = 1; i <= regular; i++) {
            header.add("TX" + i);
            weights[i + 1] = 6;
        }
        header.addAll(List.of("GK", "CK", (sheet.byComment() ? "KQ " : "ĐTB ") + Term.FIRST.abbreviation()));
        weights[regular + 2] = 6;
        weights[regular + 3] = 6;
        weights[regular + 4] = 11;
        String code = sheet.subject().code();
        List<String[]> rows = new ArrayList<>();
        int n = 1;
        for (String student : book.studentIds()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), semester.studentName(student)));
            for (int i = 0; i < regular; i++) {
                row.add(mark(book, student, code, AssessmentKind.REGULAR, i));
            }
            row.add(mark(book, student, code, AssessmentKind.PERIODIC, 0));
            row.add(mark(book, student, code, AssessmentKind.END_OF_TERM, 0));
            row.add(book.termAssessments(student, code, Term.FIRST).map(t -> t instanceof ScoredTerm s
                    ? semester.rules().semesterAverage(s).display()
                    : semester.rules().semesterResult((CommentTerm) t).display()).orElse(""));
            rows.add(row.toArray(String[]::new));
        }
        String teacher = semester.staffName(sheet.teacherId());
        return new RawTable("Môn " + sheet.subject().name() + " - Giáo viên: " + teacher,
                RawPdf.columns(area, percents(weights)), header.toArray(String[]::new), rows,
                List.<String[]>of(new String[] {"GIÁO VIÊN BỘ MÔN", teacher}));
    }

    private static String mark(GradeBook book, String student, String subject, AssessmentKind kind, int index) {
        return book.mark(MarkCell.of(student, subject, Term.FIRST, kind, index)).map(m -> m.display()).orElse("");
    }

    /** Our tables' column weights, as percentages of the width. */
    private static float[] percents(float... weights) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        float[] percents = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            percents[i] = 100 * weights[i] / sum;
        }
        return percents;
    }

    /**
     * Our renderer: layout, averages, PDF/A-3b, embedded JSON, signature fields, page totals.
     *
     * @return the size of the PDF, so that the work is not eliminated
     */
    @Benchmark
    public int renderer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(semester, options, out);
        return out.size();
    }

    /**
     * The same pages and text drawn directly with PDFBox, each line a plain Tj.
     *
     * @return the size of the PDF
     */
    @Benchmark
    public int rawPdfBox() {
        try (PDDocument doc = new PDDocument()) {
            return RawPdf.save(raw(doc), 256 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDDocument raw(PDDocument doc) throws IOException {
        RawPdf.Fonts f = RawPdf.load(doc, fonts);
        PDRectangle area = PageLayout.DECREE_30.contentArea();
        float left = area.getLowerLeftX();
        GradeBook book = semester.book();
        PDPageContentStream content = RawPdf.page(doc);
        float y = area.getUpperRightY();
        text(content, f.regular(), 12, left + 10, y -= 14, semester.school().governingOffice().toUpperCase());
        text(content, f.bold(), 12, left + 20, y -= 14, semester.school().name().toUpperCase());
        text(content, f.bold(), 12, left + 215, y + 28, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text(content, f.bold(), 13, left + 250, y + 14, "Độc lập - Tự do - Hạnh phúc");
        text(content, f.italic(), 13, left + 235, y -= 20, semester.school().province() + ", ngày 26 tháng 12 năm 2025");
        text(content, f.bold(), 14, left + 140, y -= 30, "SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH");
        text(content, f.bold(), 13, left + 150, y -= 16, "Lớp " + book.className() + " - Năm học " + book.year());
        text(content, f.bold(), 13, left + 190, y -= 16, Term.FIRST.vietnameseName());
        text(content, f.regular(), 13, left, y -= 24, "Giáo viên chủ nhiệm: "
                + semester.staffName(book.homeroomTeacherId()));
        text(content, f.regular(), 13, left, y -= 16, "Sĩ số: " + book.studentIds().size()
                + " học sinh; số môn học và hoạt động giáo dục: " + book.subjects().size());
        y -= 6;
        boolean first = true;
        for (RawTable table : subjects) {
            if (!first) {
                content.close();
                content = RawPdf.page(doc);
                y = area.getUpperRightY();
            }
            first = false;
            content = table(doc, content, f, area, table, y);
        }
        content.close();
        content = RawPdf.page(doc);
        table(doc, content, f, area, conduct, area.getUpperRightY()).close();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            // Page numbers and totals go on once the pages are known, as our renderer does.
            PDPage page = doc.getPage(i);
            try (PDPageContentStream margin = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                float bottom = area.getLowerLeftY() / 2;
                if (i > 0) {
                    text(margin, f.regular(), 13, left + area.getWidth() / 2,
                            (page.getMediaBox().getHeight() + area.getUpperRightY()) / 2, Integer.toString(i + 1));
                }
                text(margin, f.italic(), 10, left, bottom, "Trang " + (i + 1) + "/" + total);
                text(margin, f.italic(), 10, area.getUpperRightX() - 85, bottom, PRINTED);
            }
        }
        return doc;
    }

    /** Draws a table from {@code y}, its header repeated on each new page, then its signer block; returns the open stream. */
    private static PDPageContentStream table(PDDocument doc, PDPageContentStream start, RawPdf.Fonts f,
            PDRectangle area, RawTable table, float top) throws IOException {
        PDPageContentStream content = start;
        float y = top;
        text(content, f.bold(), 13, area.getLowerLeftX(), y -= 16, table.heading());
        y -= 4;
        y = row(content, f.bold(), table.x(), table.header(), y);
        for (String[] cells : table.rows()) {
            if (y - ROW < area.getLowerLeftY()) {
                content.close();
                content = RawPdf.page(doc);
                y = row(content, f.bold(), table.x(), table.header(), area.getUpperRightY());
            }
            y = row(content, f.regular(), table.x(), cells, y);
        }
        float block = 16 + 80 + 16 + 12;
        if (y - block < area.getLowerLeftY()) {
            content.close();
            content = RawPdf.page(doc);
            y = area.getUpperRightY();
        }
        y -= 22;
        float column = area.getWidth() / 2;
        for (int i = 0; i < table.signers().size(); i++) {
            // One signer on the right half; two share the width, as in our renderer.
            float x = area.getLowerLeftX() + column * (2 - table.signers().size() + i) + 30;
            text(content, f.bold(), 13, x, y, table.signers().get(i)[0]);
            text(content, f.bold(), 13, x + 20, y - 96, table.signers().get(i)[1]);
        }
        return content;
    }

    private static float row(PDPageContentStream content, PDFont font, float[] x, String[] cells, float y)
            throws IOException {
        for (int i = 0; i < cells.length; i++) {
            text(content, font, 11, x[i] + 2, y - 13, cells[i]);
            content.addRect(x[i], y - ROW, x[i + 1] - x[i], ROW);
        }
        content.stroke();
        return y - ROW;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        RawPdf.text(true, content, font, size, x, y, text);
    }
}
