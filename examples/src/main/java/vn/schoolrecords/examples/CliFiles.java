package vn.schoolrecords.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.examples.CommandFailedException.Code;

/**
 * Reading and writing the commands' files, with the one-line errors of the command line: a
 * missing file, a directory where a file is expected, JSON that is not JSON, a PDF that is not a
 * PDF. Documents are read with {@link RecordsJson}, so a bad value is refused with its path.
 */
final class CliFiles {

    private static final ObjectMapper TREE = new ObjectMapper();

    private CliFiles() {
    }

    /** @return the file's bytes */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, LocalizedText.of(
                    "không có tệp " + file, "no such file: " + file), e);
        } catch (IOException e) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, LocalizedText.of(
                    "không đọc được tệp " + file + " (" + e.getMessage() + ")",
                    "cannot read " + file + " (" + e.getMessage() + ")"), e);
        }
    }

    /** @return the file's bytes, which must be a PDF */
    static byte[] readPdf(Path file) {
        byte[] bytes = read(file);
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new CommandFailedException(Code.WRONG_KIND_OF_FILE,
                    "tệp " + file + " không phải PDF (không bắt đầu bằng %PDF-)",
                    file + " is not a PDF (it does not start with %PDF-)");
        }
        return bytes;
    }

    /**
     * Reads a library document.
     *
     * @throws MalformedDocumentException if the JSON is malformed or of another type
     * @throws vn.schoolrecords.core.InvalidValueException if a value breaks a rule
     */
    static <T> T readJson(Path file, Class<T> type) {
        return RecordsJson.read(new String(read(file), StandardCharsets.UTF_8), type);
    }

    /**
     * The {@code schema} member of a JSON document, e.g. {@code transcript/1}, to choose how to
     * read it.
     *
     * @return the schema, or "" if the document has none
     * @throws MalformedDocumentException if the file is not JSON
     */
    static String schemaOf(Path file) {
        try {
            JsonNode node = TREE.readTree(read(file));
            return node != null && node.isObject() && node.path("schema").isTextual() ? node.get("schema").asText() : "";
        } catch (JsonProcessingException e) {
            throw new MalformedDocumentException("", e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNr(), LocalizedText.of(
                            "tệp " + file + " không phải JSON hợp lệ: " + e.getOriginalMessage(),
                            file + " is not well-formed JSON: " + e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, LocalizedText.of(
                    "không đọc được tệp " + file, "cannot read " + file), e);
        }
    }

    /** Writes a file, creating its directory. */
    static Path write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw unwritable(file, e);
        }
    }

    /** Writes a library value as JSON. */
    static Path writeJson(Path file, Object value) {
        return write(file, RecordsJson.write(value).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a directory and its parents. */
    static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw unwritable(dir, e);
        }
    }

    /** Opens a file for writing, creating its directory. */
    static OutputStream open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw unwritable(file, e);
        }
    }

    static CommandFailedException unwritable(Path file, IOException e) {
        return new CommandFailedException(Code.FILE_UNWRITABLE, LocalizedText.of(
                "không ghi được " + file + " (" + e.getClass().getSimpleName() + ")",
                "cannot write " + file + " (" + e.getClass().getSimpleName() + ")"), e);
    }

    /** @return the path for printing: absolute, normalised */
    static String shown(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
