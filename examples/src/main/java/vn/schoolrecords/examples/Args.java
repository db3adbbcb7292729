package vn.schoolrecords.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command: {@code --name value} pairs, {@code --flag}s and positional
 * words, parsed once against the names the command knows, so every command refuses an unknown
 * option or a missing value the same way.
 */
final class Args {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positional;

    private Args(Map<String, String> values, Set<String> flags, List<String> positional) {
        this.values = values;
        this.flags = flags;
        this.positional = positional;
    }

    /**
     * Parses arguments.
     *
     * @param args the command's arguments
     * @param valued the options that take a value, e.g. {@code --out}
     * @param flagNames the options that take none, e.g. {@code --json}
     * @return the parsed arguments
     * @throws UsageException on an unknown option, a repeated one or a missing value
     */
    static Args parse(List<String> args, Set<String> valued, Set<String> flagNames) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (valued.contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(arg + " needs a value");
                }
                if (values.put(arg, args.get(++i)) != null) {
                    throw new UsageException(arg + " given twice");
                }
            } else if (flagNames.contains(arg)) {
                flags.add(arg);
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                positional.add(arg);
            }
        }
        return new Args(values, flags, positional);
    }

    /** @return the value of an option that must be given */
    String required(String option) {
        String v = values.get(option);
        if (v == null) {
            throw new UsageException(option + " is required");
        }
        return v;
    }

    /** @return the value of an option, if given */
    Optional<String> optional(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** @return the path named by an option that must be given */
    Path path(String option) {
        return Path.of(required(option));
    }

    /** @return whether a flag was given */
    boolean flag(String flag) {
        return flags.contains(flag);
    }

    /** @return the positional words, in order */
    List<String> positional() {
        return positional;
    }

    /** Refuses positional words, for commands that take none. */
    Args noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'");
        }
        return this;
    }

    /**
     * A whole number.
     *
     * @param option the option's name, for the message
     * @param text the value
     * @return the number
     */
    static long number(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + text + "'");
        }
    }
}
