package vn.schoolrecords.core.archive;

import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * One entry of the archive as its manifest lists it.
 *
 * @param path the entry's path in the ZIP, e.g. {@code records/students/HS0001.json}, not null
 * @param mediaType the media type, e.g. {@code application/json}, not null
 * @param sha256 the SHA-256 of the entry's bytes, 64 lower-case hexadecimal digits, not null
 * @param size the number of bytes, ≥ 0
 */
public record ManifestEntry(String path, String mediaType, String sha256, long size) {

    /**
     * Checks the path, the digest and the size.
     *
     * @throws InvalidValueException if one is malformed
     */
    public ManifestEntry {
        ArchivePaths.check(path);
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (!mediaType.matches("[a-z]+/[a-zA-Z0-9.+-]+")) {
            throw InvalidValueException.of("mediaType", "ManifestEntry.mediaType", LocalizedText.of(
                    "kiểu nội dung không hợp lệ", "malformed media type"), mediaType);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw InvalidValueException.of("sha256", "ManifestEntry.sha256", LocalizedText.of(
                    "SHA-256 phải gồm 64 chữ số thập lục phân viết thường", "a SHA-256 is 64 lower-case hex digits"), sha256);
        }
        if (size < 0) {
            throw InvalidValueException.of("size", "ManifestEntry.size", LocalizedText.of(
                    "kích thước không được âm", "a size is not negative"), size);
        }
    }
}
