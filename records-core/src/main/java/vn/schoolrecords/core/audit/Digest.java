package vn.schoolrecords.core.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * A SHA-256 digest (mã băm), 32 bytes, written as 64 lower-case hexadecimal digits.
 *
 * <p>Immutable: the bytes are copied in and out.
 */
public final class Digest {

    /** The length of a SHA-256 digest in bytes. */
    public static final int LENGTH = 32;

    /** The "previous hash" of the first event of every chain: 32 zero bytes. */
    public static final Digest GENESIS = new Digest(new byte[LENGTH]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Digest(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The digest with the given bytes.
     *
     * @param bytes exactly 32 bytes, not null; copied
     * @return the digest, not null
     * @throws InvalidValueException if not 32 bytes
     */
    public static Digest of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw InvalidValueException.of("", "Digest.length", LocalizedText.of(
                    "mã băm SHA-256 dài đúng 32 byte", "a SHA-256 digest is exactly 32 bytes"), bytes.length);
        }
        return new Digest(bytes.clone());
    }

    /**
     * Reads 64 lower-case hexadecimal digits; nothing else (no upper case, no spaces).
     *
     * @param hex the text, not null
     * @return the digest, not null
     * @throws InvalidValueException if the text is not 64 lower-case hex digits
     */
    @JsonCreator
    public static Digest parse(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw InvalidValueException.of("", "Digest.format", LocalizedText.of(
                    "mã băm SHA-256 viết bằng 64 chữ số thập lục phân thường",
                    "a SHA-256 digest is written as 64 lower-case hexadecimal digits"), hex);
        }
        return new Digest(HEX.parseHex(hex));
    }

    static Digest wrap(byte[] ownedBytes) {
        return new Digest(ownedBytes);
    }

    /** @return a copy of the 32 bytes, not null */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    void writeRaw(CanonicalWriter out) {
        out.raw(bytes);
    }

    boolean matches(byte[] other) {
        return MessageDigest.isEqual(bytes, other);
    }

    /** @return the 64 lower-case hexadecimal digits; {@link #parse} reads them back */
    @JsonValue
    @Override
    public String toString() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
