package dev.benchpilot.orchestrator.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.history.RunHistory;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.TargetUnreachableException;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.orchestrator.workflow.Workflow;
import dev.benchpilot.orchestrator.workflow.WorkflowListener;
import dev.benchpilot.tools.analysis.RunComparison;
import dev.benchpilot.tools.text.Numbers;
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

/**
 * The nightly mode: the benchmarks of a batch file run one after another without prompts, each compared as its entry
 * says, with {@code junit.xml} and {@code summary.md} rewritten after each (so a batch stopped half way keeps what it
 * measured, and a stop from outside marks the running one aborted).
 */
public final class BatchRun {

    /** What a batch did: a result per benchmark that ran, out of {@code planned}, and where the reports are. */
    public record Outcome(List<Result> results, int planned, Path reports) {

        /** Every benchmark ran to completion. */
        public boolean allCompleted() {
            return results.size() == planned && results.stream().allMatch(Result::completed);
        }
    }

    private BatchRun() {}

    /** One benchmark's result; {@code summary} and {@code comparison} are null when it did not get that far. */
    public record Result(
            BatchFile.Benchmark benchmark,
            String status,
            String reason,
            String runId,
            Path runWorkspace,
            JsonNode summary,
            RunComparison.Result comparison,
            String comparisonNote,
            double seconds) {

        public boolean completed() {
            return status.equals("completed");
        }

        public boolean slaBreached() {
            return summary != null
                    && summary.path("sla").path("passed").isBoolean()
                    && !summary.path("sla").path("passed").asBoolean();
        }

        public boolean generatorLimited() {
            return summary != null
                    && summary.path("generator").path("limited").asBoolean(false)
                    && summary.path("generator").path("limitedAtRps").asDouble(Double.MAX_VALUE)
                            <= summary.path("targetRps").asDouble(0);
        }

        public boolean regressed() {
            return comparison != null && !comparison.regressions().isEmpty();
        }
    }

    /**
     * Checks the whole file (nothing runs when any benchmark is wrong), then runs its benchmarks one after another and
     * rewrites {@code junit.xml} and {@code summary.md} after each.
     *
     * @param workspace the folder holding {@code .benchpilot/} (the current directory when null)
     * @param outDir    where the reports go (default: {@code .benchpilot/batch/<time>/})
     * @param progress  what each benchmark's workflow events are shown with
     */
    public static Outcome run(Path file, Path workspace, Path outDir, PrintWriter out, WorkflowListener progress)
            throws IOException {
        Path base = workspace == null ? Path.of("") : workspace;
        List<BatchFile.Benchmark> benchmarks = BatchFile.read(file, base);
        RunHistory history = Defaults.history(workspace);
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
                        request.load() instanceof BenchmarkRequest.Users users
                                ? users.users() + " users"
                                : Numbers.plain(request.rps()) + " rps",
                        request.duration().toSeconds());
                out.flush();
                stopped.running(benchmark, null);
                Result result = run(benchmark, history, progress, stopped);
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
        return new Outcome(List.copyOf(results), benchmarks.size(), directory);
    }

    private static Result run(
            BatchFile.Benchmark benchmark, RunHistory history, WorkflowListener progress, Stopped stopped) {
        long start = System.nanoTime();
        RunOutcome outcome;
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
                    // the JVM is going down: standard error is the one channel left
                    System.err.println("benchpilot batch: cannot write the reports: " + e.getMessage());
                }
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
