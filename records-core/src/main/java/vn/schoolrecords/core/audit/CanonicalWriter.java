package vn.schoolrecords.core.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Writes the canonical byte encoding of an {@link AuditEvent}: the bytes that the hash chain
 * covers. The encoding is defined here, field by field, so that it is the same on every JVM,
 * in every run and in every version of the library that reads schema {@code audit-log/1}:
 *
 * <table>
 * <caption>Canonical encoding (all integers big-endian)</caption>
 * <tr><th>value</th><th>bytes</th></tr>
 * <tr><td>text</td><td>uint32 length in bytes, then the UTF-8 bytes (as given; the domain
 *     values are already in Unicode NFC)</td></tr>
 * <tr><td>int</td><td>4 bytes, two's complement</td></tr>
 * <tr><td>long</td><td>8 bytes, two's complement</td></tr>
 * <tr><td>boolean</td><td>1 byte, 0 or 1</td></tr>
 * <tr><td>instant</td><td>long epoch seconds, then int nanoseconds (0–999 999 999)</td></tr>
 * <tr><td>enum constant</td><td>its name as text</td></tr>
 * <tr><td>optional</td><td>1 byte 0 when absent; 1 then the value when present</td></tr>
 * <tr><td>list</td><td>uint32 count, then each item</td></tr>
 * </table>
 *
 * <p>An event writes its type name first, then its fields in the order of its declaration
 * (see each event's {@code writeTo}). The length prefixes make the encoding unambiguous: no
 * two different events have the same bytes.
 *
 * <p>A writer is a reusable buffer, not thread-safe; the library makes a new one per chain
 * operation.
 */
public final class CanonicalWriter {

    private byte[] buf = new byte[256];
    private int size;

    /** Creates an empty writer. */
    public CanonicalWriter() {
    }

    /**
     * Writes a text.
     *
     * @param s the text, not null
     * @return this writer, not null
     */
    public CanonicalWriter text(String s) {
        Objects.requireNonNull(s, "s");
        int n = s.length();
        ensure(4 + n);
        int lengthAt = size;
        // locals, not fields, in the loop: the JIT keeps them in registers
        byte[] b = buf;
        int p = size + 4;
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            b[p++] = (byte) s.charAt(i++);
        }
        if (i < n) {
            size = p;
            writeNonAscii(s, i);
            b = buf;
            p = size;
        }
        putInt(b, lengthAt, p - lengthAt - 4);
        size = p;
        return this;
    }

    // UTF-8 written straight into the buffer, exactly as String.getBytes(UTF_8) writes it (an
    // unpaired surrogate becomes '?'), with no allocation.
    private void writeNonAscii(String s, int from) {
        int n = s.length();
        ensure(3 * (n - from));
        byte[] b = buf;
        int p = size;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = p;
    }

    /**
     * Writes the header every event starts with: its type name, then who acted, in which role,
     * and when. One definition for every log's events, so their encodings cannot drift apart.
     *
     * @param type the event's type name, e.g. {@code MARK_EDITED}, not null
     * @param event the event, not null
     * @return this writer, not null
     */
    public CanonicalWriter header(String type, AuditEvent event) {
        return text(type).text(event.actorId()).name(event.role()).instant(event.at());
    }

    /**
     * Writes an int.
     *
     * @param v the value
     * @return this writer, not null
     */
    public CanonicalWriter int32(int v) {
        ensure(4);
        putInt(buf, size, v);
        size += 4;
        return this;
    }

    /**
     * Writes a long.
     *
     * @param v the value
     * @return this writer, not null
     */
    public CanonicalWriter int64(long v) {
        ensure(8);
        putInt(buf, size, (int) (v >>> 32));
        putInt(buf, size + 4, (int) v);
        size += 8;
        return this;
    }

    /**
     * Writes a boolean.
     *
     * @param v the value
     * @return this writer, not null
     */
    public CanonicalWriter bool(boolean v) {
        ensure(1);
        buf[size++] = (byte) (v ? 1 : 0);
        return this;
    }

    /**
     * Writes an instant.
     *
     * @param t the instant, not null
     * @return this writer, not null
     */
    public CanonicalWriter instant(Instant t) {
        return int64(t.getEpochSecond()).int32(t.getNano());
    }

    /**
     * Writes an enum constant by name.
     *
     * @param e the constant, not null
     * @return this writer, not null
     */
    public CanonicalWriter name(Enum<?> e) {
        return text(e.name());
    }

    /**
     * Writes the presence flag of an optional value; the caller writes the value after it when
     * present.
     *
     * @param present whether the value is present
     * @return this writer, not null
     */
    public CanonicalWriter present(boolean present) {
        return bool(present);
    }

    /**
     * Writes a list: its count, then each item.
     *
     * @param items the items, not null
     * @param item writes one item, not null
     * @param <T> the item type
     * @return this writer, not null
     */
    public <T> CanonicalWriter list(Collection<T> items, BiConsumer<CanonicalWriter, T> item) {
        int32(items.size());
        for (T t : items) {
            item.accept(this, t);
        }
        return this;
    }

    /**
     * Writes raw bytes with no length prefix (used for fixed-length digests).
     *
     * @param bytes the bytes, not null
     * @return this writer, not null
     */
    CanonicalWriter raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** @return the number of bytes written */
    public int size() {
        return size;
    }

    /** @return a copy of the bytes written, not null */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    void reset() {
        size = 0;
    }

    byte[] buffer() {
        return buf;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
