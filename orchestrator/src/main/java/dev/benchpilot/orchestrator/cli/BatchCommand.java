package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.batch.BatchRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchpilot batch FILE.yml}: the nightly mode. Checks the whole file, then runs its benchmarks one after
 * another without prompts, and after each writes {@code junit.xml} and {@code summary.md} (so a batch stopped half
 * way keeps what it measured). Exit 2 on a bad file (nothing runs), 4 when a benchmark could not complete, 1 on an
 * SLA breach or a regression, 0 otherwise.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = "Run the benchmarks of a YAML file one after another (nightly CI): "
                + "JUnit XML and a Markdown summary; exit 1 on an SLA breach or a regression, 2 on a bad "
                + "file, 4 when a benchmark could not run.")
final class BatchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.yml", description = "The benchmarks (see docs/batch.md).")
    Path file;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Where .benchpilot/ is (default: current directory).")
    Path workspace;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where junit.xml and summary.md go (default: .benchpilot/batch/<time>/).")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        BatchRun.Outcome outcome = BatchRun.run(file, workspace, outDir, out, new ConsoleProgress(out, false));
        List<BatchRun.Result> results = outcome.results();
        if (!outcome.allCompleted()) {
            return ExitCodes.RUN_FAILED;
        }
        if (results.stream().anyMatch(BatchRun.Result::generatorLimited)) {
            return ExitCodes.GENERATOR_LIMITED;
        }
        return results.stream().anyMatch(r -> r.slaBreached() || r.regressed())
                ? ExitCodes.SLA_BREACH_OR_REGRESSION
                : ExitCodes.OK;
    }
}
