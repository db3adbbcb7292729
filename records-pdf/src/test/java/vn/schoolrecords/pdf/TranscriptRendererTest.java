package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.schoolrecords.pdf.ClassListRendererTest.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SubjectRow;
import vn.schoolrecords.core.transcript.SecondaryResults;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.pdf.transcript.PrimaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.TranscriptFields;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;
import vn.schoolrecords.pdf.transcript.TranscriptPrintException;

class TranscriptRendererTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Transcript T = TranscriptSamples.SECONDARY;
    private static final byte[] SECONDARY = TranscriptSamples.secondary(T, TranscriptPrint.original(), Samples.OPTIONS);
    private static final byte[] PRIMARY = TranscriptSamples.primary(TranscriptSamples.PRIMARY, Samples.OPTIONS);
    private static final byte[] COPY = TranscriptSamples.secondary(TranscriptSamples.REISSUED,
            TranscriptPrint.copyOf(TranscriptSamples.REISSUED.reissues().get(1)), Samples.OPTIONS);

    @Test
    void everyTranscriptPrintIsPdfA3b() {
        VeraPdf.assertPdfA3b(SECONDARY);
        VeraPdf.assertPdfA3b(PRIMARY);
        VeraPdf.assertPdfA3b(COPY);
    }

    @Test
    void aSecondaryTranscriptHasTheCoverThenOnePagePerYear() throws IOException {
        assertThat(pages(SECONDARY)).isEqualTo(1 + T.years().size()).isEqualTo(5);
        assertThat(pages(PRIMARY)).isEqualTo(1 + TranscriptSamples.PRIMARY.years().size()).isEqualTo(6);
    }

    @Test
    void theCoverAndEveryYearExtractToTheExactVietnameseStrings() throws IOException {
        String cover = text(SECONDARY, 1, 1);
        assertThat(cover).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "HỌC BẠ",
                "TRUNG HỌC CƠ SỞ", "Họ và tên học sinh: " + T.student().fullName(),
                "Ngày sinh: " + T.student().dateOfBirth().format(DATE), "Nơi sinh: " + T.student().placeOfBirth(),
                "Dân tộc: " + T.student().ethnicity(), "Quá trình học tập",
                "Khóa học bạ ngày " + T.closing().orElseThrow().date().format(DATE))
                .doesNotContain("BẢN SAO");
        for (int i = 0; i < T.years().size(); i++) {
            TranscriptYear y = T.years().get(i);
            String page = text(SECONDARY, i + 2, i + 2);
            SecondaryResults r = (SecondaryResults) y.results();
            assertThat(page).contains("Họ và tên: " + T.student().fullName(), "Lớp: " + y.classGroup().name(),
                    "Năm học: " + y.year(), "Học kỳ I Học kỳ II Cả năm",
                    "Kết quả học tập: Học kỳ I: " + r.learningFirst().vietnameseName(),
                    "Kết quả rèn luyện: Học kỳ I: " + r.conductFirst().vietnameseName(),
                    "Tổng số buổi nghỉ học cả năm: " + r.absences(),
                    "Kết quả cuối năm: " + y.promotion().vietnameseName(),
                    "GIÁO VIÊN CHỦ NHIỆM", "HIỆU TRƯỞNG", y.confirmedBy().fullName(), y.homeroomTeacher().fullName(),
                    y.homeroomComment(), "Ngày in: 05/09/2025", Integer.toString(i + 2));
            for (SubjectRow row : r.subjects()) {
                assertThat(page).contains(row.subjectName() + " " + row.first().display() + " "
                        + row.second().display() + " " + row.year().display());
            }
        }
    }

    @Test
    void stackedDiacriticsRoundTripThroughTheText() throws IOException {
        Transcript t = TranscriptSamples.SECONDARY;
        String all = text(SECONDARY, 1, pages(SECONDARY));
        assertThat(all).contains("Kết quả rèn luyện", "Được lên lớp", "Nhận xét của giáo viên chủ nhiệm", "Tổng số buổi nghỉ học");
        assertThat(all).contains(t.student().fullName());
    }

    @Test
    void aPrimaryTranscriptShowsLevelsCompetencesQualitiesAndCompletion() throws IOException {
        Transcript p = TranscriptSamples.PRIMARY;
        String cover = text(PRIMARY, 1, 1);
        assertThat(cover).contains("HỌC BẠ", "TIỂU HỌC", p.student().fullName());
        String last = text(PRIMARY, pages(PRIMARY), pages(PRIMARY));
        assertThat(last).contains("Hoàn thành chương trình tiểu học", "Năng lực Mức đạt được", "Tự chủ và tự học",
                "Phẩm chất Mức đạt được", "Yêu nước", "Kết quả giáo dục:", "Cuối năm: mức đạt được");
        assertThat(text(PRIMARY, 2, 2)).contains("Hoàn thành chương trình lớp 1")
                .doesNotContain("Hoàn thành chương trình tiểu học");
    }

    @Test
    void aTt58YearPrintsAveragesStandingAndConductBesideTt22Years() throws IOException {
        Transcript t = TranscriptSamples.ACROSS_CIRCULARS;
        byte[] pdf = TranscriptSamples.secondary(t, TranscriptPrint.original(), Samples.OPTIONS);
        VeraPdf.assertPdfA3b(pdf);
        assertThat(pages(pdf)).isEqualTo(4);
        vn.schoolrecords.core.transcript.LegacySecondaryResults r =
                (vn.schoolrecords.core.transcript.LegacySecondaryResults) t.years().get(0).results();
        assertThat(text(pdf, 2, 2)).contains("Năm học: 2022-2023",
                "Đánh giá theo Thông tư 58/2011/TT-BGDĐT, sửa đổi bởi Thông tư 26/2020/TT-BGDĐT",
                "Điểm trung bình các môn: Học kỳ I: " + r.averageFirst().display(),
                "Học lực: Học kỳ I: " + r.standingFirst().vietnameseName() + "; Học kỳ II: "
                        + r.standingSecond().vietnameseName() + "; Cả năm: " + r.standingYear().vietnameseName(),
                "Hạnh kiểm: Học kỳ I: Tốt; Học kỳ II: Tốt; Cả năm: Tốt",
                "Kết quả cuối năm: Không được lên lớp");
        assertThat(text(pdf, 3, 3)).contains("Năm học: 2023-2024", "Đánh giá theo Thông tư 22/2021/TT-BGDĐT",
                "Kết quả học tập:").doesNotContain("Học lực:");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .contains("subject-2022-TOAN", "principal-2022", "subject-2023-TOAN", "school-seal-2024");
        }
        assertThat(EmbeddedRecords.extract(pdf, Transcript.class)).isEqualTo(t);
    }

    @Test
    void aCopyIsStampedOnEveryPageAndNumberedOnTheCover() throws IOException {
        int n = pages(COPY);
        assertThat(n).isEqualTo(pages(SECONDARY));
        for (int i = 1; i <= n; i++) {
            assertThat(text(COPY, i, i)).as("page %d", i).contains("BẢN SAO");
        }
        assertThat(text(COPY, 1, 1)).contains("Cấp lại lần thứ 2, ngày 12/09/2026");
        assertThat(EmbeddedRecords.extract(COPY, Transcript.class)).isEqualTo(TranscriptSamples.REISSUED);
    }

    @Test
    void aCancelledOrForeignCopyIsATypedError() {
        Transcript t = TranscriptSamples.REISSUED;
        assertThatThrownBy(() -> TranscriptSamples.secondary(t, TranscriptPrint.copyOf(t.reissues().get(0)),
                Samples.OPTIONS)).isInstanceOfSatisfying(TranscriptPrintException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TranscriptPrintException.Reason.CANCELLED_REISSUE);
                    assertThat(e.code()).isEqualTo("PDF_TRANSCRIPT_CANCELLED_REISSUE");
                });
        assertThatThrownBy(() -> TranscriptSamples.secondary(T, TranscriptPrint.copyOf(t.reissues().get(1)),
                Samples.OPTIONS)).isInstanceOfSatisfying(TranscriptPrintException.class,
                        e -> assertThat(e.reason()).isEqualTo(TranscriptPrintException.Reason.UNKNOWN_REISSUE));
    }

    @Test
    void everyPlannedSignatureHasAnEmptyFieldNamedByRoleAndYear() throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < T.years().size(); i++) {
            TranscriptYear y = T.years().get(i);
            for (PlannedSignature p : SigningPlan.of(y, SigningPolicy.DEFAULT).planned()) {
                expected.put(TranscriptFields.name(y.year(), p.part()), i + 1);
            }
        }
        assertThat(expected).containsKeys("subject-2022-TOAN", "homeroom-2022", "principal-2022", "school-seal-2022",
                "principal-2025");
        try (PDDocument doc = Loader.loadPDF(SECONDARY)) {
            List<PDField> fields = doc.getDocumentCatalog().getAcroForm().getFields();
            Map<String, Integer> actual = new HashMap<>();
            for (PDField f : fields) {
                assertThat(f).isInstanceOf(PDSignatureField.class);
                assertThat(((PDSignatureField) f).getValue()).isNull();
                actual.put(f.getPartialName(), doc.getPages().indexOf(f.getWidgets().get(0).getPage()));
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void fieldsOfOneSizeShareOneEmptyAppearanceThatFitsThem() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SECONDARY)) {
            List<PDField> fields = doc.getDocumentCatalog().getAcroForm().getFields();
            Map<List<Float>, COSBase> bySize = new HashMap<>();
            for (PDField f : fields) {
                PDAnnotationWidget widget = f.getWidgets().get(0);
                PDRectangle r = widget.getRectangle();
                PDAppearanceStream stream = widget.getNormalAppearanceStream();
                assertThat(stream.getBBox().getWidth()).isEqualTo(r.getWidth(), within(0.01f));
                assertThat(stream.getBBox().getHeight()).isEqualTo(r.getHeight(), within(0.01f));
                COSBase first = bySize.putIfAbsent(List.of(r.getWidth(), r.getHeight()), stream.getCOSObject());
                if (first != null) {
                    assertThat(stream.getCOSObject()).isSameAs(first);
                }
            }
            // A handful of sizes (subject rows, homeroom, principal, seal) for about 60 fields.
            assertThat(fields).hasSizeGreaterThan(40);
            assertThat(bySize.size()).isLessThan(10);
        }
    }

    @Test
    void thePilotPolicyLeavesOutSubjectTeachersFields() throws IOException {
        byte[] pdf = TranscriptSamples.secondary(T, TranscriptPrint.original().withPolicy(SigningPolicy.MOET_PILOT_V1),
                Samples.OPTIONS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .noneMatch(n -> n.startsWith("subject-")).contains("principal-2022", "school-seal-2025");
        }
    }

    @Test
    void theEmbeddedJsonRoundTripsToTheTranscript() {
        assertThat(EmbeddedRecords.extract(SECONDARY, Transcript.class)).isEqualTo(T);
        assertThat(EmbeddedRecords.extract(PRIMARY, Transcript.class)).isEqualTo(TranscriptSamples.PRIMARY);
        assertThat(EmbeddedRecords.knownSchemas()).containsEntry(Transcript.SCHEMA, Transcript.class)
                .containsEntry(vn.schoolrecords.core.school.SchoolRoster.SCHEMA,
                        vn.schoolrecords.core.school.SchoolRoster.class);
        assertThat(EmbeddedRecords.schemaResource(Transcript.SCHEMA)).contains("/schema/transcript-1.schema.json");
        assertThatThrownBy(() -> EmbeddedRecords.extract(SECONDARY, vn.schoolrecords.core.school.SchoolRoster.class))
                .isInstanceOfSatisfying(EmbeddedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmbeddedRecordException.Reason.SCHEMA_MISMATCH));
    }

    @Test
    void aTranscriptWithoutResultsIsATypedError() {
        Transcript empty = Transcript.open(T.student(), EducationLevel.LOWER_SECONDARY, T.openedBy());
        assertThatThrownBy(() -> TranscriptSamples.secondary(empty, TranscriptPrint.original(), Samples.OPTIONS))
                .isInstanceOfSatisfying(TranscriptPrintException.class,
                        e -> assertThat(e.reason()).isEqualTo(TranscriptPrintException.Reason.NO_PAGES));
    }

    @Test
    void aTranscriptOfTheOtherLevelIsATypedError() {
        assertThatThrownBy(() -> new PrimaryTranscriptRenderer().render(T, Samples.OPTIONS, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(TranscriptPrintException.class,
                        e -> assertThat(e.reason()).isEqualTo(TranscriptPrintException.Reason.WRONG_LEVEL));
        assertThatThrownBy(() -> new SecondaryTranscriptRenderer().render(TranscriptSamples.PRIMARY, Samples.OPTIONS,
                new ByteArrayOutputStream())).isInstanceOf(TranscriptPrintException.class);
    }

    @Test
    void anUnknownFontIsATypedError() {
        byte[] notAFont = "not a TrueType font".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PdfOptions.builder(Samples.CREATED)
                .fonts(PdfFonts.of("Nothing", notAFont, notAFont, notAFont, notAFont)).build())
                .isInstanceOf(PdfFontException.class);
    }

    @Test
    void aLogoThatIsNotAnImageIsATypedErrorAndARealLogoIsPrinted() throws IOException {
        assertThatThrownBy(() -> SchoolBranding.of("Trường THCS Lê Quý Đôn", "Phòng Giáo dục và Đào tạo")
                .withLogo("GIF89a not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(PdfImageException.class);
        SchoolBranding branding = SchoolBranding.of("Trường THCS Lê Quý Đôn", "Phòng Giáo dục và Đào tạo quận Ba Đình")
                .withLogo(ClassListRendererTest.logo("png"));
        byte[] pdf = TranscriptSamples.secondary(T, TranscriptPrint.original(),
                Samples.OPTIONS.toBuilder().branding(branding).printDate(LocalDate.of(2026, 6, 20)).build());
        VeraPdf.assertPdfA3b(pdf);
        assertThat(text(pdf, 1, 1)).contains("TRƯỜNG THCS LÊ QUÝ ĐÔN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN BA ĐÌNH",
                "ngày 20 tháng 6 năm 2026", "Ngày in: 20/06/2026");
    }

    @Test
    void theCallersStreamIsNotClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new SecondaryTranscriptRenderer().render(T, Samples.OPTIONS, out);
        assertThat(closed[0]).isFalse();
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void concurrentRenderingsReusingParsedFontsGiveTheSameBytes() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                boolean primary = i % 3 == 0;
                results.add(pool.submit(() -> primary
                        ? TranscriptSamples.primary(TranscriptSamples.PRIMARY, Samples.OPTIONS)
                        : TranscriptSamples.secondary(T, TranscriptPrint.original(), Samples.OPTIONS)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("rendering %d", i).isEqualTo(i % 3 == 0 ? PRIMARY : SECONDARY);
            }
        } finally {
            pool.shutdown();
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
