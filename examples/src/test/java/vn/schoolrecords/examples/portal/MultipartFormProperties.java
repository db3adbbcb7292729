package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The portal's multipart/form-data reader, its size limit, the PDF sniffing and the HTML escaping. */
class MultipartFormProperties {

    record Sent(String name, Optional<String> fileName, Optional<String> contentType, byte[] content) {
    }

    @Provide
    Arbitrary<List<Sent>> parts() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        // File names as browsers send them: any text but quotes, backslashes and line breaks (which they escape).
        Arbitrary<String> fileNames = Arbitraries.strings().all().excludeChars('"', '\\', '\r', '\n')
                .ofMinLength(0).ofMaxLength(20)
                .filter(s -> s.codePoints().noneMatch(c -> (c >= 0xD800 && c <= 0xDFFF) || c < 0x20));
        Arbitrary<byte[]> contents = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                // Contents that look like the delimiter's pieces, to tempt a sloppy reader.
                Arbitraries.of("\r\n", "--", "\r\n--", "-", "\r\n\r\n", "x", "%PDF-1.7").list().ofMaxSize(30)
                        .map(l -> String.join("", l).getBytes(StandardCharsets.US_ASCII)));
        return Combinators.combine(names, fileNames.optional(), Arbitraries.of("application/pdf", "text/plain").optional(),
                contents).as(Sent::new).list().ofMaxSize(MultipartForm.MAX_PARTS);
    }

    private static byte[] body(String boundary, List<Sent> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Sent p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(p.name()).append('"');
            p.fileName().ifPresent(f -> head.append("; filename=\"").append(f).append('"'));
            head.append("\r\n");
            p.contentType().ifPresent(t -> head.append("Content-Type: ").append(t).append("\r\n"));
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static boolean containsBoundary(List<Sent> parts, String boundary) {
        byte[] b = boundary.getBytes(StandardCharsets.US_ASCII);
        return parts.stream().anyMatch(p -> MultipartForm.indexOf(p.content(), b, 0) >= 0
                || p.fileName().map(f -> f.contains(boundary)).orElse(false));
    }

    @Property
    void whatIsSentIsWhatIsRead(@ForAll("parts") List<Sent> parts,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int salt) {
        String boundary = "----formBoundary" + Integer.toHexString(salt);
        Assume.that(!containsBoundary(parts, boundary)); // a browser picks a boundary absent from the contents

        MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=" + boundary, body(boundary, parts));

        assertThat(form.parts()).hasSize(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            MultipartForm.Part read = form.parts().get(i);
            Sent sent = parts.get(i);
            assertThat(read.name()).isEqualTo(sent.name());
            assertThat(read.fileName()).isEqualTo(sent.fileName());
            assertThat(read.contentType()).isEqualTo(sent.contentType());
            assertThat(read.content()).isEqualTo(sent.content());
        }
    }

    @Property
    void aTruncatedBodyIsRefusedOrReadWhole(@ForAll("parts") List<Sent> parts, @ForAll @IntRange(min = 0, max = 5000) int cut) {
        String boundary = "----formBoundaryZ9";
        Assume.that(!parts.isEmpty() && !containsBoundary(parts, boundary));
        byte[] whole = body(boundary, parts);
        byte[] prefix = Arrays.copyOf(whole, Math.min(cut, whole.length - 1));

        try {
            MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=" + boundary, prefix);
            // Only the closing delimiter's trailing line break may be missing: nothing is silently lost.
            assertThat(form.parts()).hasSize(parts.size());
            assertThat(form.parts().get(parts.size() - 1).content()).isEqualTo(parts.get(parts.size() - 1).content());
        } catch (UploadException e) {
            assertThat(e.code()).isEqualTo(UploadException.MALFORMED);
            assertThat(e.text().vi()).isNotBlank();
            assertThat(e.text().en()).isNotBlank();
        }
    }

    @Property
    void aBodyIsReadUpToTheLimitAndRefusedBeyondIt(@ForAll @IntRange(min = 0, max = 3000) int size,
            @ForAll @IntRange(min = 0, max = 3000) int limit, @ForAll boolean declared) throws Exception {
        byte[] body = new byte[size];
        if (size <= limit) {
            assertThat(MultipartForm.readBody(new ByteArrayInputStream(body), declared ? size : -1, limit)).hasSize(size);
        } else {
            assertThatThrownBy(() -> MultipartForm.readBody(new ByteArrayInputStream(body), declared ? size : -1, limit))
                    .isInstanceOfSatisfying(UploadException.class, e -> {
                        assertThat(e.code()).isEqualTo(UploadException.TOO_LARGE);
                        assertThat(e.status()).isEqualTo(413);
                    });
        }
    }

    @Property
    void escapedTextHasNoMarkupAndReadsBack(@ForAll String text) {
        String escaped = ReportPage.escape(text);

        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&")).isEqualTo(text);
    }

    @Example
    void aChromiumUploadIsRead() {
        // As Chromium sends it: the file name raw UTF-8, a quote in it escaped as %22.
        String boundary = "----WebKitFormBoundarye5ALxqJHzAk9TzQa";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"transcript\"; filename=\"học bạ %22A%22.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\n%%EOF\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=\"" + boundary + "\"", body);

        MultipartForm.Part part = form.part("transcript").orElseThrow();
        assertThat(part.fileName()).hasValue("học bạ %22A%22.pdf");
        assertThat(part.contentType()).hasValue("application/pdf");
        assertThat(new String(part.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7\r\n%%EOF");
    }

    @Example
    void otherContentTypesAndMissingBoundariesAreMalformed() {
        for (String type : new String[] {null, "text/plain", "multipart/form-data", "multipart/form-data; boundary=",
                "multipart/mixed; boundary=abc"}) {
            assertThatThrownBy(() -> MultipartForm.parse(type, "--abc--\r\n".getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOfSatisfying(UploadException.class, e -> assertThat(e.code()).isEqualTo(UploadException.MALFORMED));
        }
    }

    @Example
    void aPdfIsKnownByItsHeaderInTheFirstKilobyte() {
        assertThat(VerificationPortal.isPdf("%PDF-2.0\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        byte[] late = new byte[1030];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, late, 1019, 5);
        assertThat(VerificationPortal.isPdf(late)).isTrue();
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, late, 1020, 5);
        late[1019] = 0;
        assertThat(VerificationPortal.isPdf(late)).isFalse();
        assertThat(VerificationPortal.isPdf("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    }
}
