package vn.schoolrecords.pdf.transcript;

import java.io.OutputStream;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.EmbeddedRecords;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;

/**
 * Prints a primary transcript (học bạ tiểu học) after the TT 27/2020 layout: the cover and the student's page, then one page per school year with each subject's level (mức đạt được) and periodic test score at the end of semester I and of the year and the subject teacher's confirmation, the competences (năng lực) and qualities (phẩm chất), the result of the year, "Hoàn thành chương trình tiểu học" in grade 5, the award, the homeroom teacher's comment and the signer blocks.
 *
 * <p>The PDF is PDF/A-3b and embeds the transcript as JSON, schema {@value Transcript#SCHEMA},
 * which {@link EmbeddedRecords#extract} reads back. Each year's signing plan names its empty
 * signature fields ({@link TranscriptFields}). A copy reissued after loss
 * ({@link TranscriptPrint#copyOf}) is stamped "BẢN SAO" on every page and carries "Cấp lại lần
 * thứ N" on the cover.
 */
public final class PrimaryTranscriptRenderer implements PdfRenderer<Transcript> {

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public PrimaryTranscriptRenderer() {
    }

    /**
     * Prints the original, with the default signing policy.
     *
     * @throws TranscriptPrintException if the transcript has no page or is not primary
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
     * @throws TranscriptPrintException if the transcript has no page, is not primary, or the
     *     copy is not one of its reissues or was cancelled
     * @throws vn.schoolrecords.pdf.PdfFontException if the fonts cannot be read or lack a glyph
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public void render(Transcript value, TranscriptPrint print, PdfOptions options, OutputStream out) {
        TranscriptRendering.render(value, true, print, options, out);
    }
}
