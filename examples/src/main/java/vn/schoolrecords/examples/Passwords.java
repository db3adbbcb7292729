package vn.schoolrecords.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import vn.schoolrecords.examples.CommandFailedException.Code;

/**
 * A key file's password, never from the command line itself (where {@code ps} and the shell's
 * history would show it): either {@code --password-env VAR}, the name of an environment variable
 * that holds it, or {@code --password-stdin}, its first line on standard input — no prompt, so
 * scripts and CI can pipe it in.
 */
final class Passwords {

    /** The options that give a password. */
    static final String ENV = "--password-env";
    static final String STDIN = "--password-stdin";

    private static final int MAX = 1024;

    private Passwords() {
    }

    /**
     * Reads the password the arguments point at.
     *
     * @return the password; the caller clears it after use
     * @throws UsageException if neither option, or both, are given
     * @throws CommandFailedException if the variable is unset or standard input is empty
     */
    static char[] read(Args args, Terminal terminal) {
        boolean fromStdin = args.flag(STDIN);
        if (args.optional(ENV).isPresent() == fromStdin) {
            throw new UsageException("give the password with " + ENV + " VAR or " + STDIN
                    + " (never on the command line)");
        }
        if (fromStdin) {
            return firstLine(terminal.in());
        }
        String variable = args.required(ENV);
        String value = terminal.env().apply(variable);
        if (value == null || value.isEmpty()) {
            throw new CommandFailedException(Code.PASSWORD_MISSING,
                    "biến môi trường " + variable + " chưa đặt mật khẩu",
                    "the environment variable " + variable + " holds no password");
        }
        return value.toCharArray();
    }

    private static char[] firstLine(InputStream in) {
        try {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CharBuffer buffer = CharBuffer.allocate(MAX);
            int c;
            while (buffer.hasRemaining() && (c = reader.read()) != -1 && c != '\n') {
                buffer.put((char) c);
            }
            int length = buffer.position();
            if (length > 0 && buffer.get(length - 1) == '\r') {
                length--;
            }
            char[] password = Arrays.copyOf(buffer.array(), length);
            Arrays.fill(buffer.array(), '\0');
            if (password.length == 0) {
                throw new CommandFailedException(Code.PASSWORD_MISSING,
                        "không có mật khẩu trên đầu vào chuẩn", "no password on standard input");
            }
            return password;
        } catch (IOException e) {
            throw new CommandFailedException(Code.PASSWORD_MISSING, vn.schoolrecords.core.LocalizedText.of(
                    "không đọc được mật khẩu từ đầu vào chuẩn", "cannot read the password from standard input"), e);
        }
    }
}
