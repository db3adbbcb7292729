package vn.schoolrecords.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.Serial;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;

/**
 * The one polymorphic value of the records, a {@link Mark}, read from what it writes; and what
 * Jackson would otherwise accept silently: a date as an array of numbers or with a time
 * part, and a repeated element of a set, which a set would drop.
 */
public final class StrictModule extends SimpleModule {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The start of the message of a repeated set element, recognised by the error translation. */
    public static final String DUPLICATE_ELEMENT = "Duplicate element in a set: ";

    /** Registers the strict date and set deserializers. */
    public StrictModule() {
        super("schoolrecords-strict");
        addDeserializer(LocalDate.class, new IsoDateDeserializer());
        addDeserializer(Mark.class, new MarkDeserializer());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueSetDeserializer(type) : deserializer;
            }
        });
    }

    /** Only {@code YYYY-MM-DD} text, a real date of the proleptic ISO calendar. */
    private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);
        private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (!FORM.matcher(text).matches()) {
                // Also excludes what the formatter would take: signed and five-digit years.
                throw InvalidFormatException.from(p, "not a date written YYYY-MM-DD", text, LocalDate.class);
            }
            try {
                return LocalDate.parse(text, ISO);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not a date written YYYY-MM-DD", text, LocalDate.class);
            }
        }
    }

    /**
     * A {@link Mark} as {@link Score} and {@link CommentResult} write themselves: a number with at
     * most one decimal, or {@code "PASS"} / {@code "FAIL"}.
     */
    private static final class MarkDeserializer extends StdScalarDeserializer<Mark> {
        @Serial
        private static final long serialVersionUID = 1L;

        MarkDeserializer() {
            super(Mark.class);
        }

        @Override
        public Mark deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                try {
                    return Score.of(p.getDecimalValue());
                } catch (InvalidValueException e) {
                    throw InvalidFormatException.from(p, "not a score from 0 to 10 with at most one decimal",
                            p.getText(), Score.class);
                }
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                for (CommentResult r : CommentResult.values()) {
                    if (r.name().equals(p.getText())) {
                        return r;
                    }
                }
                throw InvalidFormatException.from(p, "not PASS or FAIL", p.getText(), CommentResult.class);
            }
            return (Mark) ctxt.handleUnexpectedToken(Mark.class, p);
        }
    }

    /** Reads the array as a list first, so that a repeated element is an error, not lost. */
    private static final class UniqueSetDeserializer extends StdDeserializer<Object> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final CollectionType setType;

        UniqueSetDeserializer(CollectionType setType) {
            super(setType);
            this.setType = setType;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, setType.getContentType());
            List<?> list = (List<?>) ctxt.findRootValueDeserializer(listType).deserialize(p, ctxt);
            Set<Object> seen = new HashSet<>();
            for (Object element : list) {
                if (!seen.add(element)) {
                    throw InvalidFormatException.from(p, DUPLICATE_ELEMENT + element, element, setType.getRawClass());
                }
            }
            return new LinkedHashSet<>(list);
        }
    }
}
