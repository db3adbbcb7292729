package vn.schoolrecords.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a command may touch besides its files: standard input (for a password piped in), standard
 * output (results), standard error (errors and progress) and the environment (for
 * {@code --password-env}). Tests pass their own.
 *
 * <p>A progress bar redraws its line with carriage returns: fine on a console, noise in a log
 * file or a pipe. So batches draw one only when {@code interactive} or when asked with
 * {@code --progress}.
 *
 * @param in standard input, not null
 * @param out where results go, not null
 * @param err where errors and progress go, not null
 * @param env reads an environment variable, returning null when unset, not null
 * @param interactive whether a person watches the run on a console
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, Function<String, String> env, boolean interactive) {

    Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(env, "env");
    }

    /**
     * The progress bar of a batch: drawn on standard error when {@link #interactive} or when the
     * command was given {@code --progress}, silent otherwise.
     *
     * @param args the command's options, with {@code --progress} among its flags
     * @param total how many items the batch has
     * @param label what an item is, e.g. {@code tệp / files}
     * @return the bar, not null
     */
    ProgressBar progress(Args args, int total, String label) {
        return new ProgressBar(err, total, label, interactive || args.flag(ProgressBar.FLAG));
    }
}
