package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.schoolrecords.pdf.ClassListRenderer;
import vn.schoolrecords.pdf.PageLayout;

/**
 * The raw-PDFBox baseline's fixture, shared by the PDF benchmarks so that every baseline draws
 * text the same way: the Liberation Serif faces records-pdf ships, embedded as subsets, pages of
 * the Decree 30 layout, and text as plain Tj operators (as our renderer writes them) or with
 * showText (which applies the fonts' GSUB tables).
 */
final class RawPdf {

    /** The faces, loaded into one document: regular, bold and italic. */
    record Fonts(PDFont regular, PDFont bold, PDFont italic) {
    }

    private RawPdf() {
    }

    /** @return the regular, bold and italic font files, read once per benchmark */
    static byte[][] fontFiles() {
        return new byte[][] {fontFile("Regular"), fontFile("Bold"), fontFile("Italic")};
    }

    /** Embeds the three faces in the document as subsets. */
    static Fonts load(PDDocument doc, byte[][] files) throws IOException {
        return new Fonts(PDType0Font.load(doc, new RandomAccessReadBuffer(files[0]), true, false),
                PDType0Font.load(doc, new RandomAccessReadBuffer(files[1]), true, false),
                PDType0Font.load(doc, new RandomAccessReadBuffer(files[2]), true, false));
    }

    /** @return the left edges of the columns given in percent of the area's width, and the right edge last */
    static float[] columns(PDRectangle area, float[] percents) {
        float[] x = new float[percents.length + 1];
        x[0] = area.getLowerLeftX();
        for (int i = 0; i < percents.length; i++) {
            x[i + 1] = x[i] + area.getWidth() * percents[i] / 100;
        }
        return x;
    }

    /** Adds a Decree 30 page and opens its content stream. */
    static PDPageContentStream page(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PageLayout.DECREE_30.mediaBox());
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }

    /** Draws one line: a plain Tj when {@code plain}, else showText. */
    static void text(boolean plain, PDPageContentStream content, PDFont font, float size, float x, float y,
            String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        if (plain) {
            byte[] encoded = font.encode(text);
            text.codePoints().forEach(font::addToSubset);
            ByteArrayOutputStream operation = new ByteArrayOutputStream(encoded.length * 2 + 8);
            COSWriter.writeString(encoded, operation);
            operation.write(' ');
            operation.write('T');
            operation.write('j');
            operation.write('\n');
            content.appendRawCommands(operation.toByteArray());
        } else {
            content.showText(text);
        }
        content.endText();
    }

    /** @return the size of the saved document */
    static int save(PDDocument doc, int capacity) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(capacity);
        doc.save(out);
        return out.size();
    }

    private static byte[] fontFile(String face) {
        try (InputStream in = ClassListRenderer.class.getResourceAsStream("fonts/LiberationSerif-" + face + ".ttf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
