package vn.schoolrecords.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleSchool;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;

/**
 * Reading and writing the roster (danh sách trường) of a large upper-secondary school — 51
 * classes, about 2,000 students — with {@link RecordsJson}. Reading includes the full
 * validation of every value and cross-reference.
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar RosterJson -f 1 -wi 1 -i 1 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RosterJsonBenchmark {

    /** Seventeen classes per grade: 10A1 … 12A17. */
    private static final int CLASSES_PER_GRADE = 17;

    private SchoolRoster roster;
    private String json;

    /** Generates the school once. */
    @Setup
    public void generate() {
        roster = SampleSchool.of(EducationLevel.UPPER_SECONDARY, 42, CLASSES_PER_GRADE)
                .rosterFor(SampleSchools.DEFAULT_YEAR);
        json = RecordsJson.write(roster);
    }

    /**
     * Writes the roster as JSON.
     *
     * @return the text, so that the work is not eliminated
     */
    @Benchmark
    public String write() {
        return RecordsJson.write(roster);
    }

    /**
     * Reads and validates the roster.
     *
     * @return the roster, so that the work is not eliminated
     */
    @Benchmark
    public SchoolRoster read() {
        return RecordsJson.read(json, SchoolRoster.class);
    }
}
