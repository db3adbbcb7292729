package vn.schoolrecords.pdf.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.LOG;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.OPTIONS;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.ROSTER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.EditPolicy;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.pdf.PdfTexts;
import vn.schoolrecords.pdf.VeraPdf;
import vn.schoolrecords.pdf.internal.PdfA;

class EditLogRendererTest {

    private static final EditLogRenderer RENDERER = new EditLogRenderer();
    private static final EditLogReport NOVEMBER = EditLogReport.monthly(LOG, YearMonth.of(2025, 11), EditPolicy.VIETNAM);
    private static final String TEACHER = NOVEMBER.teachers().get(0).teacherId();
    private static final EditLogPrintout PRINTOUT = EditLogPrintout.of(NOVEMBER, TEACHER, ROSTER);
    private static final byte[] SAMPLE = GradeBookSamples.render(RENDERER, PRINTOUT, OPTIONS);

    @Test
    void theEditLogIsPdfA3b() {
        VeraPdf.assertPdfA3b(SAMPLE);
    }

    @Test
    void everyChangeIsPrintedWithWhenOldAndNewAndTheSigners() throws IOException {
        List<EditLogReport.ScoreChange> changes = NOVEMBER.teacher(TEACHER).orElseThrow().changes();
        assertThat(changes).hasSizeGreaterThanOrEqualTo(SampleGradeBooks.NOVEMBER_EDITS / 2);
        assertThat(PRINTOUT.changes()).isEqualTo(changes);
        String all = PdfTexts.text(SAMPLE, 1, PdfTexts.pageCount(SAMPLE));
        assertThat(all).contains("NHẬT KÍ SỬA ĐIỂM", "Tháng 11/2025 - Lớp " + NOVEMBER.className() + " - Năm học 2025-2026",
                "Giáo viên: " + PRINTOUT.teacher().fullName(), "Số điểm đã sửa trong tháng: " + changes.size(),
                "STT Thời điểm sửa Học sinh Môn, cột điểm Điểm cũ → mới Lý do Minh chứng Hình thức",
                "GIÁO VIÊN BỘ MÔN", "HIỆU TRƯỞNG", "Ngày in: 26/12/2025", "Trang 1/");
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        for (EditLogReport.ScoreChange c : changes) {
            assertThat(all).contains(c.at().atZone(EditPolicy.VIETNAM).format(when),
                    c.oldMark().display() + " → " + c.newMark().display(), "HK I, TX" + (c.cell().index() + 1),
                    "Sửa trực tiếp");
            for (String word : PRINTOUT.studentName(c.cell().studentId()).split(" ")) {
                assertThat(all).contains(word);
            }
        }
    }

    @Test
    void theEmbeddedJsonIsTheTeachersPartOfTheReport() {
        PdfA.Attachment a = PdfA.extractAll(SAMPLE).get(0);
        assertThat(a.schema()).isEqualTo(EditLogPrintout.SCHEMA);
        EditLogReport read = RecordsJson.read(new String(a.json(), StandardCharsets.UTF_8), EditLogReport.class);
        assertThat(read).isEqualTo(PRINTOUT.report());
        assertThat(read.teachers()).singleElement().isEqualTo(NOVEMBER.teacher(TEACHER).orElseThrow());
    }

    @Test
    void aTeacherWhoChangedNothingGetsAPageThatSaysSo() throws IOException {
        String homeroom = GradeBookSamples.BOOK.homeroomTeacherId();
        String quiet = ROSTER.staff().stream().map(s -> s.id())
                .filter(id -> NOVEMBER.teacher(id).isEmpty() && !id.equals(homeroom)).findFirst().orElseThrow();
        byte[] pdf = GradeBookSamples.render(RENDERER, EditLogPrintout.of(NOVEMBER, quiet, ROSTER), OPTIONS);
        VeraPdf.assertPdfA3b(pdf);
        assertThat(PdfTexts.text(pdf, 1, PdfTexts.pageCount(pdf)))
                .contains("Không có điểm nào được sửa trong tháng.").doesNotContain("STT Thời điểm sửa");
    }

    @Test
    void emptySignatureFieldsForTheTeacherAndThePrincipal() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .containsExactly(EditLogRenderer.TEACHER_FIELD, EditLogRenderer.PRINCIPAL_FIELD);
        }
    }

    @Test
    void popplerRendersEveryPageAndNoneIsBlank(@TempDir Path dir) throws Exception {
        var pdftoppm = PdfTexts.pdftoppm();
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftoppm.isPresent(), "pdftoppm (poppler-utils) is not installed");
        List<Path> pngs = PdfTexts.png(pdftoppm.get(), SAMPLE, dir, 30);
        assertThat(pngs).hasSize(PdfTexts.pageCount(SAMPLE));
        for (Path png : pngs) {
            assertThat(PdfTexts.inkedShare(png)).isGreaterThan(0.01);
        }
    }

    @Test
    void badInputIsATypedError() {
        assertThatThrownBy(() -> EditLogPrintout.of(NOVEMBER, "NO-SUCH-TEACHER", ROSTER))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("GradeBookPrint.staff"));
        assertThatThrownBy(() -> EditLogPrintout.of(NOVEMBER, TEACHER, SampleSchools.secondary(1, SchoolYear.of(2024))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("GradeBookPrint.year"));
    }
}
