package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.school.Student;

class ClassListRendererTest {

    private static final byte[] SAMPLE = Samples.render(Samples.CLASS_LIST, Samples.OPTIONS);

    @Test
    void theSampleClassListIsPdfA3b() {
        VeraPdf.assertPdfA3b(SAMPLE);
    }

    @Test
    void theValidatorRejectsAPlainPdfSoItsVerdictMeansSomething() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThatThrownBy(() -> VeraPdf.assertPdfA3b(out.toByteArray())).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("PDF/A-3b failures");
        }
    }

    @Test
    void aBrandedClassListWithAPngOrJpegLogoIsPdfA3b() throws IOException {
        for (String format : List.of("png", "jpg")) {
            SchoolBranding branding = SchoolBranding.of("Trường THPT Chuyên Nguyễn Huệ", "Sở Giáo dục và Đào tạo Hà Nội")
                    .withLogo(logo(format));
            byte[] pdf = Samples.render(Samples.CLASS_LIST,
                    Samples.OPTIONS.toBuilder().branding(branding).printDate(LocalDate.of(2026, 1, 9)).build());
            VeraPdf.assertPdfA3b(pdf);
            String text = text(pdf, 1, 1);
            assertThat(text).contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "TRƯỜNG THPT CHUYÊN NGUYỄN HUỆ",
                    "ngày 09 tháng 01 năm 2026", "Ngày in: 09/01/2026");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(1);
            }
        }
    }

    @Test
    void theTextExtractsToTheExactVietnameseStrings() throws IOException {
        String page1 = text(SAMPLE, 1, 1);
        String all = text(SAMPLE, 1, 2);
        assertThat(page1).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                Samples.ROSTER.school().province() + ", ngày 05 tháng 9 năm 2025",
                Samples.ROSTER.school().name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "DANH SÁCH HỌC SINH",
                "Lớp " + Samples.CLASS_LIST.classGroup().name() + " - Năm học 2025-2026",
                "Giáo viên chủ nhiệm: " + Samples.CLASS_LIST.homeroomTeacher().fullName(),
                "Sĩ số: 45 học sinh",
                "STT Họ và tên Ngày sinh Giới tính Dân tộc Nơi sinh");
        int n = 1;
        for (Student s : Samples.CLASS_LIST.students()) {
            assertThat(all).contains(n++ + " " + s.fullName() + " " + s.dateOfBirth().format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " " + s.gender().vietnameseName()
                    + " " + s.ethnicity() + " " + s.placeOfBirth());
        }
        assertThat(all).contains("GIÁO VIÊN CHỦ NHIỆM", "HIỆU TRƯỞNG", Samples.CLASS_LIST.principal().orElseThrow().fullName());
    }

    @Test
    void theSecondPageHasItsNumberTheRepeatedHeaderAndThePrintDate() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(text(SAMPLE, 1, 1)).doesNotStartWith("1 ").contains("Ngày in: 05/09/2025");
        assertThat(text(SAMPLE, 2, 2)).startsWith("2 ").contains("STT Họ và tên Ngày sinh", "Ngày in: 05/09/2025");
    }

    @Test
    void theEmbeddedJsonRoundTripsToTheClassRecord() {
        assertThat(EmbeddedRecords.extract(SAMPLE, vn.schoolrecords.core.school.SchoolRoster.class))
                .isEqualTo(Samples.CLASS_LIST.record());
        assertThat(ClassList.of(Samples.CLASS_LIST.record(), Samples.CLASS_LIST.classGroup().id()))
                .isEqualTo(Samples.CLASS_LIST);
    }

    @Test
    void theMetadataIsXmpPdfA3bConsistentWithTheDocumentInformation() throws Exception {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle())
                    .isEqualTo("Danh sách học sinh lớp " + Samples.CLASS_LIST.classGroup().name() + " - Năm học 2025-2026");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
            Calendar created = xmp.getXMPBasicSchema().getCreateDate();
            assertThat(created.toInstant()).isEqualTo(Samples.CREATED).isEqualTo(info.getCreationDate().toInstant());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF)).hasSize(1);
        }
    }

    @Test
    void emptySignatureFieldsForTheHomeroomTeacherAndThePrincipalSitInTheSignerBlocks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SAMPLE)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertThat(form.getNeedAppearances()).isFalse();
            assertThat(form.getFields()).extracting(PDField::getPartialName)
                    .containsExactly(ClassListRenderer.HOMEROOM_FIELD, ClassListRenderer.PRINCIPAL_FIELD);
            PDRectangle area = PageLayout.DECREE_30.contentArea();
            float[] lefts = new float[2];
            int i = 0;
            for (PDField field : form.getFields()) {
                assertThat(field).isInstanceOf(PDSignatureField.class);
                assertThat(((PDSignatureField) field).getValue()).isNull();
                PDAnnotationWidget widget = field.getWidgets().get(0);
                assertThat(widget.isPrinted()).isTrue();
                assertThat(widget.getAppearance().getNormalAppearance().isStream()).isTrue();
                PDRectangle r = widget.getRectangle();
                assertThat(r.getLowerLeftX()).isGreaterThanOrEqualTo(area.getLowerLeftX());
                assertThat(r.getUpperRightX()).isLessThanOrEqualTo(area.getUpperRightX());
                assertThat(r.getLowerLeftY()).isGreaterThanOrEqualTo(area.getLowerLeftY());
                assertThat(doc.getPage(1).getAnnotations()).contains(widget);
                lefts[i++] = r.getLowerLeftX();
            }
            // The principal signs on the right, the homeroom teacher to the left.
            assertThat(lefts[1]).isGreaterThan(area.getLowerLeftX() + area.getWidth() / 2);
            assertThat(lefts[0]).isLessThan(lefts[1]);
        }
    }

    @Test
    void theSameRecordAndOptionsGiveTheSameBytes() {
        assertThat(Samples.render(Samples.CLASS_LIST, Samples.OPTIONS)).isEqualTo(SAMPLE);
        assertThat(Samples.render(Samples.CLASS_LIST, PdfOptions.of(Instant.parse("2025-09-05T01:30:01Z"))))
                .isNotEqualTo(SAMPLE);
    }

    @Test
    void theCallersStreamIsFlushedAndNeverClosed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ClassListRenderer().render(Samples.CLASS_LIST, Samples.OPTIONS, out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).isEqualTo(SAMPLE);
    }

    @Test
    void aLogoThatIsNotAnImageIsATypedError() {
        SchoolBranding branding = SchoolBranding.of("Trường Tiểu học Kim Đồng", "Phòng Giáo dục và Đào tạo Quận 1");
        for (byte[] bad : List.of("GIF89a....".getBytes(), "<svg/>".getBytes(), new byte[0],
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})) {
            assertThatThrownBy(() -> branding.withLogo(bad)).isInstanceOfSatisfying(PdfImageException.class, e -> {
                assertThat(e.code()).isEqualTo("PDF_IMAGE_INVALID");
                assertThat(e.text().vi()).contains("PNG hoặc JPEG");
            });
        }
    }

    @Test
    void aNameWithACharacterTheFontLacksIsATypedError() {
        Student first = Samples.CLASS_LIST.students().get(0);
        Student renamed = new Student(first.id(), first.personalId(), "Lý 李 Minh", first.dateOfBirth(),
                first.gender(), first.ethnicity(), first.placeOfBirth());
        ClassList list = ClassListProperties.withStudents(List.of(renamed));
        assertThatThrownBy(() -> Samples.render(list, Samples.OPTIONS))
                .isInstanceOfSatisfying(PdfFontException.class, e -> assertThat(e.face()).isEqualTo("regular"));
    }

    @Test
    void aClassTheRosterDoesNotHaveIsATypedError() {
        assertThatThrownBy(() -> ClassList.of(Samples.ROSTER, "no-such-class"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no-such-class");
    }

    static String text(byte[] pdf, int from, int to) throws IOException {
        return PdfTexts.text(pdf, from, to);
    }

    static byte[] logo(String format) throws IOException {
        boolean png = format.equals("png");
        BufferedImage image = new BufferedImage(120, 120, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (!png) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 120);
        }
        g.setColor(new Color(200, 20, 20));
        g.fillOval(5, 5, 110, 110);
        g.setColor(Color.YELLOW);
        g.fillOval(40, 40, 40, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
