package vn.schoolrecords.core.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * The manifest ({@value #PATH}) of a year-end archive: which school and year, when it was made,
 * and every entry's path, media type, SHA-256 and size. JSON schema {@value #SCHEMA}, resource
 * {@value #SCHEMA_RESOURCE}. A detached signature over its exact bytes may travel beside it as
 * {@value #SIGNATURE_PATH}.
 *
 * @param schema always {@value #SCHEMA}
 * @param schoolCode the school's code, not null
 * @param schoolName the school's name, not null
 * @param year the school year archived, not null
 * @param createdAt when the archive was made (also every entry's timestamp), not null
 * @param digestAlgorithm always {@value #DIGEST_ALGORITHM}
 * @param entries every entry except the manifest and its signature, in the order written, not null
 */
public record ArchiveManifest(String schema, String schoolCode, String schoolName, SchoolYear year, Instant createdAt,
        String digestAlgorithm, List<ManifestEntry> entries) {

    /** The schema and version of the manifest. */
    public static final String SCHEMA = "archive-manifest/1";
    /** The JSON Schema resource of the manifest. */
    public static final String SCHEMA_RESOURCE = "/schema/archive-manifest-1.schema.json";
    /** The path of the manifest in the archive. */
    public static final String PATH = "manifest.json";
    /** The path of the optional detached signature over the manifest's bytes. */
    public static final String SIGNATURE_PATH = "manifest.sig";
    /** The digest algorithm of every entry. */
    public static final String DIGEST_ALGORITHM = "SHA-256";

    /**
     * Checks presence, the schema and algorithm, and that no path repeats or is reserved.
     *
     * @throws InvalidValueException otherwise
     */
    public ArchiveManifest {
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!DIGEST_ALGORITHM.equals(digestAlgorithm)) {
            throw InvalidValueException.of("digestAlgorithm", "ArchiveManifest.algorithm", LocalizedText.of(
                    "thuật toán băm phải là SHA-256", "the digest algorithm must be SHA-256"), digestAlgorithm);
        }
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String p = entries.get(i).path();
            if (isReserved(p) || !seen.add(p)) {
                throw InvalidValueException.of("entries[" + i + "].path", "ArchiveManifest.path", LocalizedText.of(
                        "đường dẫn bị trùng hoặc dành riêng", "path repeated or reserved"), p);
            }
        }
    }

    /**
     * Reads a manifest from its bytes.
     *
     * @param bytes the UTF-8 JSON, not null
     * @return the manifest, not null
     * @throws vn.schoolrecords.core.MalformedDocumentException if it is not a manifest
     * @throws InvalidValueException if a value breaks a rule
     */
    public static ArchiveManifest parse(byte[] bytes) {
        return RecordsJson.read(new String(bytes, StandardCharsets.UTF_8), ArchiveManifest.class);
    }

    /**
     * The exact bytes written as {@value #PATH}: what a detached signature covers.
     *
     * @return a fresh copy of the UTF-8 JSON, not null
     */
    public byte[] toBytes() {
        return RecordsJson.write(this).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The entry with a path.
     *
     * @param path the path, not null
     * @return the entry, or empty
     */
    public Optional<ManifestEntry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    static boolean isReserved(String path) {
        return PATH.equals(path) || SIGNATURE_PATH.equals(path);
    }
}
