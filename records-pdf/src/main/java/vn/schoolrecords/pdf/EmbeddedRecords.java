package vn.schoolrecords.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Reads back the record a PDF of this library carries: the JSON attached as a PDF/A-3
 * associated file (AFRelationship Data, MIME type {@code application/json}), checked against
 * its recorded size and checksum and its schema, then read and validated by {@link RecordsJson}.
 */
public final class EmbeddedRecords {

    private static final Map<Class<?>, String> SCHEMAS = Map.of(SchoolRoster.class, SchoolRoster.SCHEMA);

    private EmbeddedRecords() {
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
        String expected = SCHEMAS.get(type);
        if (expected == null) {
            throw new IllegalArgumentException("not a document carried by PDFs: " + type.getName());
        }
        PdfA.Attachment attachment = PdfA.extract(pdf);
        if (!expected.equals(attachment.schema())) {
            throw new EmbeddedRecordException(EmbeddedRecordException.Reason.SCHEMA_MISMATCH, LocalizedText.of(
                    "dữ liệu đính kèm theo lược đồ " + attachment.schema() + ", cần " + expected,
                    "the attached record has schema " + attachment.schema() + ", expected " + expected), null);
        }
        return RecordsJson.read(new String(attachment.json(), StandardCharsets.UTF_8), type);
    }
}
