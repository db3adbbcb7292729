package vn.schoolrecords.pdf.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.LOG;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.OPTIONS;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.ROSTER;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.EditPolicy;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.pdf.EmbeddedJsonEdits;
import vn.schoolrecords.pdf.EmbeddedRecordException;
import vn.schoolrecords.pdf.EmbeddedRecords;
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
        assertThat(a.schema()).isEqualTo(EditLogPrintout.SCHEMA).isEqualTo(EditLogReport.SCHEMA);
        assertThat(EmbeddedRecords.knownSchemas()).containsEntry(EditLogReport.SCHEMA, EditLogReport.class);
        assertThat(EmbeddedRecords.schemaResource(EditLogReport.SCHEMA)).contains("/schema/edit-log-report-1.schema.json");
        assertThat(EmbeddedJsonEdits.validateAgainstSchema(SAMPLE)).isEmpty();
        EditLogReport read = EmbeddedRecords.extract(SAMPLE, EditLogReport.class);
        assertThat(read).isEqualTo(PRINTOUT.report()).isEqualTo(NOVEMBER.forTeacher(TEACHER));
        assertThat(read.teachers()).singleElement().isEqualTo(NOVEMBER.teacher(TEACHER).orElseThrow());
    }

    @Test
    void aQuietTeachersEmptyReportIsReadBackToo() {
        String quiet = ROSTER.staff().stream().map(s -> s.id()).filter(id -> NOVEMBER.teacher(id).isEmpty())
                .findFirst().orElseThrow();
        byte[] pdf = GradeBookSamples.render(RENDERER, EditLogPrintout.of(NOVEMBER, quiet, ROSTER), OPTIONS);
        assertThat(EmbeddedJsonEdits.validateAgainstSchema(pdf)).isEmpty();
        assertThat(EmbeddedRecords.extract(pdf, EditLogReport.class)).isEqualTo(NOVEMBER.forTeacher(quiet))
                .satisfies(r -> assertThat(r.teachers()).isEmpty());
    }

    @Test
    void anAlteredReportIsATypedErrorWhetherOrNotTheChecksumWasForged() {
        UnaryOperator<String> december = json -> {
            String changed = json.replace("\"month\":\"2025-11\"", "\"month\":\"2025-12\"");
            assertThat(changed).isNotEqualTo(json).hasSameSizeAs(json);
            return changed;
        };
        assertThatThrownBy(() -> EmbeddedRecords.extract(EmbeddedJsonEdits.rewrite(SAMPLE, december, false),
                EditLogReport.class)).isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmbeddedRecordException.Reason.ALTERED));
        // With the size and checksum forged, the report's own rules catch it: the changes are in November.
        byte[] forged = EmbeddedJsonEdits.rewrite(SAMPLE, december, true);
        assertThatThrownBy(() -> EmbeddedRecords.extract(forged, EditLogReport.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations().get(0).rule()).isEqualTo("EditLogReport.month");
                    assertThat(e.violations().get(0).path()).isEqualTo("teachers[0].changes[0].at");
                });
    }

    @Test
    void anInvalidEmbeddedReportIsRejectedByTheReaderAndTheSchema() {
        // A direct edit passed off as an approved correction, with nobody named as approving it.
        byte[] forged = EmbeddedJsonEdits.rewrite(SAMPLE,
                json -> json.replaceFirst("\"kind\":\"DIRECT_EDIT\"", "\"kind\":\"APPROVED_CORRECTION\""), true);
        assertThat(EmbeddedJsonEdits.validateAgainstSchema(forged)).isNotEmpty();
        assertThatThrownBy(() -> EmbeddedRecords.extract(forged, EditLogReport.class))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("EditLogReport.approval"));
        byte[] unknown = EmbeddedJsonEdits.rewrite(SAMPLE, json -> json.replaceFirst("\"reason\":", "\"raison\":"),
                true);
        assertThat(EmbeddedJsonEdits.validateAgainstSchema(unknown)).isNotEmpty();
        assertThatThrownBy(() -> EmbeddedRecords.extract(unknown, EditLogReport.class))
                .isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void theReportIsNotReadAsAGradeBookNorAGradeBookAsAReport() {
        assertThatThrownBy(() -> EmbeddedRecords.extract(SAMPLE, GradeBook.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmbeddedRecordException.Reason.SCHEMA_MISMATCH));
        byte[] book = GradeBookSamples.render(new ClassGradeBookRenderer(), GradeBookSamples.SEMESTER_ONE, OPTIONS);
        assertThatThrownBy(() -> EmbeddedRecords.extract(book, EditLogReport.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmbeddedRecordException.Reason.SCHEMA_MISMATCH));
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
