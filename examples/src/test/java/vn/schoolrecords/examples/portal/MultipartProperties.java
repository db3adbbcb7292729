package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The portal's upload parsing: a browser's form body gives back the file's bytes exactly. */
class MultipartProperties {

    @Provide
    Arbitrary<String> boundaries() {
        // RFC 2046: 1–70 characters; browsers use letters, digits and dashes.
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                .ofMinLength(1).ofMaxLength(70);
    }

    @Property
    void theFilePartComesBackExactly(@ForAll @Size(max = 2000) byte[] file, @ForAll("boundaries") String boundary,
            @ForAll @Size(max = 200) byte[] otherField, @ForAll boolean otherFirst) throws Exception {
        // The file may hold CR, LF and dashes anywhere, as PDFs do; only "CRLF--boundary" ends it.
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        net.jqwik.api.Assume.that(!contains(file, delimiter) && !contains(otherField, delimiter));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (otherFirst) {
            part(body, boundary, "note", null, otherField);
        }
        part(body, boundary, "pdf", "hoc-ba.pdf", file);
        if (!otherFirst) {
            part(body, boundary, "note", null, otherField);
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Multipart.file("multipart/form-data; boundary=" + boundary, body.toByteArray(), "pdf")).isEqualTo(file);
    }

    @Property(tries = 200)
    void aBodyWithoutTheFileIsRefused(@ForAll @Size(max = 300) byte[] body, @ForAll("boundaries") String boundary) {
        net.jqwik.api.Assume.that(!contains(body, "name=\"pdf\"".getBytes(StandardCharsets.ISO_8859_1)));
        assertThatThrownBy(() -> Multipart.file("multipart/form-data; boundary=" + boundary, body, "pdf"))
                .isInstanceOf(VerificationPortal.UploadException.class);
        assertThatThrownBy(() -> Multipart.file("application/pdf", body, "pdf"))
                .isInstanceOf(VerificationPortal.UploadException.class);
    }

    @Property
    void escapedTextHasNoMarkup(@ForAll String text) {
        String html = Page.escape(text);
        assertThat(html).doesNotContain("<", ">", "\"", "'");
        assertThat(html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&")).isEqualTo(text);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, byte[] content)
            throws Exception {
        String headers = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/pdf") + "\r\n\r\n";
        body.write(headers.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean contains(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
