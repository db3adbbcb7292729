package vn.schoolrecords.pdf.transcript;

import java.io.OutputStream;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.EmbeddedRecords;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;

/**
 * Prints a secondary transcript (học bạ trung học cơ sở, trung học phổ thông) after the TT 22/2021 layout: page 1 is the cover and the student's page (school heading, "HỌC BẠ", level, the student's particulars, the years and schools, transfers, the closing); then one page per school year with the subject table — semester I, semester II, the year, the re-assessment, and the subject teacher's confirmation (an empty signature field on each row) — the learning result and conduct, absences, promotion, award, the homeroom teacher's comment and the signer blocks of the homeroom teacher and the principal with the school's seal. Pages of years assessed under TT 58/2011 show averages, academic standing (học lực) and conduct (hạnh kiểm).
 *
 * <p>The PDF is PDF/A-3b and embeds the transcript as JSON, schema {@value Transcript#SCHEMA},
 * which {@link EmbeddedRecords#extract} reads back. Each year's signing plan names its empty
 * signature fields ({@link TranscriptFields}). A copy reissued after loss
 * ({@link TranscriptPrint#copyOf}) is stamped "BẢN SAO" on every page and carries "Cấp lại lần
 * thứ N" on the cover.
 */
public final class SecondaryTranscriptRenderer implements PdfRenderer<Transcript> {

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public SecondaryTranscriptRenderer() {
    }

    /**
     * Prints the original, with the default signing policy.
     *
     * @throws TranscriptPrintException if the transcript has no page or is not secondary
     */
    @Override
    public void render(Transcript value, PdfOptions options, OutputStream out) {
        render(value, TranscriptPrint.original(), options, out);
    }

    /**
     * Prints the original or a reissued copy.
     *
     * @param value the transcript, not null
     * @param print original or copy, and the signing policy, not null
     * @param options how to print it, not null
     * @param out where to write, not null; never closed
     * @throws TranscriptPrintException if the transcript has no page, is not secondary, or the
     *     copy is not one of its reissues or was cancelled
     * @throws vn.schoolrecords.pdf.PdfFontException if the fonts cannot be read or lack a glyph
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public void render(Transcript value, TranscriptPrint print, PdfOptions options, OutputStream out) {
        TranscriptRendering.render(value, false, print, options, out);
    }
}
