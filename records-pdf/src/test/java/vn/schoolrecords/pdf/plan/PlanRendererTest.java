package vn.schoolrecords.pdf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.pdf.plan.PlanSamples.OPTIONS;
import static vn.schoolrecords.pdf.plan.PlanSamples.ROSTER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.plan.PlanPolicy;
import vn.schoolrecords.core.plan.PlanStatus;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.pdf.PdfTexts;
import vn.schoolrecords.pdf.VeraPdf;
import vn.schoolrecords.pdf.internal.PdfA;

class PlanRendererTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Test
    void everyKindOfPlanIsPdfA3bWithItsFrameTitleAndItsJsonInside() throws IOException {
        for (Plan plan : List.of(PlanSamples.lesson(), PlanSamples.teacherPlanWithAReturn(), PlanSamples.teachingPlan(),
                PlanSamples.activityPlan(), PlanSamples.schoolPlan())) {
            byte[] pdf = PlanSamples.render(PlanPrintout.of(plan, ROSTER), OPTIONS);
            VeraPdf.assertPdfA3b(pdf);
            List<String> pages = PdfTexts.pages(pdf);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).contains("Ngày in: 01/10/2025", "Trang " + (i + 1) + "/" + pages.size());
            }
            String all = String.join(" ", pages);
            assertThat(all).contains(plan.header().kind().vietnameseName().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    "Mã kế hoạch: " + plan.header().planId(), "Quá trình nộp và duyệt");
            PdfA.Attachment a = PdfA.extractAll(pdf).get(0);
            assertThat(a.schema()).isEqualTo(Plan.SCHEMA);
            assertThat(RecordsJson.read(new String(a.json(), StandardCharsets.UTF_8), Plan.class)).isEqualTo(plan);
        }
    }

    @Test
    void theApprovalTrailShowsWhoDidWhatWhenWithTheContentHashes() throws IOException {
        Plan plan = PlanSamples.teacherPlanWithAReturn();
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        PlanPrintout printout = PlanPrintout.of(plan, ROSTER);
        assertThat(printout.version().number()).isEqualTo(2);
        String all = PdfTexts.text(PlanSamples.render(printout, OPTIONS), 1, 99);
        String compact = all.replace(" ", "");
        assertThat(all).contains("KẾ HOẠCH GIÁO DỤC CỦA GIÁO VIÊN", "Giáo viên: " + PlanSamples.TEACHER_STAFF.fullName(),
                "phiên bản 2; trạng thái: đã phê duyệt", "Bài 2. Cộng, trừ, nhân, chia số hữu tỉ",
                "Bồi dưỡng học sinh giỏi Toán 7", "Lưu bản dự thảo", "Trả lại - Tổ trưởng / nhóm trưởng chuyên môn",
                "Duyệt - Tổ trưởng / nhóm trưởng chuyên môn", "TỔ TRƯỞNG CHUYÊN MÔN");
        assertThat(compact).contains("Bổsungnhiệmvụbồidưỡnghọcsinhgiỏi", "Đãbổsungtheogópý");
        // Every step's time and every content hash, wrapped in its cell but whole.
        for (Plan.Version v : plan.versions()) {
            assertThat(compact).contains(v.contentHash().toString());
            assertThat(all).contains(v.savedAt().atZone(PlanPolicy.ZONE).format(WHEN));
        }
        plan.approvals().forEach(a -> assertThat(all).contains(a.at().atZone(PlanPolicy.ZONE).format(WHEN)));
        plan.feedback().forEach(f -> assertThat(all).contains(f.at().atZone(PlanPolicy.ZONE).format(WHEN)));
        assertThat(all).contains(PlanSamples.LEADER_STAFF.fullName());
    }

    @Test
    void aLessonPlanPrintsThePhuLucIvFrameAndItsFiles() throws IOException {
        Plan plan = PlanSamples.lesson();
        byte[] pdf = PlanSamples.render(PlanPrintout.of(plan, ROSTER), OPTIONS);
        String all = PdfTexts.text(pdf, 1, PdfTexts.pageCount(pdf));
        assertThat(all).contains("KẾ HOẠCH BÀI DẠY", "Tên bài dạy: Bài 1. Tập hợp các số hữu tỉ", "Ngày dạy: 15/09/2025",
                "I. Mục tiêu", "1. Về kiến thức", "2. Về năng lực", "3. Về phẩm chất",
                "II. Thiết bị dạy học và học liệu", "III. Tiến trình dạy học", "Hoạt động 1: Mở đầu",
                "Hoạt động 4: Vận dụng", "a) Mục tiêu: học sinh Ặng Ữ Ệ", "d) Tổ chức thực hiện: học sinh Ặng Ữ Ệ",
                "Tệp đính kèm", "KHBD-Toan7-Bai1.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .containsExactly(PlanRenderer.AUTHOR_FIELD, "subject-group-leader");
        }
    }

    @Test
    void theSchoolPlanShowsItsReportAndTheCouncilsField() throws IOException {
        Plan plan = PlanSamples.schoolPlan();
        byte[] pdf = PlanSamples.render(PlanPrintout.of(plan, ROSTER), OPTIONS);
        String all = PdfTexts.text(pdf, 1, PdfTexts.pageCount(pdf));
        assertThat(all).contains("KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG", "I. Căn cứ xây dựng kế hoạch", "Gửi báo cáo",
                "Duyệt - Hội đồng trường", "trạng thái: đã gửi báo cáo");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                    .containsExactly(PlanRenderer.AUTHOR_FIELD, "school-council");
        }
    }

    @Test
    void popplerRendersEveryPageAndNoneIsBlank(@TempDir Path dir) throws Exception {
        var pdftoppm = PdfTexts.pdftoppm();
        org.junit.jupiter.api.Assumptions.assumeTrue(pdftoppm.isPresent(), "pdftoppm (poppler-utils) is not installed");
        byte[] pdf = PlanSamples.render(PlanPrintout.of(PlanSamples.teachingPlan(), ROSTER), OPTIONS);
        List<Path> pngs = PdfTexts.png(pdftoppm.get(), pdf, dir, 30);
        assertThat(pngs).hasSize(PdfTexts.pageCount(pdf));
        // The last page may hold little more than the signer blocks.
        for (Path png : pngs) {
            assertThat(PdfTexts.inkedShare(png)).isGreaterThan(0.002);
        }
    }

    @Test
    void aRosterOfAnotherSchoolIsATypedError() {
        Plan plan = PlanSamples.lesson();
        assertThatThrownBy(() -> PlanPrintout.of(plan, SampleSchools.secondary(2)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("PlanPrint.school"));
    }
}
