package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.analysis.RunComparison;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchpilot compare A B}: run B against run A, with the regressions beyond noise; exits 1 on a regression. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare run B with run A (exit 1 when B regressed).")
final class CompareCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier run id.")
    String before;

    @Parameters(index = "1", paramLabel = "B", description = "The later run id.")
    String after;

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
        var history = HistoryCommand.history(workspace);
        RunComparison.Figures a =
                history.figures(before).orElseThrow(() -> new UsageException("no run '" + before + "' in the history"));
        RunComparison.Figures b =
                history.figures(after).orElseThrow(() -> new UsageException("no run '" + after + "' in the history"));
        RunComparison.Result result = RunComparison.compare(a, b);
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(RunWorkspace.JSON.writeValueAsString(Map.of("before", a, "after", b, "comparison", result)));
        } else {
            table(out, a, b, result);
        }
        return result.regressions().isEmpty() ? ExitCodes.OK : ExitCodes.SLA_BREACH_OR_REGRESSION;
    }

    /** The comparison as the text table {@code compare} prints (also the MCP tool's answer). */
    static void table(
            java.io.PrintWriter out, RunComparison.Figures a, RunComparison.Figures b, RunComparison.Result result) {
        out.printf(
                Locale.ROOT,
                "%-14s %16s %16s %10s%n",
                "figure",
                a.runId().length() > 16 ? "A" : a.runId(),
                b.runId().length() > 16 ? "B" : b.runId(),
                "change");
        row(out, "rps", a.achievedRps(), b.achievedRps(), result.deltas().get("achievedRps"), "%");
        row(out, "p50 ms", a.p50Ms(), b.p50Ms(), result.deltas().get("p50Ms"), "%");
        row(out, "p95 ms", a.p95Ms(), b.p95Ms(), result.deltas().get("p95Ms"), "%");
        row(out, "p99 ms", a.p99Ms(), b.p99Ms(), result.deltas().get("p99Ms"), "%");
        row(
                out,
                "error rate %",
                a.errorRate() == null ? null : a.errorRate() * 100,
                b.errorRate() == null ? null : b.errorRate() * 100,
                result.deltas().get("errorRate"),
                " pt");
        row(
                out,
                "breaking rps",
                a.breakingPointRps(),
                b.breakingPointRps(),
                result.deltas().get("breakingPointRps"),
                "%");
        out.println("A = " + a.runId() + ", B = " + b.runId());
        out.println(
                result.regressions().isEmpty()
                        ? "no regression beyond run-to-run noise"
                        : "regressions: " + String.join("; ", result.regressions()));
    }

    private static void row(java.io.PrintWriter out, String name, Double a, Double b, Double change, String unit) {
        out.printf(
                Locale.ROOT,
                "%-14s %16s %16s %10s%n",
                name,
                HistoryCommand.number(a),
                HistoryCommand.number(b),
                change == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%s", change, unit));
    }
}
