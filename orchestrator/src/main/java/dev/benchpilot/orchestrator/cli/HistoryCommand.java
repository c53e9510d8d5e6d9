package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.history.RunHistory;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.text.Numbers;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchpilot history}: the stored runs, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List stored runs, newest first.")
final class HistoryCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--target",
            paramLabel = "URL|LABEL",
            description = "Only runs of this target (the demo's is demo:shop-api).")
    String target;

    @Option(names = "--pattern", paramLabel = "PATTERN", description = "Only runs of this pattern.")
    String pattern;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "Only runs with this status (completed, failed, ...).")
    String status;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "At most this many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Where .benchpilot/ is (default: current directory).")
    Path workspace;

    @Option(
            names = "--format",
            paramLabel = "table|json",
            defaultValue = "table",
            description = "table (default) or json.")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected table or json)");
        }
        if (limit < 1) {
            throw new UsageException("--limit must be positive, was " + limit);
        }
        var runs = Defaults.history(workspace).list(target, pattern, status, limit);
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(RunWorkspace.JSON.writeValueAsString(runs));
            return ExitCodes.OK;
        }
        out.printf(
                Locale.ROOT,
                "%-28s %-20s %-11s %-10s %10s %10s %8s %10s%n",
                "run",
                "started",
                "pattern",
                "status",
                "rps",
                "p95 ms",
                "errors",
                "breaking");
        for (RunHistory.Entry run : runs) {
            out.printf(
                    Locale.ROOT,
                    "%-28s %-20s %-11s %-10s %10s %10s %8s %10s%n",
                    run.runId(),
                    run.startedAt().replace('T', ' ').replaceAll("\\.\\d+Z?$", ""),
                    run.pattern(),
                    run.status(),
                    Numbers.plain(run.achievedRps()),
                    Numbers.plain(run.p95Ms()),
                    run.errorRate() == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", run.errorRate() * 100),
                    Numbers.plain(run.breakingPointRps()));
        }
        out.println(runs.size() + " run(s)");
        return ExitCodes.OK;
    }
}
