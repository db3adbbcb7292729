package vn.schoolrecords.core.transcript.digital.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The content encoding of Phụ lục 02: GZip, 4-byte little-endian uncompressed length in front, Base64. */
class SubmissionContentProperties {

    @Property(tries = 200)
    void decodeOfEncodeIsIdentity(@ForAll @Size(max = 20_000) byte[] xml) {
        assertThat(SubmissionContent.decode(SubmissionContent.encode(xml), xml.length)).isEqualTo(xml);
    }

    @Property(tries = 100)
    void prefixIsTheUncompressedLengthLittleEndianFollowedByGzip(@ForAll @StringLength(max = 5_000) String text)
            throws IOException {
        byte[] xml = text.getBytes(StandardCharsets.UTF_8);
        byte[] raw = Base64.getDecoder().decode(SubmissionContent.encode(xml));

        int declared = (raw[0] & 0xFF) | (raw[1] & 0xFF) << 8 | (raw[2] & 0xFF) << 16 | (raw[3] & 0xFF) << 24;
        assertThat(declared).isEqualTo(xml.length);
        assertThat(raw[4] & 0xFF).isEqualTo(0x1F);
        assertThat(raw[5] & 0xFF).isEqualTo(0x8B);
        // independent decoding, as the portal's C# DecompressString does: skip 4 bytes, gunzip
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw, 4, raw.length - 4))) {
            assertThat(in.readAllBytes()).isEqualTo(xml);
        }
    }

    @Example
    void lengthOf300IsWrittenAs2C010000() {
        byte[] raw = Base64.getDecoder().decode(SubmissionContent.encode(new byte[300]));

        assertThat(new byte[] {raw[0], raw[1], raw[2], raw[3]}).containsExactly(0x2C, 0x01, 0x00, 0x00);
    }

    @Example
    void aContentThatWouldExpandPastTheLimitIsRefusedBeforeDecompressing() {
        String bomb = SubmissionContent.encode(new byte[1_000_000]);

        assertThatThrownBy(() -> SubmissionContent.decode(bomb, 999_999))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.problem()).isEqualTo(SubmissionException.Problem.CONTENT_TOO_LARGE));
    }

    @Example
    void aLyingLengthPrefixIsRefused() {
        byte[] raw = Base64.getDecoder().decode(SubmissionContent.encode("<DANH_SACH_HOC_BA/>".getBytes(StandardCharsets.UTF_8)));
        raw[0]--;
        String lying = Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> SubmissionContent.decode(lying, 1000))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.problem()).isEqualTo(SubmissionException.Problem.CONTENT_MALFORMED));
    }

    @Example
    void notBase64OrNotGzipIsRefused() {
        assertThatThrownBy(() -> SubmissionContent.decode("không phải base64!", 1000))
                .isInstanceOf(SubmissionException.class);
        String notGzip = Base64.getEncoder().encodeToString(new byte[40]);
        assertThatThrownBy(() -> SubmissionContent.decode(notGzip, 1000))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.problem()).isEqualTo(SubmissionException.Problem.CONTENT_MALFORMED));
    }
}
