package vn.schoolrecords.pdf.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.pdf.PdfFontException;

/**
 * The fonts of one document, each face loaded on first use and embedded as a subset. Belongs to
 * one rendering; not shared between threads.
 *
 * <p>Parsing a TrueType face allocates about 2.5 MB and takes most of a rendering's time, so the
 * parsed faces (and their measured advances) of a font family are pooled and reused by later
 * renderings: a parsed face serves one document at a time — PDFBox's {@code TrueTypeFont} reads
 * some tables lazily and is not thread-safe — and returns to the pool through {@link #release}
 * once its document is saved, the subset written. A document never released simply lets its
 * faces be collected. The pools are weakly keyed by the family's bytes, so a vendor's family
 * that is no longer used goes away with them.
 */
public final class FontSet {

    /** How many parsed families a pool keeps for later renderings: about one per busy thread. */
    private static final int POOL_SIZE = 4;
    private static final Map<byte[][], Queue<Parsed>> POOLS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<PDDocument, Parsed> BORROWED = Collections.synchronizedMap(new WeakHashMap<>());

    /** The parsed faces of one family and their advance widths, used by one document at a time. */
    private static final class Parsed {
        final byte[][] key;
        final TrueTypeFont[] faces = new TrueTypeFont[Face.values().length];
        /** Advance widths in font units per code point, per face: PDFBox's getStringWidth re-encodes every time. */
        final Map<Face, Map<Integer, Float>> advances = new EnumMap<>(Face.class);

        Parsed(byte[][] key) {
            this.key = key;
        }
    }

    private final PDDocument doc;
    private final byte[][] faces;
    private final Parsed parsed;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    /**
     * @param doc the document the fonts are embedded in
     * @param faces the TrueType bytes of the four faces, in {@link Face} order; never modified
     */
    public FontSet(PDDocument doc, byte[][] faces) {
        this.doc = doc;
        this.faces = faces;
        Parsed pooled = POOLS.computeIfAbsent(faces, k -> new ConcurrentLinkedQueue<>()).poll();
        this.parsed = pooled != null ? pooled : new Parsed(faces);
        BORROWED.put(doc, parsed);
    }

    /** Gives the parsed faces a saved document used back to their pool. */
    public static void release(PDDocument doc) {
        Parsed p = BORROWED.remove(doc);
        if (p != null) {
            Queue<Parsed> pool = POOLS.get(p.key);
            if (pool != null && pool.size() < POOL_SIZE) {
                pool.offer(p);
            }
        }
    }

    public PDType0Font font(Face face) {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            try {
                TrueTypeFont ttf = parsed.faces[face.ordinal()];
                if (ttf == null) {
                    // The parser copies the bytes it reads; the family's bytes are never modified.
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(faces[face.ordinal()]));
                    parsed.faces[face.ordinal()] = ttf;
                }
                // Not closed with the document: the parsed face outlives it, in the pool.
                font = PDType0Font.load(doc, ttf, true);
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
        Map<Integer, Float> known = parsed.advances.computeIfAbsent(style.face(), f -> new HashMap<>());
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
