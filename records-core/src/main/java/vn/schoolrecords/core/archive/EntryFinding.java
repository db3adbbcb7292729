package vn.schoolrecords.core.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * What the verifier found for one entry path.
 *
 * @param path the entry's path, not null
 * @param status the finding, not null
 * @param expected the manifest's line, empty for an {@link Status#EXTRA} entry
 * @param actualSha256 the SHA-256 of the bytes found, empty for a {@link Status#MISSING} entry
 * @param actualSize the number of bytes found, empty for a missing entry
 */
public record EntryFinding(String path, Status status, Optional<ManifestEntry> expected, Optional<String> actualSha256,
        Optional<Long> actualSize) {

    /** The finding for one path. */
    public enum Status {
        /** Present with the digest and size the manifest lists. */
        OK,
        /** Listed in the manifest, absent from the archive. */
        MISSING,
        /** In the archive, not listed in the manifest. */
        EXTRA,
        /** Present, but its digest or size differs from the manifest's. */
        ALTERED
    }

    /** Checks presence. */
    public EntryFinding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actualSha256, "actualSha256");
        Objects.requireNonNull(actualSize, "actualSize");
    }
}
