package vn.schoolrecords.examples;

import java.util.List;

/** One subcommand of {@link Records}. */
interface Command {

    /** @return a one-line synopsis for the usage text, e.g. {@code demo [--out DIR] [--seed N]} */
    String synopsis();

    /** @return what the command does, in a few words */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param terminal standard input, output, error and the environment
     * @return the exit code, 0 for success
     * @throws UsageException if the arguments are wrong
     * @throws vn.schoolrecords.core.RecordsException if the input is bad; printed on one line
     */
    int run(List<String> args, Terminal terminal);
}
