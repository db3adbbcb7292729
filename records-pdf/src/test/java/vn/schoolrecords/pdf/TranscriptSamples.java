package vn.schoolrecords.pdf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.transcript.PrimaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;

/** The sample transcripts of the tests: THCS grades 6–9 (2022–2026) and primary grades 1–5, seed 42. */
final class TranscriptSamples {

    static final Transcript SECONDARY = SampleTranscripts.secondary(42);
    static final Transcript PRIMARY = SampleTranscripts.primary(42);
    /** Grade 8 under TT 58 + TT 26 (not promoted), grade 8 again and grade 9 under TT 22. */
    static final Transcript ACROSS_CIRCULARS = SampleTranscripts.acrossCirculars(42);
    /** The secondary sample, lost and reissued twice; copy 1 was cancelled. */
    static final Transcript REISSUED = SECONDARY
            .reissue(LocalDate.of(2026, 9, 3), "Nguyễn Thị Ngọc Ánh", "Mất học bạ")
            .cancelReissue(1, new vn.schoolrecords.core.transcript.ReissueCancellation(LocalDate.of(2026, 9, 10),
                    "In sai ngày sinh"))
            .reissue(LocalDate.of(2026, 9, 12), "Nguyễn Thị Ngọc Ánh", "In lại bản sao bị hủy");

    private TranscriptSamples() {
    }

    static byte[] secondary(Transcript t, TranscriptPrint print, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SecondaryTranscriptRenderer().render(t, print, options, out);
        return out.toByteArray();
    }

    static byte[] primary(Transcript t, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrimaryTranscriptRenderer().render(t, options, out);
        return out.toByteArray();
    }
}
