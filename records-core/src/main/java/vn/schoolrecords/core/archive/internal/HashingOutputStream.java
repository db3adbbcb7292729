package vn.schoolrecords.core.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Forwards bytes to a target while hashing and counting them. Closing it does not close the
 * target: the entry's writer may close what it was handed without ending the archive.
 */
public final class HashingOutputStream extends OutputStream {

    private final OutputStream target;
    private final MessageDigest digest;
    private long count;

    /**
     * @param target where the bytes go, not closed
     * @param digest a SHA-256 digest, reset here and reused by the caller for the next entry
     */
    public HashingOutputStream(OutputStream target, MessageDigest digest) {
        this.target = target;
        this.digest = digest;
        digest.reset();
    }

    /** @return a new SHA-256 digest; every Java platform has one */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform lacks SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    @Override
    public void flush() {
        // Not forwarded: a JSON writer flushes after each value, and pushing that through the
        // ZIP to the caller's stream would mean one system call per entry. The archive writer
        // flushes the caller's stream once, when it finishes.
    }

    @Override
    public void close() {
        // The target is the archive's stream: it stays open.
    }

    /** @return the number of bytes written */
    public long count() {
        return count;
    }

    /** @return the lower-case hex SHA-256 of the bytes written; call once, it resets the digest */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
