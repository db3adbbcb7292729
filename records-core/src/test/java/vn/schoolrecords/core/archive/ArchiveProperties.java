package vn.schoolrecords.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.archive.EntryFinding.Status;

/** The archive round trip is the identity, and any altered, removed or added entry is detected. */
class ArchiveProperties {

    @Provide
    Arbitrary<Map<String, byte[]>> entries() {
        Arbitrary<String> path = Arbitraries.strings().withChars("abcxyz019._-").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.equals(".") && !s.equals(".."))
                .list().ofMinSize(1).ofMaxSize(3).map(parts -> "records/" + String.join("/", parts) + ".json");
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        return Arbitraries.maps(path, bytes).ofMinSize(1).ofMaxSize(12)
                .filter(m -> m.keySet().stream().noneMatch(p -> m.keySet().stream().anyMatch(
                        q -> !q.equals(p) && q.startsWith(p.substring(0, p.length() - 5) + "/"))))
                .map(LinkedHashMap::new);
    }

    @Property(tries = 100)
    void roundTripIsIdentity(@ForAll("entries") Map<String, byte[]> entries) {
        byte[] zip = ArchiveFixtures.archive(entries);
        Map<String, byte[]> back = ArchiveFixtures.read(zip);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertThat(back.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(back.keySet()).hasSize(entries.size() + 2);
        ArchiveReport report = ArchiveVerifier.verify(new ByteArrayInputStream(zip));
        assertThat(report.isIntact()).isTrue();
        assertThat(report.findings()).extracting(EntryFinding::path).containsExactlyElementsOf(
                back.keySet().stream().filter(p -> !p.equals(ArchiveManifest.PATH)).toList());
        assertThat(report.manifest().entries()).allSatisfy(m -> assertThat(m.size()).isEqualTo(back.get(m.path()).length));
    }

    @Property(tries = 100)
    void aFlippedByteInAnyEntryIsReportedAsAltered(@ForAll("entries") Map<String, byte[]> entries,
            @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] zip = ArchiveFixtures.archive(entries);
        List<String> paths = ArchiveFixtures.read(zip).keySet().stream()
                .filter(p -> !p.equals(ArchiveManifest.PATH)).toList();
        String victim = paths.get(which % paths.size());
        Assume.that(ArchiveFixtures.read(zip).get(victim).length > 0);
        byte[] tampered = ArchiveFixtures.rewrite(zip, m -> {
            byte[] content = m.get(victim).clone();
            content[where % content.length] ^= (byte) mask;
            m.put(victim, content);
            return m;
        });
        ArchiveReport report = ArchiveVerifier.verify(new ByteArrayInputStream(tampered));
        assertThat(report.problems()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(victim);
            assertThat(f.status()).isEqualTo(Status.ALTERED);
        });
    }

    @Property(tries = 100)
    void aRemovedEntryIsReportedAsMissing(@ForAll("entries") Map<String, byte[]> entries,
            @ForAll @IntRange(min = 0, max = 1000) int which) {
        byte[] zip = ArchiveFixtures.archive(entries);
        List<String> paths = ArchiveFixtures.read(zip).keySet().stream()
                .filter(p -> !p.equals(ArchiveManifest.PATH)).toList();
        String victim = paths.get(which % paths.size());
        byte[] tampered = ArchiveFixtures.rewrite(zip, m -> {
            m.remove(victim);
            return m;
        });
        assertThat(ArchiveVerifier.verify(new ByteArrayInputStream(tampered)).problems()).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo(victim);
                    assertThat(f.status()).isEqualTo(Status.MISSING);
                });
    }

    @Property(tries = 100)
    void anAddedEntryIsReportedAsExtra(@ForAll("entries") Map<String, byte[]> entries,
            @ForAll byte[] content, @ForAll @IntRange(min = 0, max = 1000) int where) {
        byte[] zip = ArchiveFixtures.archive(entries);
        byte[] tampered = ArchiveFixtures.rewrite(zip, m -> {
            List<Map.Entry<String, byte[]>> list = new java.util.ArrayList<>(m.entrySet());
            list.add(where % (list.size() + 1), Map.entry("pdf/injected.pdf", content));
            Map<String, byte[]> out = new LinkedHashMap<>();
            list.forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
        assertThat(ArchiveVerifier.verify(new ByteArrayInputStream(tampered)).problems()).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("pdf/injected.pdf");
                    assertThat(f.status()).isEqualTo(Status.EXTRA);
                });
    }

    @Property(tries = 200)
    void aFlippedByteAnywhereInTheZipIsNeverMistakenForTheOriginal(@ForAll("entries") Map<String, byte[]> entries,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] zip = ArchiveFixtures.archive(entries);
        ArchiveManifest original = ArchiveVerifier.verify(new ByteArrayInputStream(zip)).manifest();
        byte[] tampered = zip.clone();
        tampered[where % tampered.length] ^= (byte) mask;
        ArchiveReport report;
        try {
            report = ArchiveVerifier.verify(new ByteArrayInputStream(tampered));
        } catch (MalformedArchiveException typed) {
            return;
        }
        if (report.isIntact()) {
            // Only bytes outside the entries' names and contents (times, central directory) changed.
            Map<String, byte[]> readBack = ArchiveFixtures.read(tampered);
            assertThat(report.manifest().entries()).isEqualTo(original.entries());
            for (ManifestEntry e : original.entries()) {
                assertThat(readBack.get(e.path())).hasSize((int) e.size());
            }
        }
    }
}
