package vn.schoolrecords.core.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.archive.internal.HashingOutputStream;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * Writes the year-end archive (tệp dữ liệu lưu trữ cuối năm học, 002 §II.5) of one school and
 * school year as a ZIP to the caller's stream, one entry at a time, hashing each entry while it
 * is written; {@link #finish} then writes the manifest ({@value ArchiveManifest#PATH}) and,
 * if a {@link ManifestSigner} is given, its detached signature ({@value ArchiveManifest#SIGNATURE_PATH}).
 *
 * <p>Memory does not grow with the size of the entries: each is streamed through a fixed
 * buffer. Only the manifest's lines (path, type, digest, size; about 150 bytes each) are kept.
 * The caller's stream is never closed. Every entry carries the archive's creation instant as its
 * time (in UTC), so the same input gives the same bytes.
 *
 * <pre>{@code
 * ArchiveWriter w = ArchiveWriter.start(out, roster.school(), roster.year(), createdAt);
 * w.addRoster(roster);
 * w.addJson("records/students/" + id + ".json", studentRecord);
 * w.addPdf("pdf/hoc-ba/" + id + ".pdf", pdfBytes);
 * ArchiveManifest manifest = w.finish();
 * }</pre>
 *
 * <p>Not thread-safe: one writer per archive, used by one thread. After any failure while an
 * entry is written, or after {@link #finish}, the writer refuses further use.
 */
public final class ArchiveWriter {

    /** The media type of JSON entries. */
    public static final String JSON = "application/json";
    /** The media type of PDF entries. */
    public static final String PDF = "application/pdf";
    /** The path of the roster written by {@link #addRoster}. */
    public static final String ROSTER_PATH = "records/school-roster.json";

    private static final int BUFFER = 8192;

    private final OutputStream out;
    private final ZipOutputStream zip;
    private final School school;
    private final SchoolYear year;
    private final Instant createdAt;
    private final LocalDateTime entryTime;
    private final List<ManifestEntry> entries = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private final java.security.MessageDigest digest = HashingOutputStream.sha256();
    private boolean finished;

    private ArchiveWriter(OutputStream out, School school, SchoolYear year, Instant createdAt) {
        this.out = out;
        this.zip = new ZipOutputStream(out);
        this.school = school;
        this.year = year;
        this.createdAt = createdAt;
        this.entryTime = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /**
     * Starts an archive on the caller's stream.
     *
     * @param out the stream to write the ZIP to, not null; never closed
     * @param school the school, not null
     * @param year the school year archived, not null
     * @param createdAt when the archive is made, from 1980 on (ZIP time), not null
     * @return the writer, not null
     */
    public static ArchiveWriter start(OutputStream out, School school, SchoolYear year, Instant createdAt) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(createdAt, "createdAt");
        if (createdAt.isBefore(Instant.parse("1980-01-01T00:00:00Z"))) {
            throw InvalidValueException.of("createdAt", "Archive.createdAt", LocalizedText.of(
                    "thời điểm tạo phải từ năm 1980", "the creation time must be 1980 or later"), createdAt);
        }
        return new ArchiveWriter(out, school, year, createdAt);
    }

    /**
     * Writes the roster as {@value #ROSTER_PATH}.
     *
     * @param roster the roster, not null
     * @return this writer, not null
     */
    public ArchiveWriter addRoster(SchoolRoster roster) {
        Objects.requireNonNull(roster, "roster");
        return addJson(ROSTER_PATH, roster);
    }

    /**
     * Writes a library value as a JSON entry, streamed.
     *
     * @param path the entry's path, e.g. {@code records/student-register.json}, not null
     * @param value the value, not null
     * @return this writer, not null
     * @throws InvalidValueException if the path is malformed, reserved or already used
     */
    public ArchiveWriter addJson(String path, Object value) {
        Objects.requireNonNull(value, "value");
        return entry(path, JSON, target -> RecordsJson.write(value, target));
    }

    /**
     * Writes a document given as bytes, e.g. a vendor's own JSON record.
     *
     * @param path the entry's path, not null
     * @param mediaType its media type, e.g. {@value #JSON}, not null
     * @param bytes the content, not null; not kept
     * @return this writer, not null
     * @throws InvalidValueException if the path or media type is malformed, reserved or already used
     */
    public ArchiveWriter add(String path, String mediaType, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return entry(path, mediaType, target -> target.write(bytes));
    }

    /**
     * Writes a PDF given as bytes.
     *
     * @param path the entry's path, e.g. {@code pdf/hoc-ba/HS0001.pdf}, not null
     * @param pdf the PDF, starting {@code %PDF-}, not null; not kept
     * @return this writer, not null
     * @throws InvalidValueException if the path is not valid, or the bytes are not a PDF
     */
    public ArchiveWriter addPdf(String path, byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F' || pdf[4] != '-') {
            throw InvalidValueException.of(path, "Archive.pdf", LocalizedText.of(
                    "tệp không phải PDF (không bắt đầu bằng %PDF-)", "not a PDF (does not start with %PDF-)"), pdf.length + " bytes");
        }
        return add(path, PDF, pdf);
    }

    /**
     * Writes an entry from a stream, copied through a fixed buffer; the stream is read to its
     * end and not closed.
     *
     * @param path the entry's path, not null
     * @param mediaType its media type, not null
     * @param content the content, not null; not closed
     * @return this writer, not null
     */
    public ArchiveWriter add(String path, String mediaType, InputStream content) {
        Objects.requireNonNull(content, "content");
        return entry(path, mediaType, target -> {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) != -1;) {
                target.write(buffer, 0, n);
            }
        });
    }

    /**
     * Writes the manifest and ends the ZIP; the caller's stream stays open.
     *
     * @return the manifest written, not null
     */
    public ArchiveManifest finish() {
        return finish(Optional.empty());
    }

    /**
     * Writes the manifest and its detached signature, and ends the ZIP.
     *
     * @param signer signs the manifest's exact bytes, not null
     * @return the manifest written, not null
     */
    public ArchiveManifest finish(ManifestSigner signer) {
        return finish(Optional.of(Objects.requireNonNull(signer, "signer")));
    }

    private ArchiveManifest finish(Optional<ManifestSigner> signer) {
        ensureOpen();
        ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.SCHEMA, school.code(), school.name(), year,
                createdAt, ArchiveManifest.DIGEST_ALGORITHM, entries);
        byte[] bytes = manifest.toBytes();
        try {
            raw(ArchiveManifest.PATH, bytes);
            if (signer.isPresent()) {
                byte[] signature = Objects.requireNonNull(signer.get().sign(bytes.clone()), "signature");
                if (signature.length == 0) {
                    throw new IllegalArgumentException("the manifest signer returned an empty signature");
                }
                raw(ArchiveManifest.SIGNATURE_PATH, signature);
            }
            zip.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = true;
        return manifest;
    }

    private void raw(String path, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(entryTime);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream target) throws IOException;
    }

    private ArchiveWriter entry(String path, String mediaType, Content content) {
        ensureOpen();
        ArchivePaths.check(path);
        Objects.requireNonNull(mediaType, "mediaType");
        if (ArchiveManifest.isReserved(path) || paths.contains(path)) {
            throw InvalidValueException.of("path", "Archive.duplicatePath", LocalizedText.of(
                    "đường dẫn đã dùng hoặc dành riêng cho bản kê", "path already used or reserved for the manifest"), path);
        }
        // Validate the media type before writing anything.
        new ManifestEntry(path, mediaType, "0".repeat(64), 0);
        try {
            ZipEntry entry = new ZipEntry(path);
            entry.setTimeLocal(entryTime);
            zip.putNextEntry(entry);
            HashingOutputStream hashing = new HashingOutputStream(zip, digest);
            content.writeTo(hashing);
            zip.closeEntry();
            entries.add(new ManifestEntry(path, mediaType, hashing.hex(), hashing.count()));
            paths.add(path);
        } catch (IOException e) {
            finished = true;
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // Half an entry is in the ZIP: the archive cannot be completed.
            finished = true;
            throw e;
        }
        return this;
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("the archive is finished");
        }
    }
}
