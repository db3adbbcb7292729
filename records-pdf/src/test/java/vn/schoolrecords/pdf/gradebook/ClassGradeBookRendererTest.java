package vn.schoolrecords.pdf.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.BOOK;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.OPTIONS;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.ROSTER;
import static vn.schoolrecords.pdf.gradebook.GradeBookSamples.SEMESTER_ONE;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.assessment.Tt22Rules;
import vn.schoolrecords.core.gradebook.AssessmentKind;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.MarkCell;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.PdfFontException;
import vn.schoolrecords.pdf.PdfTexts;
import vn.schoolrecords.pdf.VeraPdf;
import vn.schoolrecords.pdf.internal.PdfA;

class ClassGradeBookRendererTest {

    private static final ClassGradeBookRenderer RENDERER = new ClassGradeBookRenderer();
    private static final byte[] SAMPLE = GradeBookSamples.render(RENDERER, SEMESTER_ONE, OPTIONS);

    @Test
    void theSemesterPrintoutIsPdfA3b() {
        VeraPdf.assertPdfA3b(SAMPLE);
    }

    @Test
    void everyPageShowsThePrintDateAndItsNumberOfTheTotal() throws IOException {
        List<String> pages = PdfTexts.pages(SAMPLE);
        assertThat(pages).hasSizeGreaterThan(BOOK.subjects().size());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1)
                    .contains("Ngày in: 26/12/2025", "Trang " + (i + 1) + "/" + pages.size());
        }
    }

    @Test
    void theTextExtractsToTheExactVietnameseStringsAndTheMarksAndAverages() throws IOException {
        String page1 = PdfTexts.text(SAMPLE, 1, 1);
        assertThat(page1).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                ROSTER.school().province() + ", ngày 26 tháng 12 năm 2025", "SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH",
                "Lớp " + BOOK.className() + " - Năm học 2025-2026", "Học kỳ I",
                "Giáo viên chủ nhiệm: " + SEMESTER_ONE.staffName(BOOK.homeroomTeacherId()),
                "Sĩ số: 45 học sinh");
        String all = PdfTexts.text(SAMPLE, 1, PdfTexts.pageCount(SAMPLE));
        Tt22Rules rules = Tt22Rules.standard();
        for (SubjectSheet sheet : BOOK.subjects()) {
            assertThat(all).contains("Môn " + sheet.subject().name() + " - Giáo viên: "
                    + SEMESTER_ONE.staffName(sheet.teacherId()));
            int n = 1;
            for (String student : BOOK.studentIds()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(n++), SEMESTER_ONE.studentName(student)));
                for (AssessmentKind kind : AssessmentKind.values()) {
                    for (int i = 0; i < sheet.columns(kind); i++) {
                        row.add(BOOK.mark(MarkCell.of(student, sheet.subject().code(), Term.FIRST, kind, i))
                                .orElseThrow().display());
                    }
                }
                var term = BOOK.termAssessments(student, sheet.subject().code(), Term.FIRST).orElseThrow();
                row.add(term instanceof ScoredTerm s ? rules.semesterAverage(s).display()
                        : rules.semesterResult((vn.schoolrecords.core.assessment.CommentTerm) term).display());
                assertThat(all).contains(String.join(" ", row));
            }
        }
        assertThat(all).contains("GIÁO VIÊN BỘ MÔN", "Kết quả rèn luyện",
                "GIÁO VIÊN CHỦ NHIỆM", "HIỆU TRƯỞNG", SEMESTER_ONE.principal().orElseThrow().fullName());
    }

    @Test
    void semesterTwoAlsoPrintsTheYearAveragesAndConduct() throws IOException {
        var log = SampleGradeBooks.log(ROSTER, GradeBookSamples.CLASS.id(), Term.SECOND, 7);
        GradeBook book = log.replay();
        ClassGradeBook second = ClassGradeBook.of(book, ROSTER, Term.SECOND);
        byte[] pdf = GradeBookSamples.render(RENDERER, second, OPTIONS);
        VeraPdf.assertPdfA3b(pdf);
        String all = PdfTexts.text(pdf, 1, PdfTexts.pageCount(pdf));
        assertThat(all).contains("Học kỳ II và cả năm", "ĐTB HK II", "ĐTB cả năm", "Rèn luyện cả năm");
        SubjectSheet scored = book.subjects().stream().filter(s -> !s.byComment()).findFirst().orElseThrow();
        String student = book.studentIds().get(0);
        ScoredTerm first = (ScoredTerm) book.termAssessments(student, scored.subject().code(), Term.FIRST).orElseThrow();
        ScoredTerm secondTerm = (ScoredTerm) book.termAssessments(student, scored.subject().code(), Term.SECOND)
                .orElseThrow();
        Tt22Rules rules = Tt22Rules.standard();
        assertThat(all).contains(secondTerm.endOfTerm().display() + " " + rules.semesterAverage(secondTerm).display()
                + " " + rules.yearAverage(first, secondTerm).display());
    }

    @Test
    void aLongGradeBookRepeatsTheTableHeaderOnEveryPageWithRows() throws IOException {
        SchoolRoster roster = GradeBookSamples.withStudents(60);
        GradeBook book = SampleGradeBooks.log(roster, GradeBookSamples.CLASS.id(), Term.FIRST, 3).replay();
        assertThat(book.studentIds()).hasSize(60);
        byte[] pdf = GradeBookSamples.render(RENDERER, ClassGradeBook.of(book, roster, Term.FIRST), OPTIONS);
        List<String> pages = PdfTexts.pages(pdf);
        // 60 rows take two pages per subject, then the conduct table; no page is empty of rows.
        assertThat(pages).hasSize(2 * book.subjects().size() + 2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).containsPattern("STT Họ và tên (TX1|Rèn luyện)")
                    .contains("Ngày in: 26/12/2025", "Trang " + (i + 1) + "/" + pages.size());
        }
        assertThat(String.join(" ", pages)).contains("60 " + roster.studentsOf(GradeBookSamples.CLASS.id()).get(59)
                .fullName());
    }

    @Test
    void theEmbeddedJsonRoundTripsToTheGradeBook() {
        List<PdfA.Attachment> records = PdfA.extractAll(SAMPLE);
        assertThat(records).singleElement().satisfies(a -> {
            assertThat(a.schema()).isEqualTo(GradeBook.SCHEMA);
            assertThat(RecordsJson.read(new String(a.json(), StandardCharsets.UTF_8), GradeBook.class)).isEqualTo(BOOK);
        });
    }

    @Test
    void emptySignatureFieldsForEachSubjectTeacherTheHomeroomTeacherThePrincipalAndTheSeal() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            List<String> expected = new ArrayList<>();
            BOOK.subjects().forEach(s -> expected.add(ClassGradeBookRenderer.subjectField(s.subject().code())));
            expected.addAll(List.of(ClassGradeBookRenderer.HOMEROOM_FIELD, ClassGradeBookRenderer.PRINCIPAL_FIELD,
                    ClassGradeBookRenderer.SEAL_FIELD));
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .containsExactlyElementsOf(expected);
            assertThat(expected).contains("subject-TOAN");
        }
    }

    @Test
    void theSameBookAndOptionsGiveTheSameBytesAndTheCallersStreamStaysOpen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        RENDERER.render(SEMESTER_ONE, OPTIONS, out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).isEqualTo(SAMPLE);
    }

    @Test
    void popplerRendersEveryPageAndNoneIsBlank(@TempDir Path dir) throws Exception {
        var pdftoppm = PdfTexts.pdftoppm();
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftoppm.isPresent(), "pdftoppm (poppler-utils) is not installed");
        List<Path> pngs = PdfTexts.png(pdftoppm.get(), SAMPLE, dir, 30);
        assertThat(pngs).hasSize(PdfTexts.pageCount(SAMPLE));
        for (Path png : pngs) {
            assertThat(PdfTexts.inkedShare(png)).as(png.getFileName().toString()).isGreaterThan(0.01);
        }
    }

    @Test
    void badInputIsATypedError() {
        assertThatThrownBy(() -> ClassGradeBook.of(BOOK, ROSTER, Term.WHOLE_YEAR))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("GradeBookPrint.term"));
        SchoolRoster otherYear = SampleSchools.secondary(1, vn.schoolrecords.core.school.SchoolYear.of(2024));
        assertThatThrownBy(() -> ClassGradeBook.of(BOOK, otherYear, Term.FIRST))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("GradeBookPrint.year"));
        String gone = BOOK.studentIds().get(7);
        SchoolRoster withoutOne = SchoolRoster.of(ROSTER.school(), ROSTER.year(), ROSTER.curricula(), ROSTER.staff(),
                ROSTER.classes(), ROSTER.students().stream().filter(s -> !s.id().equals(gone)).toList(),
                ROSTER.enrolments().stream().filter(e -> !e.studentId().equals(gone)).toList(), ROSTER.assignments());
        assertThatThrownBy(() -> ClassGradeBook.of(BOOK, withoutOne, Term.FIRST))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations().get(0).rule()).isEqualTo("GradeBookPrint.student");
                    assertThat(e.violations().get(0).invalidValue()).isEqualTo(gone);
                });
    }

    @Test
    void aNameTheFontCannotPrintIsATypedError() {
        List<Student> students = new ArrayList<>();
        for (Student s : ROSTER.students()) {
            students.add(s.id().equals(BOOK.studentIds().get(3)) ? new Student(s.id(), s.personalId(), "Lý 李 Minh",
                    s.dateOfBirth(), s.gender(), s.ethnicity(), s.placeOfBirth()) : s);
        }
        SchoolRoster renamed = SchoolRoster.of(ROSTER.school(), ROSTER.year(), ROSTER.curricula(), ROSTER.staff(),
                ROSTER.classes(), students, ROSTER.enrolments(), ROSTER.assignments());
        ClassGradeBook g = ClassGradeBook.of(BOOK, renamed, Term.FIRST);
        assertThatThrownBy(() -> GradeBookSamples.render(RENDERER, g, OPTIONS))
                .isInstanceOfSatisfying(PdfFontException.class, e -> assertThat(e.face()).isEqualTo("regular"));
    }
}
