package vn.schoolrecords.signing.testpki;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A PDF/A-3b transcript page laid out the way records-pdf lays out Decree 30's signer blocks
 * (records-signing may not use records-pdf): empty signature fields named by role, each the
 * 150 × 64 pt room for a signature image under its printed title, and the seal's 40 mm square
 * either over the left third of the principal's field or, for the tests that move it, elsewhere.
 */
public final class PdfA3Transcripts {

    /** The fields' rectangles, by name, in the order their widgets are on the page. */
    public static final Map<String, PDRectangle> OVERLAPPING = layout(true);
    public static final Map<String, PDRectangle> SEAL_ELSEWHERE = layout(false);

    private static final float SEAL = 113.4f;

    private PdfA3Transcripts() {
    }

    private static Map<String, PDRectangle> layout(boolean sealOverPrincipal) {
        Map<String, PDRectangle> fields = new LinkedHashMap<>();
        PDRectangle principal = new PDRectangle(360, 150, 150, 64);
        if (!sealOverPrincipal) {
            // Before the principal's widget: signing it must move it on top.
            fields.put("school-seal", new PDRectangle(60, 40, SEAL, SEAL));
        }
        fields.put("subject-TOAN", new PDRectangle(80, 330, 150, 64));
        fields.put("homeroom", new PDRectangle(360, 330, 150, 64));
        fields.put("principal", principal);
        if (sealOverPrincipal) {
            fields.put("school-seal", new PDRectangle(principal.getLowerLeftX() + principal.getWidth() / 3 - SEAL,
                    principal.getLowerLeftY() + (principal.getHeight() - SEAL) / 2, SEAL, SEAL));
        }
        return fields;
    }

    /** The transcript with the given field layout, PDF/A-3b, text in the given embedded font. */
    public static byte[] transcript(byte[] trueType, Map<String, PDRectangle> fields) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.setVersion(1.7f);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(trueType), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, font, 13, 85, 780, "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI");
                text(content, font, 13, 85, 762, "TRƯỜNG THPT THỬ NGHIỆM");
                text(content, font, 14, 200, 720, "HỌC BẠ — Năm học 2025-2026");
                text(content, font, 12, 85, 690, "Họ và tên: Nguyễn Thị Ánh Tuyết — Lớp 10A1");
                text(content, font, 12, 85, 672, "Toán 8,5 · Ngữ văn 7,8 · Tiếng Anh 9,0 · Lịch sử 8,0");
                text(content, font, 13, 80, 400, "GIÁO VIÊN BỘ MÔN");
                text(content, font, 13, 360, 400, "GIÁO VIÊN CHỦ NHIỆM");
                text(content, font, 13, 380, 225, "HIỆU TRƯỞNG");
            }
            PDAcroForm form = new PDAcroForm(document);
            form.setNeedAppearances(false);
            document.getDocumentCatalog().setAcroForm(form);
            for (Map.Entry<String, PDRectangle> entry : fields.entrySet()) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName(entry.getKey());
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(entry.getValue());
                widget.setPage(page);
                widget.setPrinted(true);
                PDAppearanceStream empty = new PDAppearanceStream(document);
                empty.setBBox(new PDRectangle(entry.getValue().getWidth(), entry.getValue().getHeight()));
                empty.setResources(new PDResources());
                PDAppearanceDictionary appearance = new PDAppearanceDictionary();
                appearance.setNormalAppearance(empty);
                widget.setAppearance(appearance);
                page.getAnnotations().add(widget);
                form.getFields().add(field);
            }
            pdfA3b(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** XMP with the PDF/A-3b identification and the JDK's sRGB profile as the output intent. */
    private static void pdfA3b(PDDocument document) throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        created.setTimeInMillis(1_773_540_000_000L);
        document.getDocumentInformation().setCreationDate(created);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        xmp.createAndAddXMPBasicSchema().setCreateDate(created);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(3);
            id.setConformance("B");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(bytes.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException(e);
        }
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
