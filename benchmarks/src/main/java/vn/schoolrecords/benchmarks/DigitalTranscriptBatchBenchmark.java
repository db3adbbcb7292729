package vn.schoolrecords.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.core.transcript.digital.submission.SubmissionPackager;
import vn.schoolrecords.core.transcript.digital.submission.TransactionEnvelope;
import vn.schoolrecords.core.transcript.digital.submission.TransactionEnvelopeXml;
import vn.schoolrecords.core.transcript.digital.submission.TransactionHeader;

/**
 * Building and packaging 1,000 học bạ số records into submission transactions (CV 2088/BGDĐT-GDTH
 * v1.0 §II.2): each record written as XML from its transcript, then every record validated
 * against the schema, copied into {@code DANH_SACH_HOC_BA} batches, compressed (GZip + length
 * prefix + Base64), split at 10 MB and wrapped in its envelope. One operation is one record, so
 * the score is records per second; {@code -prof gc} gives the bytes allocated per record
 * ({@code gc.alloc.rate.norm}). Signing is not included (records-signing's benchmarks).
 *
 * <p>The records are primary and secondary sample transcripts of whole levels (four and five
 * years), about 35 KB of XML each. The fork runs with a 256 MiB heap; the peak heap use of each
 * iteration is printed (input records and their XML included).
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar DigitalTranscriptBatch -f 1 -wi 1 -i 2 -r 5s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class DigitalTranscriptBatchBenchmark {

    private static final int RECORDS = 1_000;
    private static final Instant CREATED = Instant.parse("2026-06-20T03:00:00Z");
    private static final TransactionHeader HEADER = TransactionHeader.of("token", "truong.79000701",
            "mat-khau".toCharArray(), "79000701", SchoolYear.of(2025));

    private List<DigitalTranscript> records;

    /** A thousand records: four sample transcripts, each under 250 lookup codes. */
    @Setup
    public void generate() {
        List<Transcript> samples = List.of(SampleTranscripts.primary(1), SampleTranscripts.secondary(2),
                SampleTranscripts.primary(3), SampleTranscripts.secondary(4));
        records = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            records.add(DigitalTranscript.of(samples.get(i % samples.size()),
                    new UUID(0x1000_0000_0000_4000L | i, 0x8000_0000_0000_0000L | i), CREATED));
        }
    }

    /** Resets the heap pools' peak usage before each iteration. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        HeapPeak.reset();
    }

    /** Prints the heap's peak use during the iteration. */
    @TearDown(Level.Iteration)
    public void printPeak() {
        HeapPeak.print();
    }

    /**
     * Writes every record and packages them.
     *
     * @return the total size of the envelopes, so nothing is optimised away
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long buildAndPackage() {
        List<byte[]> xml = new ArrayList<>(RECORDS);
        for (DigitalTranscript r : records) {
            xml.add(DigitalTranscriptXml.write(r));
        }
        long bytes = 0;
        for (TransactionEnvelope e : SubmissionPackager.submit(xml, HEADER, "NOP-2025")) {
            bytes += TransactionEnvelopeXml.write(e).length;
        }
        return bytes;
    }
}
