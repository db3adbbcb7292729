package vn.schoolrecords.core.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.security.MessageDigest;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.audit.internal.Sha256;

/**
 * One event of a hash-chained log with its place in the chain.
 *
 * <p>The hash is SHA-256 over {@code previous (32 bytes) ‖ sequence (int64, big-endian) ‖
 * canonical bytes of the event} (see {@link CanonicalWriter}). The first entry has sequence 1
 * and previous {@link Digest#GENESIS}; each next entry has the next sequence and the previous
 * entry's hash, so removing, reordering, inserting or altering any entry breaks the chain.
 *
 * @param sequence the position in the log, from 1
 * @param previous the hash of the entry before, or {@link Digest#GENESIS} for the first, not null
 * @param event the event, not null
 * @param hash the hash of this entry, not null
 * @param <E> the event type
 */
public record AuditEntry<E extends AuditEvent>(long sequence, Digest previous, E event, Digest hash) {

    /**
     * Checks presence and the sequence.
     *
     * @throws InvalidValueException if the sequence is below 1
     */
    public AuditEntry {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw InvalidValueException.of("sequence", "AuditEntry.sequence", LocalizedText.of(
                    "số thứ tự sự kiện bắt đầu từ 1", "an entry's sequence starts at 1"), sequence);
        }
    }

    /**
     * Chains an event after the given head: computes its hash.
     *
     * @param previous the hash of the last entry, or {@link Digest#GENESIS}, not null
     * @param sequence the sequence of the new entry, from 1
     * @param event the event, not null
     * @param <E> the event type
     * @return the entry, not null
     */
    public static <E extends AuditEvent> AuditEntry<E> chain(Digest previous, long sequence, E event) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(event, "event");
        MessageDigest md = Sha256.newDigest();
        CanonicalWriter out = new CanonicalWriter();
        return new AuditEntry<>(sequence, previous, event, Digest.wrap(hashOf(md, out, previous, sequence, event)));
    }

    /**
     * Whether the stored hash is the hash of this entry's content.
     *
     * @return true if intact
     */
    @JsonIgnore
    public boolean isIntact() {
        return hash.matches(hashOf(Sha256.newDigest(), new CanonicalWriter(), previous, sequence, event));
    }

    /**
     * The exact bytes this entry's hash covers.
     *
     * @return a new array, not null
     */
    public byte[] hashedBytes() {
        CanonicalWriter out = new CanonicalWriter();
        encode(out, previous, sequence, event);
        return out.toByteArray();
    }

    static byte[] hashOf(MessageDigest md, CanonicalWriter out, Digest previous, long sequence, AuditEvent event) {
        out.reset();
        encode(out, previous, sequence, event);
        md.update(out.buffer(), 0, out.size());
        return md.digest();
    }

    static void hashInto(MessageDigest md, CanonicalWriter out, Digest previous, long sequence, AuditEvent event,
            byte[] into) {
        out.reset();
        encode(out, previous, sequence, event);
        md.update(out.buffer(), 0, out.size());
        try {
            md.digest(into, 0, into.length);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("SHA-256 writes 32 bytes", e);
        }
    }

    private static void encode(CanonicalWriter out, Digest previous, long sequence, AuditEvent event) {
        previous.writeRaw(out);
        out.int64(sequence);
        event.writeTo(out);
    }
}
