package vn.schoolrecords.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Edits of a JSON document in the tests, on a tree rather than on the text. */
final class JsonEdits {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonEdits() {
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with the object at the pointer (e.g. {@code /students/1}) changed. */
    static String editObject(String json, String pointer, Consumer<ObjectNode> edit) {
        ObjectNode root = tree(json);
        edit.accept((ObjectNode) root.at(JsonPointer.compile(pointer)));
        return root.toPrettyString();
    }

    /** The document with the array at the pointer changed. */
    static String editArray(String json, String pointer, Consumer<ArrayNode> edit) {
        ObjectNode root = tree(json);
        edit.accept((ArrayNode) root.at(JsonPointer.compile(pointer)));
        return root.toPrettyString();
    }

    static JsonNode node(String json) {
        return tree(json);
    }
}
