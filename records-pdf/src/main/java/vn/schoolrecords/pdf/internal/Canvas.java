package vn.schoolrecords.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.schoolrecords.pdf.PageLayout;

/**
 * Pages filled from top to bottom inside the margins of a {@link PageLayout}. The cursor is the
 * top of the free space on the current page; drawing below the bottom margin is never done —
 * callers ask {@link #fits} and {@link #newPage} first. Every drawing is recorded as a
 * {@link Box}. One canvas per rendering; not thread-safe.
 */
public final class Canvas implements AutoCloseable {

    /** Where text sits within its line or column. */
    public enum Align { LEFT, CENTER, RIGHT }

    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    private final PDDocument doc;
    private final FontSet fonts;
    private final PageLayout layout;
    private final Rect area;
    private final List<Box> boxes = new ArrayList<>();
    private IntConsumer onNewPage = page -> { };
    private PDPage page;
    private PDPageContentStream content;
    /** The stream {@link #content} writes to, uncompressed until {@link #closeContent} deflates it. */
    private COSStream contentStream;
    private int pageIndex = -1;
    private float cursor;

    public Canvas(PDDocument doc, FontSet fonts, PageLayout layout) {
        this.doc = doc;
        this.fonts = fonts;
        this.layout = layout;
        this.area = Rect.of(layout.contentArea());
    }

    /** What to draw on each new page (page numbers, running footers), given its index from 0. */
    public void onNewPage(IntConsumer decorator) {
        this.onNewPage = decorator;
    }

    /** Adds a drawing to every new page after what {@link #onNewPage} set, e.g. a "BẢN SAO" stamp. */
    public void alsoOnNewPage(IntConsumer decorator) {
        this.onNewPage = onNewPage.andThen(decorator);
    }

    public PDDocument document() {
        return doc;
    }

    public FontSet fonts() {
        return fonts;
    }

    public PageLayout layout() {
        return layout;
    }

    /** The area inside the margins. */
    public Rect area() {
        return area;
    }

    public PDPage page() {
        return page;
    }

    public int pageIndex() {
        return pageIndex;
    }

    public float cursor() {
        return cursor;
    }

    public void moveTo(float y) {
        cursor = y;
    }

    public void advance(float height) {
        cursor -= height;
    }

    /** The space left on this page. */
    public float remaining() {
        return cursor - area.y();
    }

    public boolean fits(float height) {
        return height <= remaining() + Rect.EPSILON;
    }

    /** Starts a page if the height does not fit on this one. */
    public void ensure(float height) {
        if (!fits(height)) {
            newPage();
        }
    }

    public void newPage() {
        closeContent();
        page = new PDPage(layout.mediaBox());
        doc.addPage(page);
        pageIndex++;
        try {
            // Written plain and deflated on closing, at our level (Flate) rather than PDFBox's.
            content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contentStream = lastContentStream();
        cursor = area.top();
        onNewPage.accept(pageIndex);
    }

    /**
     * Goes back to an earlier page to add to it, e.g. "Trang x/y" once the total is known; what
     * is drawn then goes after that page's content. The cursor is left as it was.
     */
    public void revisit(int index) {
        closeContent();
        page = doc.getPage(index);
        pageIndex = index;
        try {
            content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contentStream = lastContentStream();
    }

    /** Draws one line of text whose top is at {@code top}, which must fit in {@code limit}. */
    public Rect text(String text, Style style, float x, float top, Rect limit) {
        return text(text, style, x, top, limit, Box.Kind.TEXT);
    }

    /** Draws a line of text in a margin (page number, print date). */
    public Rect marginText(String text, Style style, float x, float top) {
        return text(text, style, x, top, Rect.of(page.getMediaBox()), Box.Kind.MARGIN_TEXT);
    }

    private Rect text(String text, Style style, float x, float top, Rect limit, Box.Kind kind) {
        float width = fonts.width(text, style);
        try {
            PDType0Font font = fonts.font(style.face());
            content.beginText();
            content.setFont(font, style.size());
            content.newLineAtOffset(x, top - style.ascent());
            showPlain(font, text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw FontSet.missingGlyph(style.face(), text, e);
        }
        Rect bounds = new Rect(x, top - style.leading(), width, style.leading());
        boxes.add(new Box(pageIndex, kind, bounds, limit, text));
        return bounds;
    }

    /**
     * Shows a text glyph for character, as {@link #text} measured it. PDFBox's showText would
     * apply the font's GSUB ligatures (so the drawn width could differ from the measured one)
     * and, with Liberation Serif, allocates about 300 kB per call doing so.
     */
    private void showPlain(PDType0Font font, String text) throws IOException {
        byte[] encoded = font.encode(text);
        text.codePoints().forEach(font::addToSubset);
        ByteArrayOutputStream operation = new ByteArrayOutputStream(encoded.length * 2 + 8);
        COSWriter.writeString(encoded, operation);
        operation.write(SHOW_TEXT);
        content.appendRawCommands(operation.toByteArray());
    }

    /**
     * Wraps a text to a column and draws it at the cursor, line by line, moving the cursor down
     * and starting a new page when a line does not fit.
     *
     * @return the width of each line drawn
     */
    public List<Float> paragraph(String text, Style style, Align align, float x, float width) {
        List<Float> widths = new ArrayList<>();
        for (String line : Lines.wrap(text, fonts, style, width)) {
            ensure(style.leading());
            float w = fonts.width(line, style);
            float left = switch (align) {
                case LEFT -> x;
                case CENTER -> x + (width - w) / 2;
                case RIGHT -> x + width - w;
            };
            text(line, style, left, cursor, new Rect(x, cursor - style.leading(), width, style.leading()));
            widths.add(w);
            advance(style.leading());
        }
        return widths;
    }

    /** The height {@link #paragraph} would take. */
    public float paragraphHeight(String text, Style style, float width) {
        return Lines.wrap(text, fonts, style, width).size() * style.leading();
    }

    /** A horizontal rule. */
    public void rule(float x1, float x2, float y, float lineWidth) {
        try {
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y);
            content.lineTo(x2, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boxes.add(new Box(pageIndex, Box.Kind.RULE, new Rect(x1, y, x2 - x1, 0), area, ""));
    }

    /** The outline of a rectangle, e.g. a table cell. */
    public void frame(Rect r, float lineWidth) {
        try {
            content.setLineWidth(lineWidth);
            content.addRect(r.x(), r.y(), r.width(), r.height());
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boxes.add(new Box(pageIndex, Box.Kind.CELL, r, area, ""));
    }

    public void image(PDImageXObject image, Rect r) {
        try {
            content.drawImage(image, r.x(), r.y(), r.width(), r.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boxes.add(new Box(pageIndex, Box.Kind.IMAGE, r, area, ""));
    }

    /** Records a box drawn by other means, such as a signature field. */
    public void record(Box.Kind kind, Rect bounds, String text) {
        boxes.add(new Box(pageIndex, kind, bounds, area, text));
    }

    /** Everything drawn so far. */
    public List<Box> boxes() {
        return Collections.unmodifiableList(boxes);
    }

    /** The page's stream that a content stream just opened writes to: the last of its contents. */
    private COSStream lastContentStream() {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        return (COSStream) (contents instanceof COSArray array ? array.getObject(array.size() - 1) : contents);
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Flate.compress(contentStream);
            content = null;
            contentStream = null;
        }
    }

    /** Ends the last page's content; the document stays open. */
    @Override
    public void close() {
        closeContent();
    }
}
