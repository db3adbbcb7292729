package vn.schoolrecords.pdf.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.rendering.RecordRendering;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.PdfOptions;

/**
 * The {@link RecordRendering} of transcripts (học bạ): re-renders the embedded transcript with
 * this module's renderer (primary or secondary by its level) and the options the school prints
 * with, and reads each page's text back with PDFBox's text extractor, for the signature
 * verifier's data-bound check. Records of other schemas are not its business (empty).
 *
 * <p>The texts match a printout only if it was made with the same options and print (original or
 * which copy): the page text shows the school's heading and the print date.
 */
public final class TranscriptPageTexts implements RecordRendering {

    private final PdfOptions options;
    private final TranscriptPrint print;

    private TranscriptPageTexts(PdfOptions options, TranscriptPrint print) {
        this.options = options;
        this.print = print;
    }

    /**
     * The rendering of originals with the given options.
     *
     * @param options the options the transcripts were printed with, not null
     * @return the rendering, not null
     */
    public static TranscriptPageTexts of(PdfOptions options) {
        return of(options, TranscriptPrint.original());
    }

    /**
     * The rendering with the given options and print (original or a reissued copy).
     *
     * @param options the options the transcripts were printed with, not null
     * @param print the original or a copy, and the signing policy, not null
     * @return the rendering, not null
     */
    public static TranscriptPageTexts of(PdfOptions options, TranscriptPrint print) {
        return new TranscriptPageTexts(Objects.requireNonNull(options, "options"), Objects.requireNonNull(print, "print"));
    }

    /**
     * {@inheritDoc}
     *
     * @throws vn.schoolrecords.core.MalformedDocumentException if the JSON is not a transcript
     * @throws vn.schoolrecords.core.InvalidValueException if a value breaks a rule
     * @throws TranscriptPrintException if the transcript cannot be printed
     */
    @Override
    public Optional<List<String>> pageTexts(String schemaId, byte[] json) {
        Objects.requireNonNull(json, "json");
        if (!Transcript.SCHEMA.equals(Objects.requireNonNull(schemaId, "schemaId"))) {
            return Optional.empty();
        }
        Transcript transcript = RecordsJson.read(new String(json, StandardCharsets.UTF_8), Transcript.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TranscriptRendering.render(transcript, transcript.level() == EducationLevel.PRIMARY, print, options, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return Optional.of(List.copyOf(pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
