package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.transcript.TranscriptPageTexts;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;

/** The rendering of the data-bound check gives, from a transcript's JSON, the printout's page texts. */
class TranscriptPageTextsTest {

    static final PdfOptions OPTIONS = PdfOptions.of(Instant.parse("2026-06-01T02:00:00Z"));

    static List<String> collapsed(List<String> pages) {
        return pages.stream().map(p -> p.replaceAll("\\s+", " ").strip()).toList();
    }

    @Test
    void theTextsAreThoseOfThePrintoutForBothLevels() throws IOException {
        for (Transcript t : List.of(TranscriptSamples.SECONDARY, TranscriptSamples.PRIMARY)) {
            byte[] pdf = t == TranscriptSamples.PRIMARY ? TranscriptSamples.primary(t, OPTIONS)
                    : TranscriptSamples.secondary(t, TranscriptPrint.original(), OPTIONS);
            byte[] json = EmbeddedRecordsJson.of(pdf);
            List<String> texts = TranscriptPageTexts.of(OPTIONS).pageTexts(Transcript.SCHEMA, json).orElseThrow();
            assertThat(collapsed(texts)).isEqualTo(PdfTexts.pages(pdf));
            assertThat(texts).hasSize(PdfTexts.pageCount(pdf));
        }
    }

    @Test
    void anotherTranscriptsDataGivesAnotherText() throws IOException {
        byte[] pdf = TranscriptSamples.secondary(TranscriptSamples.SECONDARY, TranscriptPrint.original(), OPTIONS);
        byte[] other = RecordsJson.write(TranscriptSamples.ACROSS_CIRCULARS).getBytes(StandardCharsets.UTF_8);
        assertThat(collapsed(TranscriptPageTexts.of(OPTIONS).pageTexts(Transcript.SCHEMA, other).orElseThrow()))
                .isNotEqualTo(PdfTexts.pages(pdf));
    }

    @Test
    void otherSchemasAreNotItsBusinessAndBadJsonIsATypedError() {
        assertThat(TranscriptPageTexts.of(OPTIONS).pageTexts("school-roster/1", "{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThatThrownBy(() -> TranscriptPageTexts.of(OPTIONS).pageTexts(Transcript.SCHEMA,
                "{\"schema\":".getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedDocumentException.class);
    }

    /** The transcript JSON a printout carries, read back through EmbeddedRecords. */
    static final class EmbeddedRecordsJson {
        static byte[] of(byte[] pdf) {
            return RecordsJson.write(EmbeddedRecords.extract(pdf, Transcript.class)).getBytes(StandardCharsets.UTF_8);
        }
    }
}
