package dev.benchpilot.orchestrator.api;

import dev.benchpilot.orchestrator.history.RunHistory;
import dev.benchpilot.orchestrator.runs.LiveRun;
import dev.benchpilot.orchestrator.runs.RunRegistry;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the API answers about runs: the live ones this server started, merged with the stored history (so runs of the
 * CLI, batch and earlier servers are listed, viewed and exported too).
 */
final class ApiViews {

    /** {@code GET /api/v1/runs} filters; null matches everything. {@code from}/{@code to}: ISO dates or instants. */
    record Filter(String target, String pattern, String status, String from, String to, int limit) {

        static Filter of(Function<String, String> query) {
            String limit = query.apply("limit");
            int max;
            try {
                max = limit == null ? 100 : Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new UsageException("parameter 'limit' must be a number, was '" + limit + "'");
            }
            if (max < 1 || max > 10_000) {
                throw new UsageException("parameter 'limit' must be 1-10000, was " + max);
            }
            for (String bound : new String[] {"from", "to"}) {
                String value = query.apply(bound);
                if (value != null && !value.matches("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z?)?")) {
                    throw new UsageException("parameter '" + bound
                            + "' must be a date (2026-11-01) or an ISO instant, was '" + value + "'");
                }
            }
            return new Filter(
                    blank(query.apply("target")),
                    blank(query.apply("pattern")),
                    blank(query.apply("status")),
                    blank(query.apply("from")),
                    blank(query.apply("to")),
                    max);
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A run by id: live (this server's) or stored, with its workspace folder when there is one. */
    record Found(String id, LiveRun live, RunHistory.Entry stored, Path directory) {}

    static final List<String> CSV_COLUMNS = List.of(
            "id", "status", "target", "pattern", "startedAt", "achievedRps", "p95Ms", "errorRate", "breakingPointRps");

    private final RunRegistry runs;
    private final Path workspace;

    ApiViews(RunRegistry runs, Path workspace) {
        this.runs = runs;
        this.workspace = workspace;
    }

    private RunHistory history;

    /** Opened (and migrated) once, on first use. */
    private synchronized RunHistory history() {
        if (history == null) {
            history = RunHistory.forWorkspace(workspace.resolve(Defaults.WORKSPACE_DIR));
        }
        return history;
    }

    List<Map<String, Object>> list(Filter filter) {
        Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
        for (RunHistory.Entry e : history()
                .list(filter.target(), filter.pattern(), filter.status(), filter.from(), filter.to(), filter.limit())) {
            stored.put(
                    e.runId(),
                    row(
                            e.runId(),
                            e.status(),
                            e.target(),
                            e.pattern(),
                            e.startedAt(),
                            e.achievedRps(),
                            e.p95Ms(),
                            e.errorRate(),
                            e.breakingPointRps(),
                            false));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LiveRun run : runs.all()) {
            boolean inRange = filter.from() == null && filter.to() == null;
            if (run.id() != null
                    && !stored.containsKey(run.id())
                    && inRange
                    && matches(filter.target(), run.target())
                    && matches(filter.status(), run.status().wireName())
                    && (filter.pattern() == null
                            || run.plan() != null
                                    && filter.pattern().equals(run.plan().pattern()))) {
                rows.add(row(
                        run.id(),
                        run.status().wireName(),
                        run.target(),
                        run.plan() == null ? null : run.plan().pattern(),
                        null,
                        run.latest() == null ? null : (double) run.latest().achievedRps(),
                        run.latest() == null ? null : run.latest().p95(),
                        null,
                        null,
                        !run.done()));
            }
        }
        rows.addAll(stored.values());
        return rows.stream().limit(filter.limit()).toList();
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    private static Map<String, Object> row(
            String id,
            String status,
            String target,
            String pattern,
            String startedAt,
            Double rps,
            Double p95,
            Double errorRate,
            Double breaking,
            boolean live) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("status", status);
        row.put("target", target);
        row.put("pattern", pattern);
        row.put("startedAt", startedAt);
        row.put("achievedRps", rps);
        row.put("p95Ms", p95);
        row.put("errorRate", errorRate);
        row.put("breakingPointRps", breaking);
        row.put("live", live);
        return row;
    }

    static String csv(List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : CSV_COLUMNS) {
                Object value = row.get(column);
                String text = value == null
                        ? ""
                        : value instanceof Double d
                                ? String.format(Locale.ROOT, "%.4f", d).replaceAll("\\.?0+$", "")
                                : value.toString();
                cells.add(text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    Optional<Found> find(String id) {
        if (!RunWorkspace.isRunId(id)) {
            return Optional.empty();
        }
        Optional<LiveRun> live = runs.find(id);
        RunHistory.Entry stored = history().entry(id).orElse(null);
        Path directory = live.map(LiveRun::workspace).orElse(null);
        if (directory == null) {
            Path candidate =
                    workspace.resolve(Defaults.WORKSPACE_DIR).resolve("runs").resolve(id);
            directory = Files.isDirectory(candidate) ? candidate : null;
        }
        if (live.isEmpty() && stored == null && directory == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(id, live.orElse(null), stored, directory));
    }

    Map<String, Object> view(Found found) throws IOException {
        Map<String, Object> view = new LinkedHashMap<>();
        LiveRun run = found.live();
        view.put("id", found.id());
        view.put(
                "status",
                run != null
                        ? run.status()
                        : found.stored() != null ? found.stored().status() : null);
        view.put(
                "target",
                run != null
                        ? run.target()
                        : found.stored() != null ? found.stored().target() : null);
        view.put("live", run != null && !run.done());
        view.put("plan", run == null || run.plan() == null ? null : plan(run.plan()));
        view.put("current", run == null ? null : run.latest());
        Path summary = found.directory() == null ? null : found.directory().resolve("summary.json");
        view.put(
                "summary",
                summary != null && Files.isRegularFile(summary) ? ApiServer.JSON.readTree(summary.toFile()) : null);
        return view;
    }

    /** The plan as the dashboard draws it: the stages with the second each starts at (none for an adaptive search). */
    private static Map<String, Object> plan(dev.benchpilot.orchestrator.workflow.Plan plan) {
        List<Map<String, Object>> stages = new ArrayList<>();
        long start = 0;
        if (plan.search() == null) {
            for (var stage : plan.profile().stages()) {
                stages.add(Map.of(
                        "name",
                        stage.name(),
                        "startSecond",
                        start,
                        "seconds",
                        stage.duration().toSeconds(),
                        "rps",
                        stage.endRps()));
                start += stage.duration().toSeconds();
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pattern", plan.pattern());
        view.put("tool", plan.tool());
        view.put("targetRps", plan.targetRps());
        view.put("users", plan.usersView());
        view.put("writes", plan.writes());
        view.put("connections", plan.connections());
        view.put("durationSeconds", plan.duration().toSeconds());
        view.put(
                "flows",
                plan.scenarios().scenarios().flows().stream().map(f -> f.name()).toList());
        view.put("stages", stages);
        return view;
    }

    List<String> artifacts(Path directory) throws IOException {
        if (directory == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> directory.relativize(f).toString())
                    .sorted()
                    .toList();
        }
    }

    /** This API described as OpenAPI 3 (a resource kept beside the code; a test checks every route in it answers). */
    static String openApi() {
        try (InputStream in = ApiViews.class.getResourceAsStream("/api/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
