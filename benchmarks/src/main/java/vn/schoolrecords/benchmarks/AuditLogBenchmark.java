package vn.schoolrecords.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.audit.AuditChain;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.gradebook.AssessmentKind;
import vn.schoolrecords.core.gradebook.Evidence;
import vn.schoolrecords.core.gradebook.GradeBookEvent;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.gradebook.MarkCell;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Term;

/**
 * The grade-book edit log: append 100,000 score edits (hash-chaining each) and verify the whole
 * chain, beside a baseline of raw SHA-256 over exactly the bytes the chain hashes, in the same run.
 * Scores are per event ({@code @OperationsPerInvocation}): events per second = 1 / score.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar AuditLog -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AuditLogBenchmark {

    private static final int EDITS = 100_000;

    private List<GradeBookEvent> events;
    private List<AuditEntry<GradeBookEvent>> chain;
    private byte[][] hashedBytes;

    @Setup
    public void setUp() {
        events = new ArrayList<>(EDITS);
        Instant t = Instant.parse("2024-09-05T01:00:00Z");
        Evidence paper = Evidence.testPaper("Bài kiểm tra 15 phút, lưu tại tổ Toán");
        for (int i = 0; i < EDITS; i++) {
            MarkCell cell = MarkCell.of("HS" + (1000 + i % 45), "TOAN", i % 2 == 0 ? Term.FIRST : Term.SECOND,
                    AssessmentKind.REGULAR, i % 4);
            events.add(new GradeBookEvent.MarkEdited("GV" + (100 + i % 12), StaffRole.SUBJECT_TEACHER,
                    t.plusSeconds(60L * i), cell, Score.ofTenths(i % 101), Score.ofTenths((i + 7) % 101),
                    "Nhập nhầm cột điểm", paper));
        }
        chain = appendAll().entries();
        hashedBytes = new byte[EDITS][];
        for (int i = 0; i < EDITS; i++) {
            hashedBytes[i] = chain.get(i).hashedBytes();
        }
        if (!AuditChain.verify(chain).equals(chain.get(EDITS - 1).hash())) {
            throw new IllegalStateException("chain does not verify");
        }
    }

    private GradeBookLog appendAll() {
        GradeBookLog log = GradeBookLog.empty();
        Digest head = Digest.GENESIS;
        for (int i = 0; i < EDITS; i++) {
            AuditEntry<GradeBookEvent> entry = AuditEntry.chain(head, i + 1, events.get(i));
            log = log.append(List.of(entry));
            head = entry.hash();
        }
        return log;
    }

    /** Appends 100,000 edits to an empty log, hash-chaining each. */
    @Benchmark
    @OperationsPerInvocation(EDITS)
    public GradeBookLog append100kEdits() {
        return appendAll();
    }

    /** Verifies the whole chain of 100,000 edits: re-encodes and re-hashes every event. */
    @Benchmark
    @OperationsPerInvocation(EDITS)
    public Digest verify100kEdits() {
        return AuditChain.verify(chain);
    }

    /** Baseline: raw SHA-256 over exactly the bytes the chain hashes, already encoded. */
    @Benchmark
    @OperationsPerInvocation(EDITS)
    public byte[] rawSha256SameBytes() throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] last = null;
        for (byte[] b : hashedBytes) {
            md.update(b);
            last = md.digest();
        }
        return last;
    }
}
