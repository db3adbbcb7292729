package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.pdf.internal.Canvas;
import vn.schoolrecords.pdf.internal.Decree30;
import vn.schoolrecords.pdf.internal.FontSet;
import vn.schoolrecords.pdf.internal.PdfA;
import vn.schoolrecords.pdf.internal.Rect;
import vn.schoolrecords.pdf.internal.Signatures;

/** The signer blocks of the toolkit, with a seal, in a PDF/A-3b document. */
class SignatureFieldsTest {

    @Test
    void subjectTeacherPrincipalAndSealFieldsKeepTheDocumentPdfA3b() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            try (Canvas canvas = new Canvas(doc, new FontSet(doc, PdfFonts.liberationSerif().faces()),
                    PageLayout.DECREE_30)) {
                canvas.newPage();
                canvas.advance(400);
                Decree30.signers(canvas, new Signatures(doc), List.of(
                        new Decree30.Signer("Giáo viên bộ môn", "Trần Thị Ngọc Ánh", "subject-TOAN", Optional.empty()),
                        new Decree30.Signer("KT. Hiệu trưởng\nPhó hiệu trưởng", "Lê Văn Đức", "principal",
                                Optional.of("school-seal"))));
            }
            PdfA.finish(doc, new PdfA.Description("Thử chữ ký", "Trường THCS Ba Đình", "Thử", Samples.CREATED),
                    new PdfA.Attachment("{}".getBytes(StandardCharsets.UTF_8), "x.json", "test/1"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfA.save(doc, out);
            pdf = out.toByteArray();
        }
        VeraPdf.assertPdfA3b(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Rect> fields = doc.getDocumentCatalog().getAcroForm().getFields().stream().collect(
                    Collectors.toMap(PDField::getPartialName, f -> Rect.of(f.getWidgets().get(0).getRectangle())));
            assertThat(fields).containsOnlyKeys("subject-TOAN", "principal", "school-seal");
            Rect principal = fields.get("principal");
            Rect seal = fields.get("school-seal");
            assertThat(seal.right()).isCloseTo(principal.x() + principal.width() / 3, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(seal.overlaps(principal)).isTrue();
            assertThat(fields.get("subject-TOAN").right()).isLessThanOrEqualTo(seal.x() + 0.01f);
        }
    }
}
