package vn.schoolrecords.pdf.internal;

import java.lang.reflect.Method;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.schoolrecords.pdf.PageLayout;
import vn.schoolrecords.pdf.PdfFonts;

/** A canvas on a fresh document with the bundled fonts. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[][] bundledFaces() {
        try {
            Method faces = PdfFonts.class.getDeclaredMethod("faces");
            faces.setAccessible(true);
            return (byte[][]) faces.invoke(PdfFonts.liberationSerif());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Canvas canvas(PDDocument doc) {
        return new Canvas(doc, new FontSet(doc, bundledFaces()), PageLayout.DECREE_30);
    }
}
