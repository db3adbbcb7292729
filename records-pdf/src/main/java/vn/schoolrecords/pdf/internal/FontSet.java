package vn.schoolrecords.pdf.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.pdf.PdfFontException;

/**
 * The fonts of one document, each face loaded on first use and embedded as a subset. Belongs to
 * one rendering; not shared between threads.
 */
public final class FontSet {

    private final PDDocument doc;
    private final byte[][] faces;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
    /** Advance widths in font units per code point, per face: PDFBox's getStringWidth re-encodes and re-parses every time. */
    private final Map<Face, Map<Integer, Float>> advances = new EnumMap<>(Face.class);

    /**
     * @param doc the document the fonts are embedded in
     * @param faces the TrueType bytes of the four faces, in {@link Face} order; never modified
     */
    public FontSet(PDDocument doc, byte[][] faces) {
        this.doc = doc;
        this.faces = faces;
    }

    public PDType0Font font(Face face) {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            try {
                // The document closes the parsed font; the bytes are wrapped, not copied.
                font = PDType0Font.load(doc, new RandomAccessReadBuffer(faces[face.ordinal()]), true, false);
            } catch (IOException e) {
                throw new PdfFontException(face.label(), LocalizedText.of(
                        "không đọc được phông chữ " + face.label(), "the " + face.label() + " font cannot be read"), e);
            }
            loaded.put(face, font);
        }
        return font;
    }

    /** The width of a text on one line, in points: the sum of its characters' advances, no kerning. */
    public float width(String text, Style style) {
        Map<Integer, Float> known = advances.computeIfAbsent(style.face(), f -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Float advance = known.get(cp);
            if (advance == null) {
                try {
                    advance = font(style.face()).getStringWidth(Character.toString(cp));
                } catch (IOException | IllegalArgumentException e) {
                    throw missingGlyph(style.face(), text, e);
                }
                known.put(cp, advance);
            }
            units += advance;
            i += Character.charCount(cp);
        }
        return units / 1000f * style.size();
    }

    static PdfFontException missingGlyph(Face face, String text, Exception cause) {
        return new PdfFontException(face.label(), LocalizedText.of(
                "phông chữ " + face.label() + " không in được văn bản: " + text,
                "the " + face.label() + " font cannot print the text: " + text), cause);
    }
}
