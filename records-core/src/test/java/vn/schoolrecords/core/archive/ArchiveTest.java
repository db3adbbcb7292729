package vn.schoolrecords.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.archive.ArchiveFixtures.CREATED;
import static vn.schoolrecords.core.archive.ArchiveFixtures.ROSTER;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.Student;

class ArchiveTest {

    private static Map<String, byte[]> sampleEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Student s : ROSTER.students().subList(0, 5)) {
            entries.put("records/students/" + s.id() + ".json", RecordsJson.write(s).getBytes(StandardCharsets.UTF_8));
            entries.put("pdf/hoc-ba/" + s.id() + ".pdf", ArchiveFixtures.pdf(s.fullName()));
        }
        return entries;
    }

    @Test
    void aWrittenArchiveVerifiesIntactAndListsEveryEntry() {
        byte[] zip = ArchiveFixtures.archive(sampleEntries());
        ArchiveReport report = ArchiveVerifier.verify(new ByteArrayInputStream(zip));
        assertThat(report.isIntact()).isTrue();
        assertThat(report.findings()).hasSize(11).allMatch(f -> f.status() == EntryFinding.Status.OK);
        assertThat(report.manifest().entries().get(0).path()).isEqualTo(ArchiveWriter.ROSTER_PATH);
        assertThat(report.manifest().entry("pdf/hoc-ba/" + ROSTER.students().get(0).id() + ".pdf").orElseThrow().mediaType())
                .isEqualTo("application/pdf");
        assertThat(report.manifestSignature()).isEmpty();
        assertThat(ArchiveManifest.parse(report.manifestBytes())).isEqualTo(report.manifest());
        assertThat(RecordsJson.read(new String(ArchiveFixtures.read(zip).get(ArchiveWriter.ROSTER_PATH),
                StandardCharsets.UTF_8), vn.schoolrecords.core.school.SchoolRoster.class)).isEqualTo(ROSTER);
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertThat(ArchiveFixtures.archive(sampleEntries())).isEqualTo(ArchiveFixtures.archive(sampleEntries()));
    }

    @Test
    void theCallersStreamIsNeverClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ArchiveWriter.start(out, ROSTER.school(), ROSTER.year(), CREATED).addRoster(ROSTER).finish();
        assertThat(closed[0]).isFalse();
        InputStream in = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ArchiveVerifier.verify(in);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void aDetachedSignatureOverTheManifestIsCarriedAndReportedNotVerified() {
        AtomicReference<byte[]> signed = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveManifest manifest = ArchiveWriter.start(out, ROSTER.school(), ROSTER.year(), CREATED).addRoster(ROSTER)
                .finish(bytes -> {
                    signed.set(bytes);
                    return new byte[] {1, 2, 3};
                });
        ArchiveReport report = ArchiveVerifier.verify(new ByteArrayInputStream(out.toByteArray()));
        assertThat(report.isIntact()).isTrue();
        assertThat(report.manifestSignature()).hasValueSatisfying(sig -> assertThat(sig).containsExactly(1, 2, 3));
        assertThat(report.manifestBytes()).isEqualTo(signed.get()).isEqualTo(manifest.toBytes());
        assertThat(report.findings()).extracting(EntryFinding::path).doesNotContain("manifest.sig", "manifest.json");
    }

    @Test
    void theManifestConformsToItsSchema() throws IOException {
        byte[] zip = ArchiveFixtures.archive(sampleEntries());
        String manifest = new String(ArchiveFixtures.read(zip).get(ArchiveManifest.PATH), StandardCharsets.UTF_8);
        try (InputStream in = getClass().getResourceAsStream(ArchiveManifest.SCHEMA_RESOURCE)) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertThat(schema.validate(manifest, InputFormat.JSON)).isEmpty();
            assertThat(schema.validate(manifest.replace("records/school-roster.json", "../roster.json"), InputFormat.JSON))
                    .isNotEmpty();
            assertThat(schema.validate(manifest.replace("\"SHA-256\"", "\"MD5\""), InputFormat.JSON)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "/abs.json", "a//b.json", "a/./b.json", "a\\b.json", "manifest.json",
        "manifest.sig", "records/school-roster.json", "", "lớp/10A1.json"})
    void unsafeReservedOrRepeatedPathsAreRejected(String path) {
        ArchiveWriter w = ArchiveWriter.start(new ByteArrayOutputStream(), ROSTER.school(), ROSTER.year(), CREATED)
                .addRoster(ROSTER);
        assertThatThrownBy(() -> w.add(path, ArchiveWriter.JSON, new byte[] {'{', '}'}))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPdfEntryMustBeAPdf() {
        ArchiveWriter w = ArchiveWriter.start(new ByteArrayOutputStream(), ROSTER.school(), ROSTER.year(), CREATED);
        assertThatThrownBy(() -> w.addPdf("pdf/x.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFinishedWriterRefusesMoreEntries() {
        ArchiveWriter w = ArchiveWriter.start(new ByteArrayOutputStream(), ROSTER.school(), ROSTER.year(), CREATED);
        w.finish();
        assertThatThrownBy(() -> w.addRoster(ROSTER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void garbageTruncatedOrManifestlessArchivesAreTypedErrors() {
        byte[] zip = ArchiveFixtures.archive(sampleEntries());
        assertProblem(Arrays.copyOf(zip, zip.length / 2), MalformedArchiveException.Problem.NOT_A_ZIP);
        assertProblem("not a zip at all".getBytes(StandardCharsets.UTF_8), MalformedArchiveException.Problem.NO_MANIFEST);
        assertProblem(new byte[0], MalformedArchiveException.Problem.NO_MANIFEST);
        assertProblem(ArchiveFixtures.rewrite(zip, m -> {
            m.remove(ArchiveManifest.PATH);
            return m;
        }), MalformedArchiveException.Problem.NO_MANIFEST);
        assertProblem(ArchiveFixtures.rewrite(zip, m -> {
            m.put(ArchiveManifest.PATH, "{\"schema\":\"archive-manifest/9\"}".getBytes(StandardCharsets.UTF_8));
            return m;
        }), MalformedArchiveException.Problem.BAD_MANIFEST);
    }

    @Test
    void aRepeatedEntryNameIsATypedError() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("records/a.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put("records/b.json", "[]".getBytes(StandardCharsets.UTF_8));
        byte[] zip = ArchiveFixtures.archive(entries);
        // Rename b to a in the local header, where a streaming reader reads names.
        byte[] needle = "records/b.json".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(zip, needle);
        zip[at + needle.length - 6] = 'a';
        assertProblem(zip, MalformedArchiveException.Problem.DUPLICATE_ENTRY);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void assertProblem(byte[] zip, MalformedArchiveException.Problem problem) {
        assertThatThrownBy(() -> ArchiveVerifier.verify(new ByteArrayInputStream(zip)))
                .isInstanceOfSatisfying(MalformedArchiveException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.code()).isEqualTo("ARCHIVE_MALFORMED");
                });
    }
}
