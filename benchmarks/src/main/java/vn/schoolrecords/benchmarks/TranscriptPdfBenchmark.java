package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
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

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.transcript.SecondaryResults;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SubjectRow;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.pdf.PageLayout;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.internal.PdfA;
import vn.schoolrecords.pdf.internal.Printing;
import vn.schoolrecords.pdf.internal.TranscriptDocument;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;

/**
 * The sample lower-secondary transcript (học bạ, grades 6–9: a cover and four year pages, each
 * with a 13-subject table, PDF/A-3b, the transcript embedded as JSON, 68 signature fields) beside
 * a baseline written directly against PDFBox: the same text in about the same places with the
 * same fonts embedded as subsets, plain Tj operators as our renderer writes them, with no
 * measuring, wrapping, metadata, attachment or fields; and our layout without PDF/A and the
 * JSON, to show what those cost.
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar TranscriptPdf -f 1 -wi 2 -i 3 -r 2s -prof gc}.
 * On 23/11/2026 the 2 cores were shared by several builds (load 8–17), so JMH's wall-clock
 * scores were unusable; the figures are thread CPU time per operation, 100 renderings of each
 * after 150 warm ones, interleaved, two runs of two rounds, before and after in the same
 * conditions. Raw PDFBox 6.4–6.9 ms; our layout without PDF/A 1.05–1.07× raw; our renderer
 * 1.25–1.29× raw, PDF/A and the JSON adding 19–21 % to the layout (run back to back per
 * benchmark as JMH does: 1.26×, 22 %). Before (content streams at PDFBox's deflate level, a
 * parsed ICC profile and a new xmpbox model and serialiser per rendering, 68 appearance
 * streams, n² field lists): layout 1.12–1.19×, renderer 1.44–1.51×, PDF/A and JSON 25–30 %.
 * What PDF/A and the JSON cost now, in context: the XMP packet through xmpbox and the JDK's
 * XSLTC serialiser about 0.45 ms, writing the JSON (Jackson) 0.3 ms, deflating and hashing it
 * 0.15 ms, the rest of the dictionaries 0.15 ms. The raw baseline parses its three font files
 * for every document, as a program using PDFBox directly does; reusing parsed faces as
 * {@code FontSet} does takes it from 7.7 to 6.3 ms in one run where ours took 9.8 (1.56×). Allocation
 * per render (gc.alloc.rate.norm): raw 8.8 MB, layout 4.9 MB, renderer 5.2 MB (was 5.4 and
 * 5.8 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TranscriptPdfBenchmark {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float[] COLUMNS = {26, 10, 10, 10, 12, 32};

    private final SecondaryTranscriptRenderer renderer = new SecondaryTranscriptRenderer();
    private Transcript transcript;
    private PdfOptions options;
    private byte[][] fonts;

    /** Builds the sample transcript and reads the font files once. */
    @Setup
    public void prepare() {
        transcript = SampleTranscripts.secondary(42);
        options = PdfOptions.of(Instant.parse("2025-09-05T01:30:00Z"));
        fonts = RawPdf.fontFiles();
    }

    /**
     * Our renderer: layout, signature fields, PDF/A-3b, embedded JSON.
     *
     * @return the size of the PDF, so that the work is not eliminated
     */
    @Benchmark
    public int renderer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        renderer.render(transcript, options, out);
        return out.size();
    }

    /**
     * Our layout and signature fields saved as a plain PDF: no PDF/A metadata, output intent or
     * embedded JSON.
     *
     * @return the size of the PDF
     */
    @Benchmark
    public int layoutWithoutPdfA() {
        try (PDDocument doc = new PDDocument()) {
            TranscriptDocument.draw(doc, transcript, SigningPolicy.DEFAULT, Optional.empty(),
                    Printing.print(options, transcript.currentSchool()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            PdfA.save(doc, out);
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same text drawn directly with PDFBox, each line a plain Tj.
     *
     * @return the size of the PDF
     */
    @Benchmark
    public int rawPdfBox() {
        try (PDDocument doc = new PDDocument()) {
            RawPdf.Fonts f = RawPdf.load(doc, fonts);
            PDFont regular = f.regular();
            PDFont bold = f.bold();
            PDFont italic = f.italic();
            PDRectangle area = PageLayout.DECREE_30.contentArea();
            float left = area.getLowerLeftX();
            float width = area.getWidth();
            float[] x = RawPdf.columns(area, COLUMNS);
            Student s = transcript.student();
            PDPageContentStream content = RawPdf.page(doc);
            float y = area.getUpperRightY();
            text(content, regular, 12, left + 10, y -= 14, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN CẦU GIẤY");
            text(content, bold, 12, left + 10, y -= 14, transcript.currentSchool().name().toUpperCase());
            text(content, bold, 12, left + 200, y + 28, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text(content, bold, 13, left + 230, y + 14, "Độc lập - Tự do - Hạnh phúc");
            text(content, italic, 13, left + 220, y -= 20, "Hà Nội, ngày 05 tháng 9 năm 2025");
            text(content, bold, 14, left + 200, y -= 30, "HỌC BẠ");
            text(content, bold, 13, left + 170, y -= 16, "TRUNG HỌC CƠ SỞ");
            String[] info = {"Họ và tên học sinh: " + s.fullName(), "Giới tính: " + s.gender().vietnameseName(),
                "Ngày sinh: " + s.dateOfBirth().format(DATE), "Nơi sinh: " + s.placeOfBirth(),
                "Dân tộc: " + s.ethnicity(), "Mã học sinh: " + s.id(), "Số định danh cá nhân: " + s.personalId().value()};
            for (String line : info) {
                text(content, regular, 12, left, y -= 15, line);
            }
            text(content, bold, 12, left, y -= 24, "Quá trình học tập");
            y -= 6;
            for (TranscriptYear page : transcript.years()) {
                text(content, regular, 11, left + 3, y - 14, page.year().toString());
                text(content, regular, 11, left + 70, y - 14, page.classGroup().name());
                text(content, regular, 11, left + 120, y - 14, page.school().name());
                text(content, regular, 11, left + 330, y - 14, page.confirmedBy().fullName());
                content.addRect(left, y - 20, width, 20);
                content.stroke();
                y -= 20;
            }
            text(content, regular, 12, left, y -= 20, "Khóa học bạ ngày 15/06/2026.");
            content.close();
            for (TranscriptYear page : transcript.years()) {
                content = RawPdf.page(doc);
                y = area.getUpperRightY();
                text(content, bold, 12, left, y -= 14, "Họ và tên: " + s.fullName() + " - Lớp: "
                        + page.classGroup().name() + " - Năm học: " + page.year());
                text(content, regular, 12, left, y -= 14, "Tên trường: " + page.school().name());
                text(content, italic, 11, left, y -= 14, "Đánh giá theo " + page.regime().fullName());
                y -= 6;
                String[] header = {"Môn học, hoạt động giáo dục", "Học kỳ I", "Học kỳ II", "Cả năm", "Sau kiểm tra lại",
                    "Giáo viên môn học ký xác nhận"};
                for (int i = 0; i < header.length; i++) {
                    text(content, bold, 10.5f, x[i] + 3, y - 14, header[i]);
                    content.addRect(x[i], y - 30, x[i + 1] - x[i], 30);
                }
                content.stroke();
                y -= 30;
                SecondaryResults r = (SecondaryResults) page.results();
                for (SubjectRow row : r.subjects()) {
                    String[] cells = {row.subjectName(), row.first().display(), row.second().display(),
                        row.year().display(), "", row.teacher().fullName()};
                    for (int i = 0; i < cells.length; i++) {
                        text(content, regular, 11, x[i] + 3, y - 14, cells[i]);
                        content.addRect(x[i], y - 19, x[i + 1] - x[i], 19);
                    }
                    content.stroke();
                    y -= 19;
                }
                String[] lines = {"Kết quả học tập: Học kỳ I: " + r.learningFirst().vietnameseName() + "; Học kỳ II: "
                        + r.learningSecond().vietnameseName() + "; Cả năm: " + r.learningYear().vietnameseName(),
                    "Kết quả rèn luyện: Học kỳ I: " + r.conductFirst().vietnameseName() + "; Học kỳ II: "
                        + r.conductSecond().vietnameseName() + "; Cả năm: " + r.conductYear().vietnameseName(),
                    "Tổng số buổi nghỉ học cả năm: " + r.absences(),
                    "Kết quả cuối năm: " + page.promotion().vietnameseName(), "Khen thưởng: không"};
                y -= 8;
                for (String line : lines) {
                    text(content, regular, 12, left, y -= 14.4f, line);
                }
                text(content, bold, 12, left, y -= 18, "Nhận xét của giáo viên chủ nhiệm:");
                text(content, regular, 12, left, y -= 14.4f, page.homeroomComment());
                text(content, italic, 13, left + 250, y -= 20, "Hà Nội, ngày 25 tháng 5 năm " + page.year().endYear());
                text(content, bold, 13, left + 30, y -= 20, "GIÁO VIÊN CHỦ NHIỆM");
                text(content, bold, 13, left + 280, y, "HIỆU TRƯỞNG");
                text(content, bold, 13, left + 40, y -= 100, page.homeroomTeacher().fullName());
                text(content, bold, 13, left + 280, y, page.confirmedBy().fullName());
                text(content, italic, 10, left + 380, area.getLowerLeftY() - 20, "Ngày in: 05/09/2025");
                content.close();
            }
            return RawPdf.save(doc, 128 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        RawPdf.text(true, content, font, size, x, y, text);
    }
}
