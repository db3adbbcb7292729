package vn.schoolrecords.core.transcript.digital.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import vn.schoolrecords.core.LocalizedText;

/**
 * The encoding of a transaction's {@code content} (CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0, Phụ lục
 * 02 "Hàm mã hoá dữ liệu truyền nhận", the C# {@code CompressString}): the UTF-8 bytes of the XML
 * are GZip-compressed; four bytes holding the <em>uncompressed</em> length are put in front —
 * {@code BitConverter.GetBytes(int)}, which is little-endian on every platform .NET runs the
 * portals on — and the whole is Base64 (RFC 4648, with padding, no line breaks).
 */
public final class SubmissionContent {

    private SubmissionContent() {
    }

    /**
     * Encodes XML for a transaction's content.
     *
     * @param xml the UTF-8 XML, not null
     * @return the Base64 text, not null
     */
    public static String encode(byte[] xml) {
        return Base64.getEncoder().encodeToString(compress(xml));
    }

    /**
     * The compressed form with its length prefix, before Base64.
     *
     * @param xml the UTF-8 XML, not null
     * @return the prefixed GZip bytes, not null
     */
    static byte[] compress(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length / 4 + 64);
        int n = xml.length;
        out.write(n);
        out.write(n >>> 8);
        out.write(n >>> 16);
        out.write(n >>> 24);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Decodes a transaction's content, refusing anything that would expand past a limit.
     *
     * @param content the Base64 text, not null
     * @param maxBytes the largest decompressed size accepted, ≥ 0
     * @return the UTF-8 XML, exactly as long as its prefix says, not null
     * @throws SubmissionException {@link SubmissionException.Problem#CONTENT_MALFORMED} or
     *     {@link SubmissionException.Problem#CONTENT_TOO_LARGE}
     */
    public static byte[] decode(String content, int maxBytes) {
        Objects.requireNonNull(content, "content");
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw malformed("không phải Base64", "not Base64", e);
        }
        if (raw.length < 4 + 18) {
            throw malformed("quá ngắn", "too short", null);
        }
        long declared = (raw[0] & 0xFFL) | (raw[1] & 0xFFL) << 8 | (raw[2] & 0xFFL) << 16 | (raw[3] & 0xFFL) << 24;
        if (declared > maxBytes) {
            throw new SubmissionException(SubmissionException.Problem.CONTENT_TOO_LARGE, LocalizedText.of(
                    "nội dung giải nén " + declared + " byte, vượt giới hạn " + maxBytes,
                    "the content expands to " + declared + " bytes, over the limit of " + maxBytes), null);
        }
        byte[] xml = new byte[(int) declared];
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw, 4, raw.length - 4))) {
            int read = in.readNBytes(xml, 0, xml.length);
            if (read != xml.length || in.read() != -1) {
                throw malformed("độ dài khác với độ dài khai báo " + declared,
                        "its length differs from the declared " + declared, null);
            }
        } catch (IOException e) {
            throw malformed("không giải nén được GZip", "not valid GZip", e);
        }
        return xml;
    }

    private static SubmissionException malformed(String vi, String en, Throwable cause) {
        return new SubmissionException(SubmissionException.Problem.CONTENT_MALFORMED, LocalizedText.of(
                "nội dung giao dịch không hợp lệ: " + vi, "the transaction content is malformed: " + en), cause);
    }
}
