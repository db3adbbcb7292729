package vn.schoolrecords.examples.portal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import vn.schoolrecords.core.LocalizedText;

/**
 * The one file of an HTML form's upload ({@code multipart/form-data}, RFC 7578): the part whose
 * {@code name} is asked for, its bytes exactly as sent. Enough for the portal's single-file form;
 * not a general parser.
 */
final class Multipart {

    private Multipart() {
    }

    /**
     * The bytes of a named file part.
     *
     * @param contentType the request's Content-Type header, with its boundary
     * @param body the request's body
     * @param name the form field's name
     * @return the file's bytes
     * @throws VerificationPortal.UploadException if the body is not a form upload with that part
     */
    static byte[] file(String contentType, byte[] body, String name) throws VerificationPortal.UploadException {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw bad();
        }
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            throw bad();
        }
        String boundary = contentType.substring(at + "boundary=".length()).split(";")[0].trim().replace("\"", "");
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length + 2; // after the boundary's CRLF
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int end = indexOf(body, next, headersEnd + 4);
            if (end < 0) {
                break;
            }
            if (headers.contains("name=\"" + name + "\"")) {
                return Arrays.copyOfRange(body, headersEnd + 4, end);
            }
            start = end + 2;
        }
        throw bad();
    }

    private static VerificationPortal.UploadException bad() {
        return new VerificationPortal.UploadException(LocalizedText.of(
                "hãy chọn một tệp PDF rồi bấm Kiểm tra", "choose a PDF file, then press Verify"));
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
