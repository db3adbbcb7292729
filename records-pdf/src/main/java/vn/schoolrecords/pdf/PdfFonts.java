package vn.schoolrecords.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import vn.schoolrecords.core.LocalizedText;

/**
 * The font family (họ phông chữ) a document is printed in: four TrueType faces — regular, bold,
 * italic, bold italic — embedded in each PDF as subsets holding only the glyphs used.
 *
 * <p>The default, {@link #liberationSerif()}, is Liberation Serif 2.1.5, bundled with this
 * module under the SIL Open Font License 1.1: metric-compatible with Times New Roman, which
 * Decree 30/2020 prescribes, and covering every Vietnamese letter. A vendor may pass its own
 * faces with {@link #of}; each is checked to be a readable font with every Vietnamese letter.
 */
public final class PdfFonts {

    private static final String[] FACE_NAMES = {"regular", "bold", "italic", "bold-italic"};

    /** Every letter of the Vietnamese alphabet with every tone, both cases, and đ/Đ. */
    static final String VIETNAMESE_LETTERS = vietnameseLetters();

    private final String familyName;
    private final byte[][] faces;

    private PdfFonts(String familyName, byte[][] faces) {
        this.familyName = familyName;
        this.faces = faces;
    }

    /**
     * The bundled Liberation Serif, the default.
     *
     * @return the font family, not null
     */
    public static PdfFonts liberationSerif() {
        return Bundled.LIBERATION_SERIF;
    }

    /**
     * A vendor's own font family, checked now: each face must be a TrueType (or OpenType with
     * TrueType outlines) font with a glyph for every Vietnamese letter.
     *
     * @param familyName the family's name, for people, e.g. {@code Times New Roman}, not null
     * @param regular the regular face's font file, not null; copied
     * @param bold the bold face, not null; copied
     * @param italic the italic face, not null; copied
     * @param boldItalic the bold italic face, not null; copied
     * @return the font family, not null
     * @throws PdfFontException naming the first face that cannot be read or lacks a letter
     */
    public static PdfFonts of(String familyName, byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
        Objects.requireNonNull(familyName, "familyName");
        byte[][] faces = {
            Objects.requireNonNull(regular, "regular").clone(),
            Objects.requireNonNull(bold, "bold").clone(),
            Objects.requireNonNull(italic, "italic").clone(),
            Objects.requireNonNull(boldItalic, "boldItalic").clone()};
        for (int i = 0; i < faces.length; i++) {
            check(FACE_NAMES[i], faces[i]);
        }
        return new PdfFonts(familyName, faces);
    }

    /**
     * The family's name.
     *
     * @return the name, not null
     */
    public String familyName() {
        return familyName;
    }

    /** The four faces in the order regular, bold, italic, bold italic; not copied, never modified. */
    byte[][] faces() {
        return faces;
    }

    @Override
    public String toString() {
        return "PdfFonts[" + familyName + "]";
    }

    private static void check(String face, byte[] bytes) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new PdfFontException(face, LocalizedText.of(
                        "phông chữ " + face + " không có bảng mã Unicode",
                        "the " + face + " font has no Unicode character map"), null);
            }
            VIETNAMESE_LETTERS.codePoints().filter(cp -> cmap.getGlyphId(cp) == 0).findFirst().ifPresent(cp -> {
                String letter = Character.toString(cp);
                throw new PdfFontException(face, LocalizedText.of(
                        "phông chữ " + face + " thiếu chữ tiếng Việt " + letter + String.format(" (U+%04X)", cp),
                        "the " + face + " font lacks the Vietnamese letter " + letter + String.format(" (U+%04X)", cp)),
                        null);
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof PdfFontException pfe) {
                throw pfe;
            }
            throw new PdfFontException(face, LocalizedText.of(
                    "không đọc được phông chữ " + face + " (cần tệp TrueType)",
                    "the " + face + " font cannot be read (a TrueType file is needed)"), e);
        }
    }

    private static String vietnameseLetters() {
        StringBuilder sb = new StringBuilder("bcdđghklmnpqrstvx");
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : tones) {
                sb.append(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        String lower = sb.toString();
        return lower + lower.toUpperCase(Locale.ROOT) + "0123456789.,:;-–()/";
    }

    /** Read on first use only, then shared: the bytes are never modified. */
    private static final class Bundled {
        static final PdfFonts LIBERATION_SERIF = new PdfFonts("Liberation Serif", new byte[][] {
            read("LiberationSerif-Regular.ttf"), read("LiberationSerif-Bold.ttf"),
            read("LiberationSerif-Italic.ttf"), read("LiberationSerif-BoldItalic.ttf")});

        private static byte[] read(String name) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
