package vn.schoolrecords.core.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;

/** Builds archives and rewrites them entry by entry, as a tamperer would. */
final class ArchiveFixtures {

    static final SchoolRoster ROSTER = SampleSchools.upperSecondary(11);
    static final Instant CREATED = Instant.parse("2026-06-30T09:00:00Z");

    private ArchiveFixtures() {
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes an archive with the given extra entries after the roster. */
    static byte[] archive(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveWriter w = ArchiveWriter.start(out, ROSTER.school(), ROSTER.year(), CREATED).addRoster(ROSTER);
        entries.forEach((path, bytes) -> {
            if (path.endsWith(".pdf")) {
                w.addPdf(path, bytes);
            } else {
                w.add(path, ArchiveWriter.JSON, bytes);
            }
        });
        w.finish();
        return out.toByteArray();
    }

    /** Every entry of a ZIP, in order. */
    static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes a ZIP of the given entries, in order. */
    static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] rewrite(byte[] zip, UnaryOperator<Map<String, byte[]>> change) {
        return write(change.apply(new LinkedHashMap<>(read(zip))));
    }
}
