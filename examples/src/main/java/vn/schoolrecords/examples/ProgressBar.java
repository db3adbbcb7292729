package vn.schoolrecords.examples;

import java.io.PrintStream;

/**
 * A textual progress bar on standard error for batches, e.g.
 * {@code [##########··········] 50/100 học bạ / transcripts}. It redraws one line with a
 * carriage return and only when the drawn text changes, so a batch of thousands writes a few
 * hundred bytes; a batch of one draws nothing, and neither does a bar that is not shown
 * (see {@link Terminal#progress}).
 */
final class ProgressBar {

    /** The flag of the batch commands that asks for a bar even when no one watches a console. */
    static final String FLAG = "--progress";

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final String label;
    private final boolean shown;
    private int done;
    private int drawn = -1;

    ProgressBar(PrintStream err, int total, String label, boolean shown) {
        this.err = err;
        this.total = total;
        this.label = label;
        this.shown = shown;
    }

    /** One more item done. */
    void step() {
        done++;
        if (!shown || total < 2) {
            return;
        }
        int filled = (int) ((long) done * WIDTH / total);
        if (filled != drawn || done == total) {
            drawn = filled;
            err.print("\r[" + "#".repeat(filled) + "·".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label);
            if (done == total) {
                err.println();
            }
            err.flush();
        }
    }
}
