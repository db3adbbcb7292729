package vn.schoolrecords.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap's peak use during a benchmark iteration, shared by the benchmarks that report memory. */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Resets the heap pools' peak usage; call before each iteration. */
    static void reset() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Prints the sum of the heap pools' peak usage since the last reset. */
    static void print() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("  [peak heap %.1f MiB]", peak / 1048576.0);
    }
}
