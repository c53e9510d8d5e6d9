package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.report.ComparisonTable;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.analysis.RunComparison;
import java.nio.file.Path;
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
        var history = Defaults.history(workspace);
        RunComparison.Figures a =
                history.figures(before).orElseThrow(() -> new UsageException("no run '" + before + "' in the history"));
        RunComparison.Figures b =
                history.figures(after).orElseThrow(() -> new UsageException("no run '" + after + "' in the history"));
        RunComparison.Result result = RunComparison.compare(a, b);
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(RunWorkspace.JSON.writeValueAsString(Map.of("before", a, "after", b, "comparison", result)));
        } else {
            ComparisonTable.write(out, a, b, result);
        }
        return result.regressions().isEmpty() ? ExitCodes.OK : ExitCodes.SLA_BREACH_OR_REGRESSION;
    }
}
