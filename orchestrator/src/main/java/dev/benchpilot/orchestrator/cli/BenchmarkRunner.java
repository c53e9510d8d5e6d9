package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.orchestrator.workflow.Workflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** What {@code benchmark} and {@code demo} share: pick the checkpoint, run the workflow, print the outcome. */
final class BenchmarkRunner {

    private BenchmarkRunner() {}

    static int run(
            Main main, CommandLine.Model.CommandSpec spec, BenchmarkRequest request, Agents agents, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progressOut = json ? spec.commandLine().getErr() : out;
        Checkpoint checkpoint = checkpoint(main, request, progressOut);
        Workflow workflow = new Workflow(agents, TargetPolicy.fromEnvironment(), new FileReports());
        RunOutcome outcome =
                workflow.run(request, checkpoint, new ConsoleProgress(progressOut, main.interactive && !json));
        print(outcome, json, out, progressOut);
        return ExitCodes.of(outcome);
    }

    private static Checkpoint checkpoint(Main main, BenchmarkRequest request, PrintWriter out) {
        if (request.autoConfirm()) {
            return Checkpoint.AUTO_CONFIRM;
        }
        if (!main.interactive) {
            throw new UsageException("no terminal to ask at the checkpoint: pass --yes to run without confirmation");
        }
        return new ConsoleCheckpoint(main.input, out);
    }

    private static void print(RunOutcome outcome, boolean json, PrintWriter out, PrintWriter notes) {
        Path directory = outcome.workspace();
        if (json) {
            out.print(read(directory.resolve("summary.json")));
        } else if (outcome.reported()) {
            out.println();
            out.print(read(directory.resolve("final-benchmark-report.md")));
        }
        notes.println();
        notes.println(outcome.status().wireName() + (outcome.reason() == null ? "" : ": " + outcome.reason()));
        notes.println("Run workspace: " + directory);
        out.flush();
        notes.flush();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")\n";
        }
    }
}
