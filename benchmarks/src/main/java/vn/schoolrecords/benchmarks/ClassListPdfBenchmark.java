package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
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

import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.pdf.ClassList;
import vn.schoolrecords.pdf.ClassListRenderer;
import vn.schoolrecords.pdf.PageLayout;
import vn.schoolrecords.pdf.PdfOptions;

/**
 * The class list (danh sách lớp) of a 45-student class — two A4 pages, PDF/A-3b, the class's
 * roster embedded as JSON, two signature fields — beside a baseline written directly against
 * PDFBox: the same text in the same places with the same fonts embedded as subsets, with no
 * measuring, wrapping, metadata, attachment or fields — once with showText (which applies the
 * fonts' GSUB tables, at a cost of about 300 kB per line with Liberation Serif), once with plain
 * Tj operators as our renderer writes them.
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar ClassListPdf -f 1 -wi 2 -i 3 -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassListPdfBenchmark {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float[] COLUMNS = {7, 30, 15, 12, 12, 24};

    private final ClassListRenderer renderer = new ClassListRenderer();
    private ClassList classList;
    private PdfOptions options;
    private byte[][] fonts;

    /** Picks the first 45-student class of sample school 1 and reads the font files once. */
    @Setup
    public void prepare() {
        SchoolRoster roster = SampleSchools.upperSecondary(1);
        String classId = roster.classes().stream().filter(c -> roster.studentsOf(c.id()).size() == 45)
                .findFirst().orElseThrow().id();
        classList = ClassList.of(roster, classId);
        options = PdfOptions.of(Instant.parse("2025-09-05T01:30:00Z"));
        fonts = RawPdf.fontFiles();
    }

    /**
     * Our renderer: layout, PDF/A-3b, embedded JSON, signature fields.
     *
     * @return the size of the PDF, so that the work is not eliminated
     */
    @Benchmark
    public int renderer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(classList, options, out);
        return out.size();
    }

    /**
     * The same text drawn directly with PDFBox's showText, which applies the fonts' GSUB tables.
     *
     * @return the size of the PDF
     */
    @Benchmark
    public int rawPdfBox() {
        return raw(false);
    }

    /**
     * The same text drawn directly with PDFBox, each line a plain Tj as our renderer writes it
     * (no GSUB): the fairest measure of what our layout, PDF/A and embedded JSON cost.
     *
     * @return the size of the PDF
     */
    @Benchmark
    public int rawPdfBoxPlainTj() {
        return raw(true);
    }

    private int raw(boolean plain) {
        try (PDDocument doc = new PDDocument()) {
            RawPdf.Fonts f = RawPdf.load(doc, fonts);
            PDFont regular = f.regular();
            PDFont bold = f.bold();
            PDFont italic = f.italic();
            PDRectangle area = PageLayout.DECREE_30.contentArea();
            float left = area.getLowerLeftX();
            float width = area.getWidth();
            float[] x = RawPdf.columns(area, COLUMNS);
            List<Student> students = classList.students();
            PDPageContentStream content = RawPdf.page(doc);
            float y = area.getUpperRightY();
            text(plain, content, regular, 12, left + 40, y -= 14, "SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA");
            text(plain, content, bold, 12, left + 40, y -= 14, classList.record().school().name().toUpperCase());
            text(plain, content, bold, 12, left + 200, y + 28, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text(plain, content, bold, 13, left + 230, y + 14, "Độc lập - Tự do - Hạnh phúc");
            text(plain, content, italic, 13, left + 220, y -= 20, "Thanh Hóa, ngày 05 tháng 9 năm 2025");
            text(plain, content, bold, 14, left + 170, y -= 30, "DANH SÁCH HỌC SINH");
            text(plain, content, bold, 13, left + 150, y -= 16, "Lớp " + classList.classGroup().name() + " - Năm học 2025-2026");
            text(plain, content, regular, 13, left, y -= 24, "Giáo viên chủ nhiệm: " + classList.homeroomTeacher().fullName());
            text(plain, content, regular, 13, left, y -= 16, "Sĩ số: 45 học sinh");
            y -= 10;
            int n = 0;
            for (Student s : students) {
                if (y - 20 < area.getLowerLeftY()) {
                    content.close();
                    content = RawPdf.page(doc);
                    y = area.getUpperRightY();
                }
                String[] cells = {Integer.toString(++n), s.fullName(), s.dateOfBirth().format(DATE),
                        s.gender().vietnameseName(), s.ethnicity(), s.placeOfBirth()};
                for (int i = 0; i < cells.length; i++) {
                    text(plain, content, regular, 12, x[i] + 3, y - 14, cells[i]);
                    content.addRect(x[i], y - 20, x[i + 1] - x[i], 20);
                }
                content.stroke();
                y -= 20;
            }
            text(plain, content, bold, 13, left + 30, y -= 30, "GIÁO VIÊN CHỦ NHIỆM");
            text(plain, content, bold, 13, left + 280, y, "HIỆU TRƯỞNG");
            text(plain, content, bold, 13, left + 40, y -= 100, classList.homeroomTeacher().fullName());
            text(plain, content, bold, 13, left + 280, y, classList.principal().orElseThrow().fullName());
            content.close();
            return RawPdf.save(doc, 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(boolean plain, PDPageContentStream content, PDFont font, float size, float x, float y,
            String text) throws IOException {
        RawPdf.text(plain, content, font, size, x, y, text);
    }
}
