package vn.schoolrecords.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;

/** One rendering from start to end: lay out, make PDF/A-3b with the records attached, save. */
public final class Output {

    private Output() {
    }

    /** Lays out a new document, finishes it as PDF/A-3b and writes it to the caller's stream, left open. */
    public static void render(OutputStream out, Consumer<PDDocument> layout, PdfA.Description description,
            List<PdfA.Attachment> records) {
        try (PDDocument doc = new PDDocument()) {
            layout.accept(doc);
            PdfA.finish(doc, description, records);
            PdfA.save(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
