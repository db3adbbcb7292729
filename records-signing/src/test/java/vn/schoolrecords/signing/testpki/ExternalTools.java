package vn.schoolrecords.signing.testpki;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the external tools some tests need (softhsm2-util, pkcs11-tool, pdfsig). A missing tool
 * fails the test with the apt packages to install, unless its skip variable is {@code true}.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** The tool's path; or aborts the test if {@code skipVariable=true}; or fails it naming the packages. */
    public static Path require(String command, String skipVariable, String aptPackages) {
        Optional<Path> found = find(command);
        if (found.isPresent()) {
            return found.get();
        }
        Assumptions.assumeFalse("true".equalsIgnoreCase(System.getenv(skipVariable)),
                command + " is not installed and " + skipVariable + "=true: skipped");
        return fail(command + " is not installed: run `apt-get install -y " + aptPackages + "`, or set "
                + skipVariable + "=true to skip this test");
    }

    /** The first existing file among the candidates, with the same skip rule. */
    public static Path requireFile(List<Path> candidates, String skipVariable, String aptPackages) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Assumptions.assumeFalse("true".equalsIgnoreCase(System.getenv(skipVariable)),
                candidates + " not found and " + skipVariable + "=true: skipped");
        return fail(candidates.get(0) + " not found: run `apt-get install -y " + aptPackages + "`, or set "
                + skipVariable + "=true to skip this test");
    }

    private static Optional<Path> find(String command) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The result of a command. */
    public record Result(int exitCode, String output) {
    }

    /** Runs a command with extra environment variables, stdout and stderr merged, within 60 s. */
    public static Result run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(command + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("cannot run " + command + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted running " + command);
        }
    }
}
