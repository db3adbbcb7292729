package vn.schoolrecords.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Reads back the record a PDF of this library carries: the JSON attached as a PDF/A-3
 * associated file (AFRelationship Data, MIME type {@code application/json}), checked against
 * its recorded size and checksum and its schema, then read and validated by {@link RecordsJson}.
 */
public final class EmbeddedRecords {

    /** A record schema PDFs of this library carry: the document's type and its JSON Schema resource. */
    private record Known(Class<?> type, String schemaResource) {

        static Map.Entry<String, Known> of(String schema, Class<?> type) {
            return Map.entry(schema, new Known(type, RecordsJson.schemaResource(type).orElseThrow()));
        }
    }

    /** Schema id → record type; one line per kind of printout. */
    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Known.of(SchoolRoster.SCHEMA, SchoolRoster.class),
            Known.of(Transcript.SCHEMA, Transcript.class),
            Known.of(GradeBook.SCHEMA, GradeBook.class),
            Known.of(EditLogReport.SCHEMA, EditLogReport.class),
            Known.of(Plan.SCHEMA, Plan.class));

    private EmbeddedRecords() {
    }

    /**
     * The record schemas PDFs of this library carry, e.g. {@value SchoolRoster#SCHEMA},
     * {@value Transcript#SCHEMA} (transcript, học bạ) and {@value EditLogReport#SCHEMA} (monthly
     * edit-log report, nhật kí sửa điểm).
     *
     * @return schema id → the record's type, unmodifiable, not null
     */
    public static Map<String, Class<?>> knownSchemas() {
        Map<String, Class<?>> map = new TreeMap<>();
        KNOWN.forEach((schema, known) -> map.put(schema, known.type()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The JSON Schema resource of a record schema, in the core module, to validate the JSON of a
     * PDF before reading it.
     *
     * @param schema a schema id, e.g. {@value Transcript#SCHEMA}, not null
     * @return the resource name, e.g. {@code /schema/transcript-1.schema.json}, or empty if unknown
     */
    public static Optional<String> schemaResource(String schema) {
        return Optional.ofNullable(KNOWN.get(Objects.requireNonNull(schema, "schema"))).map(Known::schemaResource);
    }

    /**
     * Extracts the record from a PDF.
     *
     * @param pdf the PDF, not null; read to its end, not closed
     * @param type the record's type, e.g. {@code SchoolRoster.class}, not null
     * @param <T> the type
     * @return the record, valid, not null
     * @throws EmbeddedRecordException if the PDF cannot be read, carries no record, the record was
     *     altered, or it is of another schema
     * @throws MalformedDocumentException if the attached JSON is not a document of the type
     * @throws InvalidValueException if a value of the attached record breaks a rule
     * @throws IllegalArgumentException if the type is not a document PDFs carry
     */
    public static <T> T extract(InputStream pdf, Class<T> type) {
        Objects.requireNonNull(pdf, "pdf");
        try {
            return extract(pdf.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Extracts the record from a PDF's bytes.
     *
     * @param pdf the PDF, not null
     * @param type the record's type, not null
     * @param <T> the type
     * @return the record, valid, not null
     * @throws EmbeddedRecordException if the PDF cannot be read, carries no record, the record was
     *     altered, or it is of another schema
     * @throws MalformedDocumentException if the attached JSON is not a document of the type
     * @throws InvalidValueException if a value of the attached record breaks a rule
     * @throws IllegalArgumentException if the type is not a document PDFs carry
     */
    public static <T> T extract(byte[] pdf, Class<T> type) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(type, "type");
        String expected = KNOWN.entrySet().stream().filter(e -> e.getValue().type().equals(type))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a document carried by PDFs: " + type.getName()));
        PdfA.Attachment attachment = PdfA.extract(pdf);
        if (!expected.equals(attachment.schema())) {
            throw new EmbeddedRecordException(EmbeddedRecordException.Reason.SCHEMA_MISMATCH, LocalizedText.of(
                    "dữ liệu đính kèm theo lược đồ " + attachment.schema() + ", cần " + expected,
                    "the attached record has schema " + attachment.schema() + ", expected " + expected), null);
        }
        return RecordsJson.read(new String(attachment.json(), StandardCharsets.UTF_8), type);
    }
}
