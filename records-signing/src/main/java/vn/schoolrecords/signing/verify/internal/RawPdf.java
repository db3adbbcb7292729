package vn.schoolrecords.signing.verify.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file as bytes, not as a parser sees it: where revisions end, what a byte range leaves out,
 * where object headers are. Signatures cover bytes, so their checks must be made on bytes.
 */
final class RawPdf {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** An object header at the start of a line: "12 0 obj". */
    private static final Pattern HEADER = Pattern.compile("(?<=[\\r\\n])(\\d{1,10})[ \\t\\r\\n\\f\\x00]+(\\d{1,5})[ \\t\\r\\n\\f\\x00]+obj\\b");
    private static final Pattern STARTXREF = Pattern.compile("startxref[ \\t\\r\\n\\f\\x00]+(\\d{1,12})[ \\t\\r\\n\\f\\x00]*%%EOF");

    private final byte[] pdf;
    private final List<Long> revisionEnds;

    RawPdf(byte[] pdf) {
        this.pdf = pdf;
        this.revisionEnds = revisionEnds(pdf);
    }

    byte[] bytes() {
        return pdf;
    }

    /** Where each revision ends: just after each %%EOF and its end-of-line, in file order. */
    List<Long> revisionEnds() {
        return revisionEnds;
    }

    /** The 1-based revision that ends exactly at an offset, or 0 if no revision ends there. */
    int revisionEndingAt(long end) {
        for (int i = 0; i < revisionEnds.size(); i++) {
            long e = revisionEnds.get(i);
            // A writer may or may not put an end-of-line after %%EOF: both ends are the revision's.
            if (e == end || (end < e && end >= e - 2 && isEolFrom(end, e) && endsWithEof(end))) {
                return i + 1;
            }
        }
        return 0;
    }

    private boolean isEolFrom(long from, long to) {
        for (long i = from; i < to; i++) {
            if (pdf[(int) i] != '\r' && pdf[(int) i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private boolean endsWithEof(long end) {
        if (end < EOF.length) {
            return false;
        }
        for (int i = 0; i < EOF.length; i++) {
            if (pdf[(int) end - EOF.length + i] != EOF[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The /Contents hex string that a byte range's gap must be exactly: {@code <}, hex digits,
     * {@code >}, nothing else. Returns the decoded bytes, or empty if the gap is anything else.
     */
    Optional<byte[]> gapHexString(long gapStart, long gapEnd) {
        if (gapStart < 0 || gapEnd > pdf.length || gapEnd - gapStart < 2) {
            return Optional.empty();
        }
        int start = (int) gapStart;
        int end = (int) gapEnd;
        if (pdf[start] != '<' || pdf[end - 1] != '>' || (end - start - 2) % 2 != 0) {
            return Optional.empty();
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(HexFormat.of().parseHex(new String(pdf, start + 1, end - start - 2, StandardCharsets.US_ASCII)));
    }

    /** Bytes after the last %%EOF other than white space, or -1 if none. */
    long trailingGarbageOffset() {
        long last = revisionEnds.isEmpty() ? 0 : revisionEnds.get(revisionEnds.size() - 1);
        for (long i = last; i < pdf.length; i++) {
            byte b = pdf[(int) i];
            if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f' && b != 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the revision between two offsets ends with a startxref that points inside it. */
    boolean hasOwnCrossReference(long from, long to) {
        long offset = startxref(from, to);
        return offset >= from && offset < to;
    }

    /** The offset the revision's last startxref names, or -1. */
    long startxref(long from, long to) {
        String text = new String(pdf, (int) from, (int) (to - from), StandardCharsets.ISO_8859_1);
        Matcher m = STARTXREF.matcher(text);
        long offset = -1;
        while (m.find()) {
            offset = Long.parseLong(m.group(1));
        }
        return offset;
    }

    /** An object header found in the raw bytes. */
    record Header(long objectNumber, int generation, long offset) {
    }

    /** The object headers that start a line between two offsets. */
    List<Header> headers(long from, long to) {
        String text = new String(pdf, (int) from, (int) (to - from), StandardCharsets.ISO_8859_1);
        List<Header> headers = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            try {
                headers.add(new Header(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), from + m.start()));
            } catch (NumberFormatException e) {
                // Too large to be an object number: not a header a reader would accept.
            }
        }
        return headers;
    }

    private static List<Long> revisionEnds(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        outer:
        for (int i = 0; i + EOF.length <= pdf.length; i++) {
            for (int j = 0; j < EOF.length; j++) {
                if (pdf[i + j] != EOF[j]) {
                    continue outer;
                }
            }
            int end = i + EOF.length;
            if (end < pdf.length && pdf[end] == '\r') {
                end++;
            }
            if (end < pdf.length && pdf[end] == '\n') {
                end++;
            }
            ends.add((long) end);
            i = end - 1;
        }
        return List.copyOf(ends);
    }
}
