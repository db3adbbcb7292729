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
 * @param in standard input, not null
 * @param out where results go, not null
 * @param err where errors and progress go, not null
 * @param env reads an environment variable, returning null when unset, not null
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, Function<String, String> env) {

    Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(env, "env");
    }
}
