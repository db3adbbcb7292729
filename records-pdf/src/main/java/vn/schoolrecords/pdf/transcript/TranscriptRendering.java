package vn.schoolrecords.pdf.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.transcript.Reissue;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.internal.PdfA;
import vn.schoolrecords.pdf.internal.Printing;
import vn.schoolrecords.pdf.internal.TranscriptDocument;

/** What both transcript renderers do once the level is checked: check the copy, draw, make PDF/A, save. */
final class TranscriptRendering {

    private TranscriptRendering() {
    }

    static void render(Transcript transcript, boolean primary, TranscriptPrint print, PdfOptions options,
            OutputStream out) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(print, "print");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        if ((transcript.level() == EducationLevel.PRIMARY) != primary) {
            throw new TranscriptPrintException(TranscriptPrintException.Reason.WRONG_LEVEL, LocalizedText.of(
                    "học bạ cấp " + transcript.level().vietnameseName() + " không in bằng mẫu "
                            + (primary ? "tiểu học" : "trung học"),
                    "a transcript of " + transcript.level() + " is not printed with the "
                            + (primary ? "primary" : "secondary") + " layout"));
        }
        if (transcript.years().isEmpty()) {
            throw new TranscriptPrintException(TranscriptPrintException.Reason.NO_PAGES, LocalizedText.of(
                    "học bạ chưa có kết quả năm học nào để in", "the transcript has no school year's results to print"));
        }
        Optional<TranscriptDocument.Copy> copy = print.copyOf().map(r -> copy(transcript, r));
        byte[] json = RecordsJson.writeCompact(transcript);
        try (PDDocument doc = new PDDocument()) {
            TranscriptDocument.draw(doc, transcript, print.policy(), copy,
                    Printing.print(options, transcript.currentSchool()));
            String title = TranscriptDocument.title(transcript)
                    + copy.map(c -> " - Bản sao cấp lại lần thứ " + c.number()).orElse("");
            String school = transcript.currentSchool().name();
            PdfA.finish(doc, new PdfA.Description(title, school, title + ", " + school, options.createdAt()),
                    new PdfA.Attachment(json, "hoc-ba-" + transcript.student().id() + ".json", transcript.schema()));
            PdfA.save(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TranscriptDocument.Copy copy(Transcript transcript, Reissue reissue) {
        int n = reissue.number();
        if (n < 1 || n > transcript.reissues().size() || !transcript.reissues().get(n - 1).equals(reissue)) {
            throw new TranscriptPrintException(TranscriptPrintException.Reason.UNKNOWN_REISSUE, LocalizedText.of(
                    "học bạ không có bản sao cấp lại lần thứ " + n + " như đã cho",
                    "the transcript records no copy number " + n + " as given"));
        }
        if (reissue.cancellation().isPresent()) {
            throw new TranscriptPrintException(TranscriptPrintException.Reason.CANCELLED_REISSUE, LocalizedText.of(
                    "bản sao cấp lại lần thứ " + n + " đã bị hủy", "copy number " + n + " was cancelled"));
        }
        return new TranscriptDocument.Copy(n, reissue.date());
    }
}
