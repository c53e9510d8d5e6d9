package dev.benchpilot.tools.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The parsers of input from outside, fuzzed with Jazzer: {@code --sla}, OpenAPI documents, and Java, JavaScript and
 * Python sources. A parser may refuse an input only the way it documents (a one-line {@link IllegalArgumentException});
 * any other exception, an {@link Error} or more than {@link Hangs#LIMIT} on one input is a finding. In a normal
 * test run
 * each target runs its kept inputs ({@code src/test/resources/.../ParsersFuzzTestInputs/}); {@code bench/fuzz} fuzzes.
 */
class ParsersFuzzTest {

    private static final int MAX_EXECUTIONS = 12_000;

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void sla(FuzzedDataProvider data) throws Exception {
        String text = data.consumeRemainingAsString();
        Hangs.guard("--sla", () -> {
            try {
                Sla.parse(text);
            } catch (IllegalArgumentException refused) {
                // documented: a message naming the clause
            }
        });
    }

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void openapi(FuzzedDataProvider data) throws Exception {
        byte[] document = data.consumeRemainingAsBytes();
        detectIn("api.yaml", document, true);
    }

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void javaSource(FuzzedDataProvider data) throws Exception {
        detectIn("src/main/java/com/example/Routes.java", data.consumeRemainingAsBytes(), false);
    }

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void javascriptSource(FuzzedDataProvider data) throws Exception {
        detectIn("routes/index.js", data.consumeRemainingAsBytes(), false);
    }

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void pythonSource(FuzzedDataProvider data) throws Exception {
        detectIn("app/main.py", data.consumeRemainingAsBytes(), false);
    }

    /** Writes one file into a fresh tree and detects: from the tree as a source, or as the OpenAPI file. */
    private static void detectIn(String name, byte[] content, boolean openApi) throws Exception {
        Path root = Files.createTempDirectory("benchpilot-fuzz-");
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Hangs.guard(name, () -> {
                try {
                    EndpointDetection.detect(openApi ? null : root, openApi ? file : null);
                } catch (IllegalArgumentException refused) {
                    // documented: an unreadable input, in one line
                }
            });
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory: the system cleans it
            }
        }
    }
}
