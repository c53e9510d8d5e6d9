package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.RequestOutcome;
import dev.benchpilot.tools.process.ChildEnvironment;
import dev.benchpilot.tools.scripts.ScriptWriter;
import dev.benchpilot.tools.scripts.ScriptWriters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * k6 (v0.50 or later) as a separate process on the generated {@code load-test.js}, found on {@code PATH} or at the
 * given path. Its {@code --out json} file is followed while it runs ({@link K6Output}); {@code --summary-export}
 * is kept beside it as a cross-check only. Exit code 99 (thresholds crossed) is a finished test.
 */
public final class K6Engine extends ProcessEngine {

    static final int MIN_MAJOR = 0;
    static final int MIN_MINOR = 50;
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

    private final Path explicitPath;
    private final int segments;

    /** @param explicitPath {@code --k6-path}, or null to look on PATH */
    public K6Engine(Path explicitPath) {
        this(explicitPath, 1);
    }

    /**
     * @param segments k6 processes on this machine, each running one execution segment of the same script (k6 splits
     *                 arrival rates and VUs by segment, so together they offer the plan once); 1 for a single process
     */
    public K6Engine(Path explicitPath, int segments) {
        if (segments < 1 || segments > 64) {
            throw new IllegalArgumentException("--workers must be between 1 and 64, was " + segments);
        }
        this.explicitPath = explicitPath;
        this.segments = segments;
    }

    @Override
    public String describe() {
        return segments == 1
                ? name()
                : name() + ": " + segments + " processes on this machine, one execution segment each "
                        + "(docs/distributed.md has the commands for other hosts)";
    }

    @Override
    public String connections() {
        return "per-user: each k6 virtual user keeps its own keep-alive connections (k6 cannot share them across users)";
    }

    @Override
    public String name() {
        return "k6";
    }

    Optional<Path> executable() {
        if (explicitPath != null) {
            return Files.isExecutable(explicitPath) ? Optional.of(explicitPath) : Optional.empty();
        }
        return Executables.onPath("k6");
    }

    @Override
    public String unavailableReason() {
        Optional<Path> k6 = executable();
        if (k6.isEmpty()) {
            return (explicitPath != null
                            ? "--k6-path " + explicitPath + " is not an executable file"
                            : "k6 is not on PATH")
                    + ": install it from https://grafana.com/docs/k6/latest/set-up/install-k6/ (or give --k6-path), "
                    + "or use --tool gatling (embedded, nothing to install)";
        }
        String version = version(k6.get());
        return supported(version)
                ? null
                : "k6 " + (version == null ? "(version unknown)" : version) + " is older than v" + MIN_MAJOR + "."
                        + MIN_MINOR + ", which the generated script needs; upgrade it or use --tool gatling";
    }

    /** Whether {@code version} text such as {@code k6 v0.52.0 (go1.22...)} is new enough. */
    static boolean supported(String version) {
        Matcher m = version == null ? null : VERSION.matcher(version);
        if (m == null || !m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > MIN_MAJOR || minor >= MIN_MINOR;
    }

    private static String version(Path k6) {
        try {
            ProcessBuilder builder = new ProcessBuilder(k6.toString(), "version").redirectErrorStream(true);
            ChildEnvironment.restrict(builder.environment());
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    ScriptWriter writer() {
        return ScriptWriters.byTool("k6").orElseThrow();
    }

    @Override
    String resultsGlob() {
        return "k6-points*.ndjson";
    }

    @Override
    Function<String, RequestOutcome> parser(ResultLine.WallClock clock) {
        return line -> K6Output.parse(line, clock);
    }

    /**
     * {@code metrics.http_reqs.count} of the summary exports, summed (they include setup()'s login, hence the
     * tolerance).
     */
    @Override
    Long reportedRequests(Path dir) {
        long total = 0;
        for (int i = 0; i < segments; i++) {
            Long count = ReportedCounts.jsonCount(dir.resolve(summaryName(i)), "/metrics/http_reqs/count");
            if (count == null) {
                return null;
            }
            total += count;
        }
        return total;
    }

    private String summaryName(int segment) {
        return segments == 1 ? "k6-summary.json" : "k6-summary-" + segment + ".json";
    }

    @Override
    boolean finishedNormally(int exitCode) {
        return exitCode == 0;
    }

    @Override
    String exitMeaning(int exitCode) {
        return K6Output.exitMeaning(exitCode);
    }

    @Override
    List<List<String>> commands(Path script, LoadTest test, Path results) throws EngineException {
        Path k6 = executable().orElseThrow(() -> new EngineException(unavailableReason()));
        if (segments == 1) {
            return List.of(List.of(
                    k6.toString(),
                    "run",
                    "--quiet",
                    "--no-usage-report",
                    "--summary-export",
                    script.resolveSibling("k6-summary.json").toString(),
                    "--out",
                    "json=" + results.resolveSibling("k6-points.ndjson"),
                    script.getFileName().toString()));
        }
        List<String> sequence = dev.benchpilot.tools.scripts.K6Segments.sequence(segments);
        List<List<String>> commands = new java.util.ArrayList<>();
        for (int i = 0; i < segments; i++) {
            commands.add(List.of(
                    k6.toString(),
                    "run",
                    "--quiet",
                    "--no-usage-report",
                    "--execution-segment",
                    sequence.get(i) + ":" + sequence.get(i + 1),
                    "--execution-segment-sequence",
                    String.join(",", sequence),
                    "--summary-export",
                    script.resolveSibling(summaryName(i)).toString(),
                    "--out",
                    "json=" + results.resolveSibling("k6-points-" + i + ".ndjson"),
                    script.getFileName().toString()));
        }
        return commands;
    }
}
