package vn.schoolrecords.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@link TranscriptPdfBenchmark}'s three benchmarks run in turn, one of each per round, on one
 * thread, timed by that thread's CPU time. JMH measures each benchmark in its own time window, so
 * on a shared or throttled machine a drift between windows shows up as a difference between
 * benchmarks: the PDF/A + JSON share (a difference of two close figures) swung from 4 % to 25 %
 * between JMH runs on one idle machine. Interleaving gives both sides the same conditions.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar vn.schoolrecords.benchmarks.InterleavedTranscriptPdf [rounds]}.
 */
public final class InterleavedTranscriptPdf {

    private static final int WARM_UP_ROUNDS = 400;

    private InterleavedTranscriptPdf() {
    }

    /**
     * Prints the CPU time per render of ours, ours without PDF/A and the raw PDFBox baseline, and
     * the two ratios the targets are about.
     *
     * @param args optionally the number of measured rounds (default 1000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        TranscriptPdfBenchmark benchmark = new TranscriptPdfBenchmark();
        benchmark.prepare();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long ours = 0;
        long layout = 0;
        long raw = 0;
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            benchmark.renderer();
            long t1 = cpu.getCurrentThreadCpuTime();
            benchmark.layoutWithoutPdfA();
            long t2 = cpu.getCurrentThreadCpuTime();
            benchmark.rawPdfBox();
            long t3 = cpu.getCurrentThreadCpuTime();
            if (round >= 0) {
                ours += t1 - t0;
                layout += t2 - t1;
                raw += t3 - t2;
            }
        }
        System.out.printf("transcript PDF, CPU time per render over %d interleaved rounds:%n", rounds);
        System.out.printf("  ours %.2f ms, ours without PDF/A %.2f ms, raw PDFBox %.2f ms%n",
                ours / 1e6 / rounds, layout / 1e6 / rounds, raw / 1e6 / rounds);
        System.out.printf("  ours / raw %.2f× (target ≤ 1.5×); PDF/A + JSON %+.1f %% (target ≤ 20 %%)%n",
                (double) ours / raw, 100.0 * (ours - layout) / layout);
    }
}
