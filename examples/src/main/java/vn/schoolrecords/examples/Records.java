package vn.schoolrecords.examples;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.schoolrecords.core.RecordsException;

/**
 * The {@code records} command line: {@code records <command> [options]}.
 *
 * <p>Commands: {@code demo}, {@code assess}, {@code render}, {@code sign}, {@code verify},
 * {@code archive}, {@code gradebook}. Plain Java, no command-line library: a vendor who embeds the examples takes
 * no dependency beyond the library's own. Errors print one line on standard error — the
 * library's stable code, then the message in Vietnamese and English — and exit non-zero: 2 for
 * wrong arguments, 1 for bad input or a failure while running.
 */
public final class Records {

    /** Exit code of a run that succeeded. */
    public static final int OK = 0;
    /** Exit code of a run that failed. */
    public static final int FAILED = 1;
    /** Exit code of a run with wrong arguments. */
    public static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    /** Kept so that the level set in {@link #main} is not lost with a collected logger. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        COMMANDS.put("demo", new DemoCommand());
        COMMANDS.put("assess", new AssessCommand());
        COMMANDS.put("render", new RenderCommand());
        COMMANDS.put("sign", new SignCommand());
        COMMANDS.put("verify", new VerifyCommand());
        COMMANDS.put("archive", new ArchiveCommand());
        COMMANDS.put("gradebook", new PrintGradeBooksCommand());
    }

    private Records() {
    }

    /**
     * Runs the command line and exits with its code. Output is UTF-8, for the Vietnamese names.
     *
     * @param args the arguments, e.g. {@code demo --out target/demo}
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO; a command line keeps quiet.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Java 17 cannot ask whether standard error alone is a terminal; a console means a person
        // is at the keyboard, while a redirected run (cron, CI, a pipe) has none.
        int code = run(args, new Terminal(System.in, out, err, System::getenv, System.console() != null));
        out.flush();
        err.flush();
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line without exiting, for tests and for embedding; progress bars are drawn
     * only for commands given {@code --progress}.
     *
     * @param args the arguments, not null
     * @param out where results go, not null
     * @param err where errors go, not null
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Terminal(new ByteArrayInputStream(new byte[0]), out, err, name -> null, false));
    }

    static int run(String[] args, Terminal terminal) {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        if (args.length == 0) {
            err.println("records: no command given; " + commandList());
            return USAGE;
        }
        if (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(out);
            return OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("records: unknown command '" + args[0] + "'; " + commandList());
            return USAGE;
        }
        try {
            return command.run(List.copyOf(Arrays.asList(args).subList(1, args.length)), terminal);
        } catch (UsageException e) {
            err.println("records " + args[0] + ": " + e.getMessage() + " (usage: records " + command.synopsis() + ")");
            return USAGE;
        } catch (RecordsException e) {
            err.println(oneLine("records " + args[0] + ": " + e.code() + ": " + e.text().vi() + " / " + e.text().en()));
            return FAILED;
        } catch (RuntimeException e) {
            err.println(oneLine("records " + args[0] + ": " + e));
            return FAILED;
        }
    }

    /** A message from deep inside may span lines; the command line promises one. */
    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String commandList() {
        return "commands: " + String.join(", ", COMMANDS.keySet()) + " (records help)";
    }

    private static void usage(PrintStream out) {
        out.println("usage: records <command> [options]");
        for (Command c : COMMANDS.values()) {
            out.println("  records " + c.synopsis());
            out.println("      " + c.summary());
        }
    }
}
