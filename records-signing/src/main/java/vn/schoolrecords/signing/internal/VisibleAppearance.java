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
import java.util.regex.Pattern;

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
    private static final Pattern NUMBER_AND_SYMBOL =
            Pattern.compile("(0[1-9]|[1-9][0-9]+)(/[0-9]{4})?/\\p{L}[\\p{L}0-9]*(-[\\p{L}0-9]+)*");
    private static final float MM = 72f / 25.4f;
    /**
     * Decree 30's largest top and right margins (25 mm, 20 mm): an attachment's field placed
     * inside them is inside the text area of any page laid out within Decree 30's ranges.
     */
    private static final float TOP_MARGIN = 25 * MM;
    private static final float RIGHT_MARGIN = 20 * MM;

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
                "hình ảnh chữ ký có chữ cần một phông chữ TrueType có đủ chữ tiếng Việt",
                "an appearance with text needs a TrueType font with every Vietnamese letter"), null);
    }

    /**
     * Checks an attachment's number and symbol (Decree 30 Điều 15, Phụ lục I): the number in
     * Arabic digits, zero-padded below 10; an optional year for legal documents; then the symbol,
     * letters and digits in parts joined by hyphens (e.g. QĐ-THPT, TTr-UBND).
     *
     * @return the text in NFC, trimmed
     */
    public static String checkNumberAndSymbol(Optional<String> given) {
        if (given.isEmpty() || given.get().isBlank()) {
            throw new AppearanceException(Reason.ATTACHMENT_NUMBER_MISSING, LocalizedText.of(
                    "chữ ký trên văn bản kèm theo phải ghi số và ký hiệu của văn bản; hãy gọi numberAndSymbol",
                    "an attachment's signature shows the document's number and symbol; call numberAndSymbol"), null);
        }
        String text = Normalizer.normalize(given.get().strip(), Normalizer.Form.NFC);
        if (!NUMBER_AND_SYMBOL.matcher(text).matches()) {
            throw new AppearanceException(Reason.ATTACHMENT_NUMBER_MALFORMED, LocalizedText.of(
                    "số và ký hiệu \"" + text + "\" không đúng dạng 12/QĐ-THPT (số dưới 10 viết 01–09)",
                    "the number and symbol \"" + text + "\" is not of the form 12/QĐ-THPT (numbers below 10 as 01–09)"),
                    null);
        }
        return text;
    }

    /** A signing time as Decree 30 shows it: ISO 8601 to the second, Vietnam time, e.g. 2026-03-15T09:00:00+07:00. */
    public static String isoVietnamTime(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).atZone(PdfPreparation.VIETNAM).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
        if ((rect == null || rect.getWidth() <= 0 || rect.getHeight() <= 0)
                && appearance.kind() == SignatureAppearance.Kind.ATTACHMENT) {
            rect = placeAtTopRight(document, widget, appearance, signer);
        }
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
            } else if (appearance.kind() == SignatureAppearance.Kind.ATTACHMENT) {
                drawAttachment(document, content, appearance, signer, rect.getWidth(), rect.getHeight());
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
        lines.add("Thời gian ký: " + isoVietnamTime(signer.signingTime()));
        return lines;
    }

    /**
     * An attachment's two lines (Decree 30: the number and symbol plus the time): the number and
     * symbol as given, then the signing time alone, so that both read as Decree 30 writes them.
     */
    public static List<String> attachmentLines(SignatureAppearance appearance, Signer signer) {
        return List.of(appearance.numberAndSymbol().orElseThrow(), isoVietnamTime(signer.signingTime()));
    }

    /**
     * Gives a new field's widget its place on page 1: its top right corner at Decree 30's largest
     * top and right margins, its size that of the two lines at the largest text size.
     */
    private static PDRectangle placeAtTopRight(PDDocument document, PDAnnotationWidget widget,
            SignatureAppearance appearance, Signer signer) throws IOException {
        List<String> lines = attachmentLines(appearance, signer);
        byte[] fontBytes = appearance.font().orElseThrow(VisibleAppearance::fontMissing);
        requireGlyphs(fontBytes, lines);
        float widest;
        try (TrueTypeFont font = parse(fontBytes)) {
            widest = 0;
            float unitsPerEm = font.getUnitsPerEm();
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            for (String line : lines) {
                float width = 0;
                for (int c : line.codePoints().toArray()) {
                    width += font.getAdvanceWidth(cmap.getGlyphId(c)) * 1000f / unitsPerEm;
                }
                widest = Math.max(widest, width);
            }
        }
        float size = appearance.maxFontSize().floatValue();
        float width = widest / 1000f * size + 2 * PADDING + 1;
        float height = lines.size() * size * LEADING + 2 * PADDING;
        PDPage first = document.getPage(0);
        PDRectangle page = first.getCropBox();
        PDRectangle rect = new PDRectangle(page.getUpperRightX() - RIGHT_MARGIN - width,
                page.getUpperRightY() - TOP_MARGIN - height, width, height);
        widget.setRectangle(rect);
        widget.setPage(first);
        widget.setPrinted(true);
        if (indexOf(first.getAnnotations(), widget.getCOSObject()) < 0) {
            List<PDAnnotation> annotations = first.getAnnotations();
            annotations.add(widget);
            first.setAnnotations(annotations);
        }
        first.getCOSObject().setNeedToBeUpdated(true);
        return rect;
    }

    /** Decree 30: no image, the text in black, right-aligned towards the page's top right corner. */
    private static void drawAttachment(PDDocument document, PDPageContentStream content, SignatureAppearance appearance,
            Signer signer, float width, float height) throws IOException {
        List<String> lines = attachmentLines(appearance, signer);
        byte[] fontBytes = appearance.font().orElseThrow(VisibleAppearance::fontMissing);
        requireGlyphs(fontBytes, lines);
        PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(fontBytes), true);
        float inner = width - 2 * PADDING;
        float size = Math.min(appearance.maxFontSize().floatValue(), (height - 2 * PADDING) / (lines.size() * LEADING));
        for (String line : lines) {
            size = Math.min(size, inner * 1000f / font.getStringWidth(line));
        }
        float fontSize = size;
        float bottom = height - PADDING - lines.size() * size * LEADING;
        drawLines(content, font, lines, size, bottom,
                line -> width - PADDING - font.getStringWidth(line) / 1000f * fontSize);
    }

    /** Where a line starts, from its text. */
    @FunctionalInterface
    private interface LineStart {
        float x(String line) throws IOException;
    }

    /** Black lines from the top of a block whose bottom is given; baselines leave room for descenders. */
    private static void drawLines(PDPageContentStream content, PDType0Font font, List<String> lines, float size,
            float bottom, LineStart start) throws IOException {
        float leading = size * LEADING;
        float block = lines.size() * leading;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float y = bottom + block - (i + 1) * leading + (leading - size) + size * 0.22f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(start.x(line), y);
            content.showText(line);
            content.endText();
        }
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
        float block = lines.size() * size * LEADING;
        float bottom = image ? PADDING : (height - block) / 2;
        float fontSize = size;
        drawLines(content, font, lines, size, bottom, line -> (width - font.getStringWidth(line) / 1000f * fontSize) / 2);
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
