package vn.schoolrecords.pdf.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.BOOK;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.OPTIONS;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.ROSTER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.GradeBookWorkflow;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.TeachingAssignment;
import vn.schoolrecords.pdf.PdfTexts;
import vn.schoolrecords.pdf.VeraPdf;
import vn.schoolrecords.pdf.internal.PdfA;

class TeacherGradeBookRendererTest {

    private static final TeacherGradeBookRenderer RENDERER = new TeacherGradeBookRenderer();
    private static final String TEACHER = BOOK.subjects().get(0).teacherId();
    /** A second class of the teacher, its grade book just opened: the start of the year. */
    private static final GradeBook OTHER = ROSTER.assignments().stream()
            .filter(a -> a.teacherId().equals(TEACHER) && !a.classId().equals(BOOK.classId()))
            .map(TeachingAssignment::classId).findFirst()
            .map(id -> GradeBookWorkflow.open(ROSTER, id, principal(), Instant.parse("2025-09-05T01:00:00Z")).book())
            .orElseThrow();
    private static final TeacherGradeBook PERSONAL = TeacherGradeBook.of(ROSTER, TEACHER, List.of(BOOK, OTHER));
    private static final byte[] SAMPLE = GradeBookSamples.render(RENDERER, PERSONAL, OPTIONS);

    private static Staff principal() {
        return ROSTER.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst().orElseThrow();
    }

    @Test
    void thePersonalGradeBookIsPdfA3b() {
        VeraPdf.assertPdfA3b(SAMPLE);
    }

    @Test
    void theCoverShowsTheTeachersDetailsAndEachClassAndSubjectFollowsWithBothSemesters() throws IOException {
        List<String> pages = PdfTexts.pages(SAMPLE);
        assertThat(pages.get(0)).contains("SỔ ĐIỂM CÁ NHÂN", "Năm học 2025-2026",
                "Họ và tên giáo viên: " + PERSONAL.teacher().fullName(),
                "Môn dạy: " + String.join(", ", PERSONAL.subjectNames()),
                "Lớp dạy: " + BOOK.className() + ", " + OTHER.className(), "Trường: " + ROSTER.school().name(),
                "HIỆU TRƯỞNG", principal().fullName()).doesNotContain("STT");
        String all = String.join(" ", pages);
        for (TeacherGradeBook.Sheet sheet : PERSONAL.sheets()) {
            assertThat(all).contains("Lớp " + sheet.book().className() + " - Môn " + sheet.subject().subject().name());
        }
        assertThat(all).contains("Học kỳ I STT Họ và tên TX1", "Học kỳ II");
        String first = BOOK.studentIds().get(0);
        assertThat(all).contains("1 " + PERSONAL.studentName(first) + " "
                + BOOK.mark(vn.schoolrecords.core.gradebook.MarkCell.of(first,
                        PERSONAL.sheets().get(0).subject().subject().code(), vn.schoolrecords.core.school.Term.FIRST,
                        vn.schoolrecords.core.gradebook.AssessmentKind.REGULAR, 0)).orElseThrow().display());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Ngày in: 26/12/2025", "Trang " + (i + 1) + "/" + pages.size());
            if (i > 0) {
                assertThat(pages.get(i)).contains("STT Họ và tên TX1");
            }
        }
        // Each class and subject starts a page: both semesters of ~45 rows take three or four pages.
        assertThat(pages.size() - 1).isBetween(3 * PERSONAL.sheets().size(), 4 * PERSONAL.sheets().size());
    }

    @Test
    void eachClassGradeBookIsEmbeddedAsItsOwnRecord() {
        List<PdfA.Attachment> records = PdfA.extractAll(SAMPLE);
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(a -> assertThat(a.schema()).isEqualTo(GradeBook.SCHEMA));
        assertThat(records.stream().map(a -> RecordsJson.read(new String(a.json(), StandardCharsets.UTF_8),
                GradeBook.class)).toList()).containsExactly(BOOK, OTHER);
    }

    @Test
    void theCoverHasThePrincipalsAndTheSealsFields() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .containsExactly(TeacherGradeBookRenderer.PRINCIPAL_FIELD, TeacherGradeBookRenderer.SEAL_FIELD);
            assertThat(doc.getPage(0).getAnnotations()).hasSize(2);
        }
    }

    @Test
    void popplerRendersEveryPageAndNoneIsBlank(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var pdftoppm = PdfTexts.pdftoppm();
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftoppm.isPresent(), "pdftoppm (poppler-utils) is not installed");
        List<java.nio.file.Path> pngs = PdfTexts.png(pdftoppm.get(), SAMPLE, dir, 30);
        assertThat(pngs).hasSize(PdfTexts.pageCount(SAMPLE));
        for (java.nio.file.Path png : pngs) {
            assertThat(PdfTexts.inkedShare(png)).as(png.getFileName().toString()).isGreaterThan(0.01);
        }
    }

    @Test
    void badInputIsATypedError() {
        String notTeaching = BOOK.subjects().stream().map(s -> s.teacherId()).filter(id -> !id.equals(TEACHER))
                .filter(id -> OTHER.subjects().stream().noneMatch(s -> s.teacherId().equals(id))).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> TeacherGradeBook.of(ROSTER, notTeaching, List.of(BOOK, OTHER)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("PersonalGradeBook.notTeacher"));
        assertThatThrownBy(() -> TeacherGradeBook.of(ROSTER, TEACHER, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("PersonalGradeBook.books"));
        assertThatThrownBy(() -> TeacherGradeBook.of(ROSTER, "NO-ONE", List.of(BOOK)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("GradeBookPrint.staff"));
    }
}
