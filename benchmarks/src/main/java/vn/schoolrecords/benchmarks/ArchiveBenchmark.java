package vn.schoolrecords.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.core.archive.ArchiveManifest;
import vn.schoolrecords.core.archive.ArchiveReport;
import vn.schoolrecords.core.archive.ArchiveVerifier;
import vn.schoolrecords.core.archive.ArchiveWriter;
import vn.schoolrecords.core.sample.SampleSchool;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;

/**
 * Exporting and verifying the year-end archive (002 §II.5) of an upper-secondary school: the
 * roster, one JSON record and one PDF (8 KiB, incompressible like a real compressed PDF) per
 * student, and the manifest. With 17 classes per grade that is about 2,000 students and 4,000
 * entries; 4 classes per grade shows how time and allocation scale with the number of students.
 *
 * <p>The export goes to a stream that discards its bytes; the verification reads a file written
 * once in the setup, so the heap never holds the archive. The fork runs with a 64 MiB heap to
 * show that memory does not grow with the number of students; the peak heap use of each
 * iteration is printed.
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar Archive -f 1 -wi 1 -i 2 -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class ArchiveBenchmark {

    private static final Instant CREATED = Instant.parse("2026-06-30T09:00:00Z");

    /** Classes per grade: 4 (about 480 students) or 17 (about 2,000). */
    @Param({"4", "17"})
    public int classesPerGrade;

    private SchoolRoster roster;
    private byte[] pdf;
    private Path archive;
    private long archiveBytes;

    /** Generates the school and writes its archive to a temporary file. */
    @Setup
    public void generate() throws IOException {
        roster = SampleSchool.of(EducationLevel.UPPER_SECONDARY, 42, classesPerGrade).rosterFor(SampleSchools.DEFAULT_YEAR);
        pdf = new byte[8192];
        new Random(42).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        archive = Files.createTempFile("schoolrecords-archive", ".zip");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive))) {
            ArchiveManifest manifest = export(out);
            System.out.printf("%n%d students, %d entries%n", roster.students().size(), manifest.entries().size() + 1);
        }
        archiveBytes = Files.size(archive);
        System.out.printf("archive: %.1f MiB%n", archiveBytes / 1048576.0);
    }

    /** Deletes the temporary file. */
    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(archive);
    }

    /** Resets the heap pools' peak usage before each iteration. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        HeapPeak.reset();
    }

    /** Prints the sum of the heap pools' peak usage during the iteration. */
    @TearDown(Level.Iteration)
    public void printPeak() {
        HeapPeak.print();
    }

    private ArchiveManifest export(OutputStream out) {
        ArchiveWriter writer = ArchiveWriter.start(out, roster.school(), roster.year(), CREATED).addRoster(roster);
        for (Student s : roster.students()) {
            writer.addJson("records/students/" + s.id() + ".json", s);
            writer.addPdf("pdf/hoc-ba/" + s.id() + ".pdf", pdf);
        }
        return writer.finish();
    }

    /**
     * Exports the archive to a stream that discards it.
     *
     * @return the manifest, so that the work is not eliminated
     */
    @Benchmark
    public ArchiveManifest exportArchive() {
        return export(OutputStream.nullOutputStream());
    }

    /**
     * Verifies the archive file against its manifest.
     *
     * @return the report, so that the work is not eliminated
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public ArchiveReport verifyArchive() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
            ArchiveReport report = ArchiveVerifier.verify(in);
            if (!report.isIntact()) {
                throw new IllegalStateException(report.toString());
            }
            return report;
        }
    }
}
