package vn.schoolrecords.signing.testpki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** Test PDFs made with PDFBox: pages of text and empty signature fields named by role. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A document of the given pages with empty signature fields on the last page, one per name. */
    public static byte[] withSignatureFields(int pages, String... fieldNames) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage last = null;
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 760);
                    content.setLeading(16);
                    content.showText("Hoc ba - test transcript, page " + p);
                    for (int line = 0; line < 30; line++) {
                        content.newLine();
                        content.showText("Subject " + line + ": 8.5 - Good; comment for line " + line + " of page " + p);
                    }
                    content.endText();
                }
                last = page;
            }
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            float x = 60;
            for (String name : fieldNames) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName(name);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(x, 80, 110, 60));
                widget.setPage(last);
                widget.setPrinted(true);
                last.getAnnotations().add(widget);
                form.getFields().add(field);
                x += 120;
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
