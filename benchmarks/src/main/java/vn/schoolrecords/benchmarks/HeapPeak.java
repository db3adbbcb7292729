package vn.schoolrecords.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The heap's peak use during each benchmark iteration, printed after the iteration's score: a
 * base class for the benchmark states that report memory (JMH runs inherited fixture methods).
 */
public abstract class HeapPeak {

    /** Resets the heap pools' peak usage before each iteration. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Prints the sum of the heap pools' peak usage during the iteration. */
    @TearDown(Level.Iteration)
    public void printPeak() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("  [peak heap %.1f MiB]", peak / 1048576.0);
    }
}
