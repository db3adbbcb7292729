package vn.schoolrecords.pdf;

import java.io.OutputStream;

/**
 * Prints one kind of record as a PDF/A-3b document with the record's JSON embedded. Renderers
 * are stateless and thread-safe: everything a rendering needs is in its arguments.
 *
 * @param <T> the kind of record
 */
public interface PdfRenderer<T> {

    /**
     * Writes the record as PDF to the stream, which is flushed and left open.
     *
     * @param value the record, not null
     * @param options how to print it, not null
     * @param out where to write, not null; never closed
     * @throws PdfFontException if the fonts lack a glyph for a text of the record
     * @throws java.io.UncheckedIOException if the stream fails
     */
    void render(T value, PdfOptions options, OutputStream out);
}
