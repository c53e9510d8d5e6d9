package dev.benchpilot.orchestrator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.history.RunHistory;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.TargetUnreachableException;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.orchestrator.workflow.Workflow;
import dev.benchpilot.tools.analysis.RunComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** One benchmark's result; {@code summary} and {@code comparison} are null when it did not get that far. */
    record Result(
            BatchFile.Benchmark benchmark,
            String status,
            String reason,
            String runId,
            Path runWorkspace,
            JsonNode summary,
            RunComparison.Result comparison,
            String comparisonNote,
            double seconds) {

        boolean completed() {
            return status.equals("completed");
        }

        boolean slaBreached() {
            return summary != null
                    && summary.path("sla").path("passed").isBoolean()
                    && !summary.path("sla").path("passed").asBoolean();
        }

        boolean generatorLimited() {
            return summary != null
                    && summary.path("generator").path("limited").asBoolean(false)
                    && summary.path("generator").path("limitedAtRps").asDouble(Double.MAX_VALUE)
                            <= summary.path("targetRps").asDouble(0);
        }

        boolean regressed() {
            return comparison != null && !comparison.regressions().isEmpty();
        }
    }

    @Override
    public Integer call() throws IOException {
        Path base = workspace == null ? Path.of("") : workspace;
        List<BatchFile.Benchmark> benchmarks = BatchFile.read(file, base);
        RunHistory history = HistoryCommand.history(workspace);
        for (BatchFile.Benchmark benchmark : benchmarks) {
            String compare = benchmark.compare();
            if (!compare.equals(BatchFile.PREVIOUS)
                    && !compare.equals(BatchFile.NONE)
                    && history.figures(compare).isEmpty()) {
                throw new UsageException(file + ":" + benchmark.line() + ": field 'compare': no run '" + compare
                        + "' in the history (expected previous, none or a stored run id)");
            }
        }
        Path directory = outDir != null
                ? outDir
                : base.resolve(Defaults.WORKSPACE_DIR)
                        .resolve("batch")
                        .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(directory);
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "benchpilot batch: " + benchmarks.size() + " benchmark(s) from " + file + "; results in " + directory);
        List<Result> results = new ArrayList<>();
        Stopped stopped = new Stopped(directory, file.getFileName().toString(), results, benchmarks.size());
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            for (BatchFile.Benchmark benchmark : benchmarks) {
                var request = benchmark.parsed().request();
                out.printf(
                        java.util.Locale.ROOT,
                        "%n[%d/%d] %s — %s, %s at %s for %ss%n",
                        results.size() + 1,
                        benchmarks.size(),
                        benchmark.name(),
                        request.target(),
                        request.pattern().cliName(),
                        request.users() != null
                                ? request.users() + " users"
                                : HistoryCommand.number(request.rps()) + " rps",
                        request.duration().toSeconds());
                out.flush();
                stopped.running(benchmark, null);
                Result result = run(benchmark, history, out, stopped);
                synchronized (results) {
                    stopped.running(null, null);
                    results.add(result);
                    BatchReport.write(directory, file.getFileName().toString(), results, benchmarks.size());
                }
                out.println("  → " + BatchReport.oneLine(result));
                out.flush();
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopped);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook writes the reports
            }
        }
        out.println();
        out.print(Files.readString(directory.resolve("summary.md")));
        out.println("JUnit XML: " + directory.resolve("junit.xml"));
        out.flush();
        if (results.stream().anyMatch(r -> !r.completed()) || results.size() < benchmarks.size()) {
            return ExitCodes.RUN_FAILED;
        }
        if (results.stream().anyMatch(Result::generatorLimited)) {
            return ExitCodes.GENERATOR_LIMITED;
        }
        return results.stream().anyMatch(r -> r.slaBreached() || r.regressed())
                ? ExitCodes.SLA_BREACH_OR_REGRESSION
                : ExitCodes.OK;
    }

    private static Result run(BatchFile.Benchmark benchmark, RunHistory history, PrintWriter out, Stopped stopped) {
        long start = System.nanoTime();
        RunOutcome outcome;
        ConsoleProgress progress = new ConsoleProgress(out, false);
        try {
            outcome = new Workflow(benchmark.parsed().agents(), TargetPolicy.fromEnvironment(), new FileReports())
                    .run(benchmark.parsed().request(), Checkpoint.AUTO_CONFIRM, event -> {
                        if (event instanceof dev.benchpilot.orchestrator.workflow.WorkflowEvent.PhaseStarted started) {
                            stopped.running(benchmark, started.runId());
                        }
                        progress.onEvent(event);
                    });
        } catch (TargetUnreachableException | UsageException e) {
            return new Result(
                    benchmark,
                    e instanceof TargetUnreachableException ? "unreachable" : "failed",
                    e.getMessage(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    seconds(start));
        }
        JsonNode summary = null;
        try {
            summary = RunWorkspace.JSON.readTree(
                    outcome.workspace().resolve("summary.json").toFile());
        } catch (IOException e) {
            // a run that ended before its summary was written: the status and reason say why
        }
        RunComparison.Result comparison = null;
        String note = null;
        if (outcome instanceof RunOutcome.Completed) {
            String compare = benchmark.compare();
            if (compare.equals(BatchFile.NONE)) {
                note = "not compared (compare: none)";
            } else if (compare.equals(BatchFile.PREVIOUS)) {
                comparison = fromSummary(summary);
                note = comparison == null
                        ? "no earlier completed run of '" + benchmark.name() + "' with this pattern"
                        : null;
            } else {
                var before = history.figures(compare);
                var now = history.figures(outcome.runId());
                if (before.isPresent() && now.isPresent()) {
                    comparison = RunComparison.compare(before.get(), now.get());
                } else {
                    note = "run "
                            + (before.isPresent()
                                    ? outcome.runId() + " was not stored in the history"
                                    : compare + " is no longer in the history");
                }
            }
        }
        return new Result(
                benchmark,
                outcome.status().wireName(),
                outcome.reason(),
                outcome.runId(),
                outcome.workspace(),
                summary,
                comparison,
                note,
                seconds(start));
    }

    /** The comparison the workflow made with the previous run of the same label and pattern, as summary.json has it. */
    private static RunComparison.Result fromSummary(JsonNode summary) {
        JsonNode comparison = summary == null ? null : summary.get("comparison");
        if (comparison == null || comparison.isNull()) {
            return null;
        }
        Map<String, Double> deltas = new LinkedHashMap<>();
        comparison
                .path("deltas")
                .fields()
                .forEachRemaining(f -> deltas.put(f.getKey(), f.getValue().asDouble()));
        List<String> regressions = new ArrayList<>();
        comparison.path("regressions").forEach(r -> regressions.add(r.asText()));
        return new RunComparison.Result(comparison.path("baselineRunId").asText(), deltas, regressions);
    }

    /**
     * Writes the reports when the JVM is stopped (Ctrl-C, SIGTERM) during a batch: what finished, and the benchmark
     * that was running as aborted, pointing at its workspace (whose run keeps what it measured, see RunJournal).
     */
    private static final class Stopped extends Thread {
        private final Path directory;
        private final String fileName;
        private final List<Result> results;
        private final int planned;
        private volatile BatchFile.Benchmark benchmark;
        private volatile String runId;
        private volatile long since = System.nanoTime();

        Stopped(Path directory, String fileName, List<Result> results, int planned) {
            super("benchpilot-batch-stopped");
            this.directory = directory;
            this.fileName = fileName;
            this.results = results;
            this.planned = planned;
        }

        void running(BatchFile.Benchmark current, String id) {
            if (current != benchmark) {
                since = System.nanoTime();
            }
            benchmark = current;
            runId = id;
        }

        @Override
        public void run() {
            synchronized (results) {
                BatchFile.Benchmark current = benchmark;
                if (current == null) {
                    return;
                }
                List<Result> partial = new ArrayList<>(results);
                Path runs = current.parsed()
                        .request()
                        .workspace()
                        .resolve(Defaults.WORKSPACE_DIR)
                        .resolve("runs");
                partial.add(new Result(
                        current,
                        "aborted",
                        "the batch was stopped from outside while this benchmark ran",
                        runId,
                        runId == null ? null : runs.resolve(runId),
                        null,
                        null,
                        null,
                        seconds(since)));
                try {
                    BatchReport.write(directory, fileName, partial, planned);
                } catch (IOException e) {
                    System.err.println("benchpilot batch: cannot write the reports: " + e.getMessage());
                }
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
