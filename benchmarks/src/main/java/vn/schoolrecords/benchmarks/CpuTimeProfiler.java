package vn.schoolrecords.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, for a machine shared with other work, where the wall-clock average
 * counts the time the benchmark waited for a core and CPU time does not, so that ratios between
 * the benchmarks of one run stay comparable. Two figures per iteration, in microseconds per
 * operation: {@code ·cpu.worker} is the CPU time of JMH's worker threads alone (the code being
 * measured); {@code ·cpu.process} is the forked JVM's (garbage collection and the JIT compiler
 * included). Use with {@code -prof vn.schoolrecords.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workersAtStart = Map.of();
    private long processAtStart;

    @Override
    public String getDescription() {
        return "CPU time per operation (worker threads, whole process), in microseconds";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // Worker threads are created before the first iteration and reused by the later ones.
        workersAtStart = workerCpu();
        processAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long process = os.getProcessCpuTime() - processAtStart;
        long worker = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            worker += e.getValue() - workersAtStart.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        return List.of(perOp("·cpu.worker", worker, ops), perOp("·cpu.process", process, ops));
    }

    private static ScalarResult perOp(String label, long nanos, long ops) {
        return new ScalarResult(label, ops == 0 ? Double.NaN : nanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG);
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    cpu.put(info.getThreadId(), time);
                }
            }
        }
        return cpu;
    }
}
