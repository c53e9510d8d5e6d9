package dev.benchpilot.orchestrator.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.benchpilot.orchestrator.batch.BatchFile;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.fuzz.Hangs;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The orchestrator's parsers of input from outside, fuzzed with Jazzer: the slash command's arguments (as the HTTP API
 * and MCP take them) and batch files. Each may refuse an input only with a {@link UsageException}; anything else, or
 * more than {@link Hangs#LIMIT} on one input, is a finding. Nothing here starts a run: parsing and checking only.
 */
class InputsFuzzTest {

    private static final int MAX_EXECUTIONS = 12_000;
    private static final Path WORKSPACE = createWorkspace();

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void slashCommand(FuzzedDataProvider data) throws Exception {
        String text = "/benchmark " + data.consumeRemainingAsString();
        Hangs.guard("/benchmark arguments", () -> {
            try {
                new BenchmarkRequests(WORKSPACE).parseCommand(text);
            } catch (UsageException refused) {
                // documented: one line naming the option
            }
        });
    }

    @FuzzTest(maxDuration = "15m", maxExecutions = MAX_EXECUTIONS)
    void batchFile(FuzzedDataProvider data) throws Exception {
        Path file = Files.createTempFile(WORKSPACE, "nightly-", ".yml");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            Hangs.guard("batch file", () -> {
                try {
                    BatchFile.read(file, WORKSPACE);
                } catch (UsageException refused) {
                    // documented: the file, its line and the field
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Path createWorkspace() {
        try {
            return Files.createTempDirectory("benchpilot-fuzz-workspace-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
