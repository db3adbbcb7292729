package vn.schoolrecords.core.archive;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.archive.MalformedArchiveException.Problem;
import vn.schoolrecords.core.archive.internal.HashingOutputStream;

/**
 * Verifies a year-end archive against its manifest, reading it once as a stream: every entry is
 * hashed through a fixed buffer, so memory grows only with the number of entries (one digest
 * each), not with their size. Every missing, extra or altered entry is reported in the
 * {@link ArchiveReport}; only an archive that cannot be read is an error.
 */
public final class ArchiveVerifier {

    /** The largest manifest read, in bytes: 64 MiB, about 400,000 entries. */
    public static final int MAX_MANIFEST_BYTES = 64 << 20;
    /** The largest detached signature read, in bytes: 1 MiB. */
    public static final int MAX_SIGNATURE_BYTES = 1 << 20;

    private static final OutputStream DISCARD = OutputStream.nullOutputStream();
    private static final int BUFFER = 8192;

    private ArchiveVerifier() {
    }

    /**
     * Verifies an archive.
     *
     * @param zip the archive, not null; read to the end of the ZIP, not closed
     * @return the report, not null
     * @throws MalformedArchiveException if it is not a readable ZIP, repeats an entry name, or
     *     has no valid manifest
     * @throws UncheckedIOException if reading the stream fails for another reason
     */
    public static ArchiveReport verify(InputStream zip) {
        Objects.requireNonNull(zip, "zip");
        record Found(String sha256, long size) {
        }
        Map<String, Found> found = new LinkedHashMap<>();
        byte[] manifestBytes = null;
        byte[] signature = null;
        ZipInputStream in = new ZipInputStream(new NonClosing(zip));
        MessageDigest digest = HashingOutputStream.sha256();
        byte[] buffer = new byte[BUFFER];
        try {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String name = entry.getName();
                if (found.containsKey(name) || (ArchiveManifest.PATH.equals(name) && manifestBytes != null)
                        || (ArchiveManifest.SIGNATURE_PATH.equals(name) && signature != null)) {
                    throw new MalformedArchiveException(Problem.DUPLICATE_ENTRY, LocalizedText.of(
                            "mục " + name + " xuất hiện hai lần", "entry " + name + " appears twice"), null);
                }
                if (ArchiveManifest.PATH.equals(name)) {
                    manifestBytes = readBounded(in, MAX_MANIFEST_BYTES, name);
                } else if (ArchiveManifest.SIGNATURE_PATH.equals(name)) {
                    signature = readBounded(in, MAX_SIGNATURE_BYTES, name);
                } else {
                    HashingOutputStream hashing = new HashingOutputStream(DISCARD, digest);
                    for (int n; (n = in.read(buffer)) != -1;) {
                        hashing.write(buffer, 0, n);
                    }
                    found.put(name, new Found(hashing.hex(), hashing.count()));
                }
            }
        } catch (ZipException | EOFException e) {
            throw new MalformedArchiveException(Problem.NOT_A_ZIP, LocalizedText.of(
                    "tệp ZIP hỏng hoặc không phải ZIP: " + e.getMessage(),
                    "damaged or not a ZIP: " + e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream reports a malformed entry name (bad UTF-8) this way.
            throw new MalformedArchiveException(Problem.NOT_A_ZIP, LocalizedText.of(
                    "tên mục không đọc được: " + e.getMessage(), "unreadable entry name: " + e.getMessage()), e);
        }
        if (manifestBytes == null) {
            throw new MalformedArchiveException(Problem.NO_MANIFEST, LocalizedText.of(
                    "không có bản kê " + ArchiveManifest.PATH, "no manifest " + ArchiveManifest.PATH), null);
        }
        ArchiveManifest manifest;
        try {
            manifest = ArchiveManifest.parse(manifestBytes);
        } catch (RecordsException e) {
            throw new MalformedArchiveException(Problem.BAD_MANIFEST, LocalizedText.of(
                    "bản kê không hợp lệ: " + e.text().vi(), "invalid manifest: " + e.text().en()), e);
        }
        List<EntryFinding> findings = new ArrayList<>();
        for (ManifestEntry expected : manifest.entries()) {
            Found actual = found.remove(expected.path());
            if (actual == null) {
                findings.add(new EntryFinding(expected.path(), EntryFinding.Status.MISSING, Optional.of(expected),
                        Optional.empty(), Optional.empty()));
            } else {
                boolean same = actual.sha256().equals(expected.sha256()) && actual.size() == expected.size();
                findings.add(new EntryFinding(expected.path(), same ? EntryFinding.Status.OK : EntryFinding.Status.ALTERED,
                        Optional.of(expected), Optional.of(actual.sha256()), Optional.of(actual.size())));
            }
        }
        found.forEach((path, actual) -> findings.add(new EntryFinding(path, EntryFinding.Status.EXTRA, Optional.empty(),
                Optional.of(actual.sha256()), Optional.of(actual.size()))));
        return new ArchiveReport(manifest, manifestBytes, Optional.ofNullable(signature), findings);
    }

    private static byte[] readBounded(InputStream in, int max, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1;) {
            if (bytes.size() + n > max) {
                throw new MalformedArchiveException(Problem.BAD_MANIFEST, LocalizedText.of(
                        name + " lớn hơn " + max + " byte", name + " is larger than " + max + " bytes"), null);
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    /** Keeps the caller's stream open whatever the ZIP reader does. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller's stream.
        }
    }
}
