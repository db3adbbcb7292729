package vn.schoolrecords.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.RecordsValidation;
import vn.schoolrecords.core.json.internal.StrictModule;
import vn.schoolrecords.core.archive.ArchiveManifest;
import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.register.StaffRegister;
import vn.schoolrecords.core.register.StudentRegister;
import vn.schoolrecords.core.retention.RetentionSchedule;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.transcript.Transcript;

/**
 * Reads and writes the library's documents as JSON, strictly: a field the document does not
 * have, a value of the wrong type (a number as text, a fraction for a whole number), a missing
 * required field or an invalid value is rejected with an error naming its path. Nothing is
 * coerced, dropped or fixed; every value that is read has passed its constraints.
 *
 * <p>Dates are ISO 8601 text ({@code 2009-05-17}); exact decimals stay exact
 * ({@code BigDecimal}).
 *
 * <p>Each exchanged document has a versioned JSON Schema (draft 2020-12), a resource of this
 * module named by {@link #schemaResource(Class)}: {@code /schema/school-roster-1.schema.json}
 * for a {@link SchoolRoster} (schema {@value SchoolRoster#SCHEMA}),
 * {@code /schema/transcript-1.schema.json} for a {@link Transcript} (schema
 * {@value Transcript#SCHEMA}). Vendors may validate with it
 * before calling the library; the library checks more than a schema can (cross-references,
 * consecutive years, dates in the past), so {@link #read} remains the authority.
 */
public final class RecordsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            // After the java.time module, so its strict dates win.
            .addModule(new StrictModule())
            // A number or boolean is not text, and "" is not a number, an enum or a date.
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfigDefaults(c -> c
                    .setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
            // A null inside a list is an error at its index, not a NullPointerException later.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private static final Map<Class<?>, String> SCHEMAS = Map.of(
            SchoolRoster.class, "/schema/school-roster-1.schema.json",
            Transcript.class, "/schema/transcript-1.schema.json",
            GradeBook.class, "/schema/gradebook-1.schema.json",
            EditLogReport.class, "/schema/edit-log-report-1.schema.json",
            Plan.class, "/schema/plan-1.schema.json",
            StudentRegister.class, "/schema/student-register-1.schema.json",
            StaffRegister.class, "/schema/staff-register-1.schema.json",
            RetentionSchedule.class, "/schema/retention-schedule-1.schema.json",
            ArchiveManifest.class, "/schema/archive-manifest-1.schema.json");

    private RecordsJson() {
    }

    /**
     * The name of the JSON Schema resource of a document type, for
     * {@code RecordsJson.class.getResourceAsStream(name)}.
     *
     * @param documentType the document's type, e.g. {@code SchoolRoster.class}, not null
     * @return the absolute resource name, e.g. {@code /schema/school-roster-1.schema.json}, or
     *     empty if the type is not an exchanged document, not null
     */
    public static Optional<String> schemaResource(Class<?> documentType) {
        return Optional.ofNullable(SCHEMAS.get(Objects.requireNonNull(documentType, "documentType")));
    }

    /**
     * Reads a document and checks every constraint of the values read.
     *
     * @param json the JSON text, not null
     * @param type the document's type, e.g. {@code SchoolRoster.class}, not null
     * @param <T> the type
     * @return the document, not null
     * @throws MalformedDocumentException if the text is not a well-formed document of that type
     * @throws InvalidValueException if a value breaks a rule, naming its path
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return RecordsValidation.requireValid(MAPPER.readValue(json, type));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a document from a stream, which is left open.
     *
     * @param in the UTF-8 JSON, not null; not closed
     * @param type the document's type, not null
     * @param <T> the type
     * @return the document, not null
     * @throws MalformedDocumentException if the text is not a well-formed document of that type
     * @throws InvalidValueException if a value breaks a rule, naming its path
     */
    public static <T> T read(InputStream in, Class<T> type) {
        try {
            return RecordsValidation.requireValid(MAPPER.readerFor(type)
                    .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * Writes a value as indented JSON.
     *
     * @param value the value, not null
     * @return the JSON text, not null
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schoolrecords value could not be written as JSON", e);
        }
    }

    /**
     * Writes a value as compact UTF-8 JSON: the same document as {@link #write(Object)} without
     * the indentation, e.g. to embed in a PDF, where nobody reads the whitespace and every byte
     * is compressed and written again.
     *
     * @param value the value, not null
     * @return the UTF-8 bytes of the JSON, not null
     */
    public static byte[] writeCompact(Object value) {
        try {
            return COMPACT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schoolrecords value could not be written as JSON", e);
        }
    }

    /**
     * Writes a value as indented UTF-8 JSON to a stream, which is left open.
     *
     * @param value the value, not null
     * @param out the stream, not null; not closed
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(Object value, OutputStream out) {
        try {
            MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException translate(IOException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidValueException ive) {
            return ive.under(path(vie));
        }
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof RecordsException domain) {
            // A document that breaks a rule of its domain (a transcript page after the closing,
            // a signature out of order) gets the same typed error as the API would give.
            return domain;
        }
        if (e instanceof JsonParseException jpe) {
            return malformed("", jpe, notJson(jpe));
        }
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof JsonParseException jpe) {
            // A syntax error met while reading a value: Jackson wraps it to add the path.
            return malformed(path(jme), jpe, notJson(jpe));
        }
        if (e instanceof UnrecognizedPropertyException upe) {
            return malformed(path(upe), upe, LocalizedText.of(
                    "trường không có trong lược đồ: " + upe.getPropertyName(),
                    "field not in the schema: " + upe.getPropertyName()));
        }
        if (e instanceof InvalidFormatException ife && ife.getOriginalMessage().startsWith(StrictModule.DUPLICATE_ELEMENT)) {
            return malformed(path(ife), ife, LocalizedText.of(
                    "phần tử bị lặp lại: " + ife.getValue(), "element repeated: " + ife.getValue()));
        }
        if (e instanceof InvalidFormatException ife) {
            return malformed(path(ife), ife, LocalizedText.of(
                    "giá trị sai kiểu hoặc sai định dạng: " + ife.getValue(),
                    "value of the wrong type or form: " + ife.getValue()));
        }
        if (e instanceof InvalidNullException ine) {
            return malformed(path(ine), ine, LocalizedText.of("không được là null", "must not be null"));
        }
        if (e instanceof MismatchedInputException mie && mie.getOriginalMessage().startsWith("No content to map")) {
            return malformed("", mie, LocalizedText.of("tài liệu rỗng", "empty document"));
        }
        if (e instanceof MismatchedInputException mie && mie.getOriginalMessage().startsWith("Trailing token")) {
            return malformed("", mie, LocalizedText.of(
                    "còn dữ liệu sau khi tài liệu đã kết thúc", "text after the end of the document"));
        }
        if (e instanceof MismatchedInputException mie) {
            String what = mie.getTargetType() == null ? "" : " (" + mie.getTargetType().getSimpleName() + ")";
            boolean missing = mie.getOriginalMessage().startsWith("Null value for creator property")
                    || mie.getOriginalMessage().startsWith("Cannot map `null` into type");
            return malformed(path(mie), mie, missing
                    ? LocalizedText.of("thiếu trường bắt buộc", "required field missing")
                    : LocalizedText.of("giá trị sai kiểu" + what, "value of the wrong type" + what));
        }
        if (e instanceof JsonMappingException jme) {
            return malformed(path(jme), jme, LocalizedText.of(
                    "không đọc được giá trị: " + jme.getOriginalMessage(),
                    "value could not be read: " + jme.getOriginalMessage()));
        }
        return new UncheckedIOException(e);
    }

    private static LocalizedText notJson(JsonParseException e) {
        return LocalizedText.of("JSON không hợp lệ: " + e.getOriginalMessage(), "malformed JSON: " + e.getOriginalMessage());
    }

    private static MalformedDocumentException malformed(String path, JsonProcessingException e, LocalizedText what) {
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        String where = path.isEmpty() ? "" : path + ": ";
        return new MalformedDocumentException(path, line, column,
                LocalizedText.of(where + what.vi() + " (dòng " + line + ", cột " + column + ")",
                        where + what.en() + " (line " + line + ", column " + column + ")"), e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
