package dev.benchpilot.tools.monitor;

import dev.benchpilot.tools.process.ChildEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code jcmd PID COMMAND ...} (an argument list, no shell, benchpilot's secrets kept out of its
 * environment), and only against a process {@link HotSpotProcess} says may be attached to: the attach mechanism
 * sends SIGQUIT, which stops many processes that are not JVMs.
 */
final class Jcmd {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Jcmd() {}

    /** The command's output; {@link IllegalStateException} with the reason when it cannot be run or does not answer. */
    static String run(long pid, String... command) {
        String refused = HotSpotProcess.whyNotAttachable(pid);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
        List<String> arguments = new ArrayList<>(List.of(executable(), String.valueOf(pid)));
        arguments.addAll(List.of(command));
        try {
            ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
            ChildEnvironment.restrict(builder.environment());
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "jcmd " + command[0] + " did not answer within " + TIMEOUT.toSeconds() + "s");
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is not available: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd", e);
        }
    }

    private static String executable() {
        Path fromJavaHome = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(fromJavaHome) ? fromJavaHome.toString() : "jcmd";
    }
}
