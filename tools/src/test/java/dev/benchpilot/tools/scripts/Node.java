package dev.benchpilot.tools.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Node.js for checking generated JavaScript; tests that need it are skipped, with the reason, when it is absent. */
public final class Node {

    private Node() {}

    /** Skips the calling test unless {@code node} is on the PATH. */
    public static String require() {
        String node = find();
        if (node == null) {
            System.out.println("skipped: node is not on PATH, generated JavaScript is not checked");
        }
        assumeTrue(node != null, "node is not on PATH");
        return node;
    }

    /** Runs {@code node args...}; returns its output (stdout and stderr) and asserts it exited with 0. */
    public static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(require()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue())
                .as("node exit code, output:%n%s", output)
                .isZero();
        return output;
    }

    /**
     * Runs a generated k6 script under node: its k6 imports are replaced by {@code stubs} (which must define
     * {@code __ENV}, {@code http}, {@code check}, {@code sleep} and {@code Counter}), then {@code after} runs.
     * Returns the output.
     */
    public static String runK6(Path dir, String script, String stubs, String after) throws Exception {
        String body = script.replaceAll("(?m)^import .*$", "");
        Path harness = dir.resolve("harness-" + System.nanoTime() + ".mjs");
        Files.writeString(harness, stubs + "\n" + body + "\n" + after + "\n");
        return run(harness.toString());
    }

    private static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
