package vn.schoolrecords.signing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.AppearanceException;
import vn.schoolrecords.signing.AppearanceException.Reason;
import vn.schoolrecords.signing.SignatureAppearance;

/**
 * Draws a visible signature's appearance stream (Decree 30/2020 Phụ lục I) into the widget of
 * the field being signed, as part of the same incremental update; the fonts and images go in as
 * new objects of that update. The text is embedded as a subset of the caller's TrueType font, so
 * the document stays PDF/A; images keep their alpha as a soft mask, which PDF/A-2 and -3 allow
 * where the document has an output intent (ISO 19005-3 §6.2.10).
 */
public final class VisibleAppearance {

    /** Room between the field's edge and its content, in points. */
    private static final float PADDING = 2f;
    private static final float LEADING = 1.15f;
    /** Where the text is below the image, it takes at most this share of the field's height. */
    private static final float TEXT_SHARE_UNDER_IMAGE = 0.45f;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private VisibleAppearance() {
    }

    /** The words of the appearance that come from the request. */
    public record Signer(String name, Optional<String> title, Instant signingTime) {

        /** The signer's name as asked for, else the common name of the certificate. */
        public static Signer of(Optional<String> name, Optional<String> title, Instant signingTime,
                X509Certificate certificate) {
            return new Signer(name.orElseGet(() -> commonName(certificate)), title, signingTime);
        }
    }

    public static AppearanceException fontMissing() {
        return new AppearanceException(Reason.APPEARANCE_FONT_MISSING, LocalizedText.of(
                "hình ảnh chữ ký của người ký cần một phông chữ TrueType có đủ chữ tiếng Việt",
                "a signer's appearance needs a TrueType font with every Vietnamese letter"), null);
    }

    /** Parses the font once to refuse what is not TrueType before anything is signed. */
    public static void checkFont(byte[] trueType) {
        try (TrueTypeFont font = parse(trueType)) {
            if (font.getUnicodeCmapLookup(false) == null || font.getNumberOfGlyphs() == 0) {
                throw new IOException("no Unicode cmap or no glyphs");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppearanceException a) {
                throw a;
            }
            throw new AppearanceException(Reason.APPEARANCE_FONT_UNREADABLE, LocalizedText.of(
                    "phông chữ không phải là tệp TrueType đọc được", "the font is not a readable TrueType file"), e);
        }
    }

    /** Decodes the image once: a PNG or JPEG header on bytes that do not decode is refused too. */
    public static void checkImage(byte[] image) {
        if (!isPng(image) && !isJpeg(image)) {
            throw new AppearanceException(Reason.APPEARANCE_IMAGE_UNSUPPORTED, LocalizedText.of(
                    "hình ảnh chữ ký phải là PNG hoặc JPEG", "the signature image must be PNG or JPEG"), null);
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        if (decoded == null || decoded.getWidth() == 0 || decoded.getHeight() == 0) {
            throw unreadable(null);
        }
    }

    /**
     * Replaces the normal appearance of the field's widget. A widget without an area is left
     * alone: the signature stays invisible.
     */
    public static void paint(PDDocument document, PDSignatureField field, SignatureAppearance appearance,
            Signer signer) throws IOException {
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDRectangle rect = widget.getRectangle();
        if (rect == null || rect.getWidth() <= 0 || rect.getHeight() <= 0) {
            return;
        }
        if (appearance.overField().isPresent()) {
            rect = moveOver(document, widget, appearance.overField().get());
        }
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            if (appearance.kind() == SignatureAppearance.Kind.SEAL) {
                drawImage(document, content, appearance.image().orElseThrow(), 0, 0, rect.getWidth(), rect.getHeight());
            } else {
                drawSigner(document, content, appearance, signer, rect.getWidth(), rect.getHeight());
            }
        }
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(stream);
        widget.setAppearance(appearances);
        widget.getCOSObject().setNeedToBeUpdated(true);
    }

    /**
     * The lines below the image: who signed, as what, and when in ISO 8601 Vietnam time. Names
     * are composed (NFC): a decomposed "ê" plus a combining accent would be drawn as two glyphs
     * side by side, since PDFBox does not position combining marks.
     */
    public static List<String> lines(Signer signer) {
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + Normalizer.normalize(signer.name(), Normalizer.Form.NFC));
        signer.title().ifPresent(t -> lines.add("Chức vụ: " + Normalizer.normalize(t, Normalizer.Form.NFC)));
        lines.add("Thời gian ký: " + signer.signingTime().truncatedTo(ChronoUnit.SECONDS)
                .atZone(PdfPreparation.VIETNAM).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return lines;
    }

    private static void drawSigner(PDDocument document, PDPageContentStream content, SignatureAppearance appearance,
            Signer signer, float width, float height) throws IOException {
        byte[] fontBytes = appearance.font().orElseThrow(VisibleAppearance::fontMissing);
        List<String> lines = lines(signer);
        requireGlyphs(fontBytes, lines);
        PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(fontBytes), true);

        float inner = width - 2 * PADDING;
        boolean image = appearance.image().isPresent();
        float textRoom = (image ? height * TEXT_SHARE_UNDER_IMAGE : height - 2 * PADDING) / (lines.size() * LEADING);
        float size = Math.min(appearance.maxFontSize().floatValue(), textRoom);
        for (String line : lines) {
            size = Math.min(size, inner * 1000f / font.getStringWidth(line));
        }
        float leading = size * LEADING;
        float block = lines.size() * leading;
        float bottom = image ? PADDING : (height - block) / 2;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float x = (width - font.getStringWidth(line) / 1000f * size) / 2;
            // The first line on top; baselines leave room for descenders below.
            float y = bottom + block - (i + 1) * leading + (leading - size) + size * 0.22f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
        }
        if (image) {
            float y = bottom + block + PADDING;
            drawImage(document, content, appearance.image().get(), PADDING, y, inner, height - y - PADDING);
        }
    }

    private static void drawImage(PDDocument document, PDPageContentStream content, byte[] bytes, float x, float y,
            float width, float height) throws IOException {
        if (width <= 0 || height <= 0) {
            return;
        }
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(document, bytes, "image");
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, x + (width - w) / 2, y + (height - h) / 2, w, h);
    }

    private static void requireGlyphs(byte[] fontBytes, List<String> lines) {
        try (TrueTypeFont font = parse(fontBytes)) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            for (String line : lines) {
                int[] codePoints = line.codePoints().toArray();
                for (int c : codePoints) {
                    if (cmap.getGlyphId(c) == 0) {
                        String character = new String(Character.toChars(c));
                        throw new AppearanceException(Reason.APPEARANCE_FONT_LACKS_GLYPH, LocalizedText.of(
                                "phông chữ không có chữ \"" + character + "\" (U+" + Integer.toHexString(c).toUpperCase()
                                        + ")", "the font has no glyph for \"" + character + "\" (U+"
                                        + Integer.toHexString(c).toUpperCase() + ")"), null);
                    }
                }
            }
        } catch (IOException e) {
            throw new AppearanceException(Reason.APPEARANCE_FONT_UNREADABLE, LocalizedText.of(
                    "phông chữ không phải là tệp TrueType đọc được", "the font is not a readable TrueType file"), e);
        }
    }

    /**
     * Decree 30: the seal overlaps about the left third of the signer's signature. The seal keeps
     * its size (the smaller side of its field), its right edge a third into the other field, and
     * its centre on the other field's height; it is painted after that field, so on top of it.
     */
    private static PDRectangle moveOver(PDDocument document, PDAnnotationWidget seal, String fieldName)
            throws IOException {
        PDField anchor = document.getDocumentCatalog().getAcroForm(null) == null ? null
                : document.getDocumentCatalog().getAcroForm(null).getField(fieldName);
        PDAnnotationWidget target = anchor == null || anchor.getWidgets().isEmpty() ? null : anchor.getWidgets().get(0);
        PDRectangle a = target == null ? null : target.getRectangle();
        if (a == null || a.getWidth() <= 0 || a.getHeight() <= 0) {
            throw new AppearanceException(Reason.SEAL_ANCHOR_NOT_FOUND, LocalizedText.of(
                    "không có ô chữ ký \"" + fieldName + "\" hiện trên trang để đóng dấu chồng lên",
                    "no visible field \"" + fieldName + "\" for the seal to overlap"), null);
        }
        PDPage page = pageOf(document, seal);
        PDPage targetPage = pageOf(document, target);
        if (page == null || targetPage == null || page.getCOSObject() != targetPage.getCOSObject()) {
            throw new AppearanceException(Reason.SEAL_ANCHOR_ON_ANOTHER_PAGE, LocalizedText.of(
                    "ô đóng dấu và ô chữ ký \"" + fieldName + "\" không cùng một trang",
                    "the seal's field and field \"" + fieldName + "\" are not on the same page"), null);
        }
        PDRectangle own = seal.getRectangle();
        float size = Math.min(own.getWidth(), own.getHeight());
        PDRectangle moved = new PDRectangle(a.getLowerLeftX() + a.getWidth() / 3 - size,
                a.getLowerLeftY() + (a.getHeight() - size) / 2, size, size);
        seal.setRectangle(moved);
        List<PDAnnotation> annotations = page.getAnnotations();
        int sealAt = indexOf(annotations, seal.getCOSObject());
        if (sealAt < indexOf(annotations, target.getCOSObject())) {
            PDAnnotation removed = annotations.remove(sealAt);
            annotations.add(removed);
            page.setAnnotations(annotations);
            page.getCOSObject().setNeedToBeUpdated(true);
        }
        return moved;
    }

    private static PDPage pageOf(PDDocument document, PDAnnotationWidget widget) throws IOException {
        for (PDPage page : document.getPages()) {
            if (indexOf(page.getAnnotations(), widget.getCOSObject()) >= 0) {
                return page;
            }
        }
        return null;
    }

    private static int indexOf(List<PDAnnotation> annotations, COSDictionary annotation) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).getCOSObject() == annotation) {
                return i;
            }
        }
        return -1;
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static boolean isPng(byte[] b) {
        if (b.length < PNG.length) {
            return false;
        }
        for (int i = 0; i < PNG.length; i++) {
            if (b[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static AppearanceException unreadable(Exception e) {
        return new AppearanceException(Reason.APPEARANCE_IMAGE_UNREADABLE, LocalizedText.of(
                "không giải mã được hình ảnh chữ ký hoặc con dấu", "the signature or seal image cannot be decoded"), e);
    }

    private static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
