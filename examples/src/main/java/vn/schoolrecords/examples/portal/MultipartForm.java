package vn.schoolrecords.examples.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A multipart/form-data body (RFC 7578) read into memory under a size limit, and its parts.
 * Written here rather than taken from a library because the JDK's HTTP server has no form
 * parser and the project adds no dependency for one; it reads only what a browser's file
 * upload sends: parts with a Content-Disposition name, an optional filename and Content-Type.
 */
final class MultipartForm {

    /** More parts than this is not a browser's upload form; refusing bounds the work per request. */
    static final int MAX_PARTS = 16;
    /** A part's headers longer than this are refused, as browsers send a few short lines. */
    static final int MAX_HEADER_BYTES = 8192;

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    /**
     * One part of the form.
     *
     * @param name the form field's name
     * @param fileName the file's name as the browser sent it, if the part is a file
     * @param contentType the part's Content-Type, if sent
     * @param content the part's bytes
     */
    record Part(String name, Optional<String> fileName, Optional<String> contentType, byte[] content) {
    }

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** @return the parts in the order sent */
    List<Part> parts() {
        return parts;
    }

    /** @return the first part named {@code name} */
    Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Reads a request body, refusing it as soon as it passes the limit so a large upload never
     * fills the memory.
     *
     * @param body the request body
     * @param declaredLength the Content-Length, or -1 if not given (chunked)
     * @param limit the largest body accepted, in bytes
     * @return the body
     * @throws UploadException TOO_LARGE if the body is larger than the limit
     */
    static byte[] readBody(InputStream body, long declaredLength, long limit) throws IOException {
        if (declaredLength > limit) {
            throw UploadException.tooLarge(limit);
        }
        byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (read.length > limit) {
            throw UploadException.tooLarge(limit);
        }
        return read;
    }

    /**
     * Parses a body.
     *
     * @param contentType the request's Content-Type header, may be null
     * @param body the whole body
     * @return the form
     * @throws UploadException MALFORMED if the content type is not multipart/form-data with a
     *     boundary, or the body does not follow it
     */
    static MultipartForm parse(String contentType, byte[] body) {
        byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw UploadException.malformed("không tìm thấy ranh giới giữa các phần", "the boundary was not found");
        }
        byte[] nextDelimiter = concat(CRLF, delimiter);
        List<Part> parts = new ArrayList<>();
        int position = at + delimiter.length;
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return new MultipartForm(parts);
            }
            // RFC 2046 allows white space after a boundary before its line break.
            while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
                position++;
            }
            if (!startsWith(body, position, CRLF)) {
                throw UploadException.malformed("thiếu xuống dòng sau ranh giới", "no line break after a boundary");
            }
            position += CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, position);
            if (headersEnd < 0 || headersEnd - position > MAX_HEADER_BYTES) {
                throw UploadException.malformed("phần đầu của một phần không kết thúc", "a part's headers do not end");
            }
            Map<String, String> headers = headers(new String(body, position, headersEnd - position, StandardCharsets.UTF_8));
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw UploadException.malformed("một phần không kết thúc (tệp bị cắt?)", "a part does not end (truncated upload?)");
            }
            if (parts.size() == MAX_PARTS) {
                throw UploadException.malformed("quá nhiều phần", "too many parts");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + nextDelimiter.length;
        }
    }

    private static Part part(Map<String, String> headers, byte[] content) {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw UploadException.malformed("một phần thiếu Content-Disposition", "a part has no Content-Disposition");
        }
        Map<String, String> parameters = parameters(disposition);
        if (!"form-data".equals(parameters.get(""))) {
            throw UploadException.malformed("một phần không phải form-data", "a part is not form-data");
        }
        String name = parameters.get("name");
        if (name == null) {
            throw UploadException.malformed("một phần không có tên", "a part has no name");
        }
        return new Part(name, Optional.ofNullable(parameters.get("filename")),
                Optional.ofNullable(headers.get("content-type")).map(String::strip), content);
    }

    private static String boundary(String contentType) {
        if (contentType == null) {
            throw UploadException.malformed("thiếu Content-Type", "no Content-Type");
        }
        Map<String, String> parameters = parameters(contentType);
        if (!"multipart/form-data".equals(parameters.get("").toLowerCase(Locale.ROOT))) {
            throw UploadException.malformed("Content-Type không phải multipart/form-data",
                    "the Content-Type is not multipart/form-data");
        }
        String boundary = parameters.get("boundary");
        // RFC 2046 §5.1.1: 1 to 70 characters.
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw UploadException.malformed("ranh giới (boundary) thiếu hoặc sai", "the boundary is missing or invalid");
        }
        return boundary;
    }

    /** Header lines, names lower-cased; continuation lines are not sent by browsers and are refused. */
    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw UploadException.malformed("dòng đầu không hợp lệ", "an invalid header line");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return headers;
    }

    /**
     * A header value's parameters, e.g. {@code form-data; name="a"; filename="b.pdf"}: the value
     * itself under the key "", parameters under their lower-cased names, quoted strings unquoted
     * (a backslash escapes the next character, as browsers escape a quote in a file name).
     */
    static Map<String, String> parameters(String value) {
        Map<String, String> result = new LinkedHashMap<>();
        int n = value.length();
        int semicolon = value.indexOf(';');
        result.put("", (semicolon < 0 ? value : value.substring(0, semicolon)).strip());
        int i = semicolon < 0 ? n : semicolon + 1;
        while (i < n) {
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = value.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            i = equals + 1;
            while (i < n && value.charAt(i) == ' ') {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && value.charAt(i) == '"') {
                i++;
                while (i < n && value.charAt(i) != '"') {
                    char c = value.charAt(i++);
                    if (c == '\\' && i < n) {
                        c = value.charAt(i++);
                    }
                    v.append(c);
                }
                if (i >= n) {
                    throw UploadException.malformed("thiếu dấu ngoặc kép đóng", "an unterminated quoted string");
                }
                i++;
                int next = value.indexOf(';', i);
                i = next < 0 ? n : next + 1;
            } else {
                int next = value.indexOf(';', i);
                v.append(value, i, next < 0 ? n : next);
                i = next < 0 ? n : next + 1;
            }
            if (!key.isEmpty()) {
                result.putIfAbsent(key, v.toString());
            }
        }
        return result;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        int last = data.length - pattern.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        return at + prefix.length <= data.length && Arrays.equals(data, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
