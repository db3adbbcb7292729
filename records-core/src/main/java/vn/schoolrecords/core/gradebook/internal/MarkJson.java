package vn.schoolrecords.core.gradebook.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.regex.Pattern;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.audit.CanonicalWriter;

/**
 * A mark as JSON text: a score with exactly one decimal ({@code "7.5"}, {@code "10.0"}) or a
 * comment result as grade books write it ({@code "Đ"}, {@code "CĐ"}). One spelling per mark,
 * so a stored log has one canonical form.
 */
public final class MarkJson {

    private static final Pattern SCORE = Pattern.compile("10\\.0|[0-9]\\.[0-9]");

    private MarkJson() {
    }

    /**
     * The canonical text of a mark.
     *
     * @param mark the mark, not null
     * @return the text, not null
     */
    public static String text(Mark mark) {
        return mark instanceof Score s ? s.toString() : mark.display();
    }

    /**
     * Reads the canonical text of a mark.
     *
     * @param text the text, not null
     * @return the mark, or null if the text is not a canonical mark
     */
    public static Mark parse(String text) {
        if (CommentResult.PASS.display().equals(text)) {
            return CommentResult.PASS;
        }
        if (CommentResult.FAIL.display().equals(text)) {
            return CommentResult.FAIL;
        }
        if (SCORE.matcher(text).matches()) {
            return Score.parse(text);
        }
        return null;
    }

    /**
     * Writes a mark's canonical bytes: {@code S} and its tenths, or {@code C} and the result's name.
     *
     * @param out the writer, not null
     * @param mark the mark, not null
     */
    public static void write(CanonicalWriter out, Mark mark) {
        if (mark instanceof Score s) {
            out.text("S").int32(s.tenths());
        } else {
            out.text("C").name((CommentResult) mark);
        }
    }

    /** Writes a mark as its canonical text. */
    public static final class Writer extends StdSerializer<Mark> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Writer() {
            super(Mark.class);
        }

        @Override
        public void serialize(Mark value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text(value));
        }
    }

    /** Reads a mark from its canonical text only. */
    public static final class Reader extends StdDeserializer<Mark> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Reader() {
            super(Mark.class);
        }

        @Override
        public Mark deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Mark) ctxt.handleUnexpectedToken(Mark.class, p);
            }
            String text = p.getText();
            Mark mark = parse(text);
            if (mark == null) {
                return (Mark) ctxt.handleWeirdStringValue(Mark.class, text,
                        "a mark is a score with one decimal (7.5, 10.0) or Đ / CĐ");
            }
            return mark;
        }
    }
}
