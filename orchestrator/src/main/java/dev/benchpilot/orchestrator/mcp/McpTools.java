package dev.benchpilot.orchestrator.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.report.ComparisonTable;
import dev.benchpilot.orchestrator.report.DurationText;
import dev.benchpilot.orchestrator.report.EndpointTable;
import dev.benchpilot.orchestrator.report.ScenarioViews;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.runs.LiveRun;
import dev.benchpilot.orchestrator.runs.RunRegistry;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.orchestrator.workflow.RunStatus;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.analysis.RunComparison;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import dev.benchpilot.tools.text.Numbers;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The tools {@code benchpilot mcp} offers an assistant. They start the same workflow as the CLI (through the HTTP
 * API's parser and run registry) and only map its answers to MCP: text for the assistant to read, and structured
 * content with the run id and status. Long waits send progress notifications when the call carries a progress token.
 */
final class McpTools {

    static final Set<String> DONE = Set.of("completed", "target_lost", "cancelled", "failed", "aborted");
    private static final int DEFAULT_WAIT_SECONDS = 50;
    /** How long planning may take before a tool answers with the status instead. */
    private static final int PLANNING_SECONDS = 120;

    private final RunRegistry runs;
    private final BenchmarkRequests parser;
    private final Path workspace;

    McpTools(RunRegistry runs, BenchmarkRequests parser, Path workspace) {
        this.runs = runs;
        this.parser = parser;
        this.workspace = workspace;
    }

    List<SyncToolSpecification> all() {
        Map<String, Object> runFields = new LinkedHashMap<>();
        runFields.put(
                "command",
                Map.of(
                        "type",
                        "string",
                        "description",
                        "Instead of the fields: the slash command, "
                                + "e.g. /benchmark --target http://127.0.0.1:8080 --source src --pattern stress "
                                + "--rps 100"));
        for (String field : new java.util.TreeSet<>(BenchmarkRequests.FIELDS)) {
            if (!field.equals("autoConfirm")) {
                runFields.put(
                        field,
                        Map.of(
                                "type",
                                Set.of("rps", "maxRps").contains(field)
                                        ? "number"
                                        : Set.of("workers", "pid", "users").contains(field) ? "integer" : "string"));
            }
        }
        Map<String, Object> runId = Map.of("type", "string", "description", "The run id benchmark_plan returned");
        Map<String, Object> wait = Map.of(
                "type",
                "integer",
                "description",
                "Seconds to wait for the run to end (0-600, default 50); "
                        + "progress is notified every second while waiting");
        return List.of(
                tool(
                        "benchmark_plan",
                        "Plan a load test of an HTTP API: detect its endpoints (source and/or OpenAPI), draft the "
                                + "flows and the "
                                + "load, and stop at the confirmation checkpoint. Only a health check is sent to the "
                                + "target. Returns the plan and a runId "
                                + "for benchmark_confirm. Fields are the benchpilot CLI options (target is required; "
                                + "duration like 30s or 5m), "
                                + "or 'command' with the /benchmark text.",
                        schema(runFields, List.of()),
                        this::plan),
                tool(
                        "benchmark_confirm",
                        "Answer a run's checkpoint: execute (runs the load and waits for it, with progress), adjust "
                                + "(new rps, duration and/or pattern; returns the new plan), review (returns the "
                                + "scenarios) or cancel.",
                        schema(
                                Map.of(
                                        "runId",
                                        runId,
                                        "choice",
                                        Map.of(
                                                "type",
                                                "string",
                                                "enum",
                                                List.of("execute", "adjust", "review", "cancel")),
                                        "rps",
                                        Map.of("type", "number"),
                                        "duration",
                                        Map.of("type", "string"),
                                        "pattern",
                                        Map.of(
                                                "type",
                                                "string",
                                                "enum",
                                                List.of("baseline", "stress", "spike", "soak", "scalability")),
                                        "waitSeconds",
                                        wait),
                                List.of("runId", "choice")),
                        this::confirm),
                tool(
                        "benchmark_status",
                        "A run's status and latest figures (or every run of this session without runId); can wait "
                                + "for the end.",
                        schema(Map.of("runId", runId, "waitSeconds", wait), List.of()),
                        this::status),
                tool(
                        "benchmark_report",
                        "The final report of a finished run (Markdown), with the capacity, bottlenecks and todos.",
                        schema(Map.of("runId", runId), List.of("runId")),
                        this::report),
                tool(
                        "list_endpoints",
                        "The endpoints benchpilot detects in a source tree (and OpenAPI file), without sending anything.",
                        schema(
                                Map.of("source", Map.of("type", "string"), "openapi", Map.of("type", "string")),
                                List.of("source")),
                        this::endpoints),
                tool(
                        "compare_runs",
                        "Compare two stored runs: rate, p50/p95/p99, errors, breaking point, and the regressions "
                                + "beyond noise.",
                        schema(Map.of("before", runId, "after", runId), List.of("before", "after")),
                        this::compare));
    }

    private interface Handler {
        McpSchema.CallToolResult handle(McpSyncServerExchange exchange, McpSchema.CallToolRequest request)
                throws Exception;
    }

    private static SyncToolSpecification tool(
            String name, String description, Map<String, Object> schema, Handler handler) {
        return SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder()
                        .name(name)
                        .description(description)
                        .inputSchema(schema)
                        .build())
                .callHandler((exchange, request) -> {
                    try {
                        return handler.handle(exchange, request);
                    } catch (UsageException | RunRegistry.Refused e) {
                        return error(e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return error("interrupted");
                    } catch (Exception e) {
                        return error(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                })
                .build();
    }

    private static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
        return Map.of("type", "object", "properties", properties, "required", required, "additionalProperties", false);
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(message)
                .isError(true)
                .build();
    }

    private static McpSchema.CallToolResult answer(String text, Map<String, Object> structured) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(text)
                .structuredContent(structured)
                .build();
    }

    private McpSchema.CallToolResult plan(McpSyncServerExchange exchange, McpSchema.CallToolRequest request)
            throws Exception {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        BenchmarkRequests.Parsed parsed;
        if (args.containsKey("command")) {
            if (args.size() > 1) {
                throw new UsageException("give either 'command' or the option fields, not both");
            }
            parsed = parser.parseCommand(String.valueOf(args.get("command")));
        } else {
            parsed = parser.parse(RunWorkspace.JSON.valueToTree(args));
        }
        if (parsed.request().autoConfirm()) {
            throw new UsageException(
                    "benchmark_plan stops at the checkpoint: leave out --yes / autoConfirm and answer with "
                            + "benchmark_confirm");
        }
        LiveRun run = runs.start(parsed.request(), parsed.agents());
        waitFor(run, Set.of(RunStatus.AWAITING_CONFIRMATION), PLANNING_SECONDS, exchange, request);
        return planned(run);
    }

    private McpSchema.CallToolResult planned(LiveRun run) {
        Plan plan = run.plan();
        if (plan == null || run.status() != RunStatus.AWAITING_CONFIRMATION) {
            return answer(
                    "Run " + run.id() + " is " + run.status() + reason(run),
                    Map.of("runId", run.id(), "status", run.status()));
        }
        String text = String.format(
                Locale.ROOT,
                "Benchmark plan ready (run %s) — nothing but a health check has been sent.%n%n"
                        + "- target: %s%n- pattern: %s, %s at %s rps%n%s- engine: %s (%s)%n- endpoints detected: "
                        + "%d%n%s%n%s%n"
                        + "Ask the user, then call benchmark_confirm with runId \"%s\" and choice execute, adjust "
                        + "(rps, duration, pattern), review or cancel.",
                run.id(),
                plan.target(),
                plan.pattern(),
                DurationText.of(plan.duration()),
                Numbers.plain(plan.targetRps()),
                plan.users() == null ? "" : "- load: " + plan.users().description() + "\n",
                plan.tool(),
                plan.toolReason(),
                plan.detection().endpoints().size(),
                plan.search() == null ? "" : "- search: " + plan.search().description() + "\n",
                ScenarioViews.markdown(plan),
                run.id());
        return answer(
                text,
                Map.of(
                        "runId",
                        run.id(),
                        "status",
                        run.status(),
                        "pattern",
                        plan.pattern(),
                        "tool",
                        plan.tool(),
                        "targetRps",
                        plan.targetRps(),
                        "durationSeconds",
                        plan.duration().toSeconds()));
    }

    private McpSchema.CallToolResult confirm(McpSyncServerExchange exchange, McpSchema.CallToolRequest request)
            throws Exception {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        LiveRun run = live(args);
        String choice = String.valueOf(args.get("choice"));
        Checkpoint.Decision decision;
        switch (choice) {
            case "review" -> {
                return run.plan() == null
                        ? error("run " + run.id() + " has no plan yet")
                        : answer(ScenarioViews.markdown(run.plan()), Map.of("runId", run.id(), "status", run.status()));
            }
            case "execute" -> decision = new Checkpoint.Decision.Execute();
            case "cancel" -> decision = new Checkpoint.Decision.Cancel("cancelled by the assistant");
            case "adjust" -> decision = BenchmarkRequests.adjust(RunWorkspace.JSON.valueToTree(args), run.plan());
            default -> throw new UsageException("field 'choice' must be execute, adjust, review or cancel");
        }
        if (!run.answer(decision)) {
            throw new UsageException(
                    "run " + run.id() + " is not waiting at the checkpoint (status " + run.status() + ")");
        }
        if (decision instanceof Checkpoint.Decision.Adjust) {
            waitFor(run, Set.of(RunStatus.AWAITING_CONFIRMATION), PLANNING_SECONDS, exchange, request);
            return planned(run);
        }
        waitFor(run, Set.of(), waitSeconds(args), exchange, request);
        return status(run);
    }

    private McpSchema.CallToolResult status(McpSyncServerExchange exchange, McpSchema.CallToolRequest request)
            throws Exception {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        if (args.get("runId") == null) {
            StringBuilder text = new StringBuilder();
            runs.all()
                    .forEach(r -> text.append(r.id())
                            .append("  ")
                            .append(r.status())
                            .append("  ")
                            .append(r.target())
                            .append('\n'));
            return answer(
                    text.isEmpty() ? "No runs in this session; stored runs: benchpilot history" : text.toString(),
                    Map.of(
                            "runs",
                            runs.all().stream()
                                    .map(r -> Map.of("runId", r.id(), "status", r.status()))
                                    .toList()));
        }
        LiveRun run = live(args);
        int seconds = args.containsKey("waitSeconds") ? waitSeconds(args) : 0;
        waitFor(run, Set.of(), seconds, exchange, request);
        return status(run);
    }

    private McpSchema.CallToolResult status(LiveRun run) throws IOException {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("runId", run.id());
        structured.put("status", run.status());
        StringBuilder text = new StringBuilder("Run " + run.id() + ": " + run.status() + reason(run) + "\n");
        var latest = run.latest();
        if (latest != null && !run.done()) {
            text.append(String.format(
                    Locale.ROOT,
                    "second %d: offered %.1f rps, achieved %d rps, p95 %s ms, errors %d%n",
                    latest.second() + 1,
                    latest.offeredRps(),
                    latest.achievedRps(),
                    latest.p95() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", latest.p95()),
                    latest.errors()));
        }
        Path summaryFile = run.workspace() == null ? null : run.workspace().resolve("summary.json");
        if (summaryFile != null && Files.isRegularFile(summaryFile)) {
            JsonNode summary = RunWorkspace.JSON.readTree(summaryFile.toFile());
            text.append(String.format(
                    Locale.ROOT,
                    "achieved %s rps, p95 %s ms, error rate %s, %d requests%n",
                    summary.path("achievedRps").asText("n/a"),
                    summary.path("latencyMs").path("underLoad").path("p95").asText("n/a"),
                    summary.path("requests").path("errorRate").asText("n/a"),
                    summary.path("requests").path("total").asLong()));
            text.append("Full report: benchmark_report with runId \"")
                    .append(run.id())
                    .append("\"\n");
            structured.put("summary", RunWorkspace.JSON.convertValue(summary, Map.class));
        } else if (!run.done()) {
            text.append("Still going: call benchmark_status with runId \"")
                    .append(run.id())
                    .append("\" and waitSeconds to follow it.\n");
        }
        return answer(text.toString(), structured);
    }

    private McpSchema.CallToolResult report(McpSyncServerExchange exchange, McpSchema.CallToolRequest request)
            throws IOException {
        String id = String.valueOf(request.arguments().get("runId"));
        Path directory = runs.find(id).map(LiveRun::workspace).orElse(null);
        if (directory == null && id.matches("[A-Za-z0-9._-]+")) {
            directory =
                    workspace.resolve(Defaults.WORKSPACE_DIR).resolve("runs").resolve(id);
        }
        Path report = directory == null ? null : directory.resolve("final-benchmark-report.md");
        if (report == null || !Files.isRegularFile(report)) {
            return error("no report for run '" + id + "' yet (is it finished? benchmark_status tells)");
        }
        return answer(Files.readString(report), Map.of("runId", id, "report", report.toString()));
    }

    private McpSchema.CallToolResult endpoints(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Map<String, Object> args = request.arguments();
        Path source = Path.of(String.valueOf(args.get("source")));
        Path openApi = args.get("openapi") == null ? null : Path.of(String.valueOf(args.get("openapi")));
        var result = EndpointDetection.detect(source, openApi);
        StringWriter text = new StringWriter();
        EndpointTable.write(result, new PrintWriter(text));
        return answer(text.toString(), Map.of("endpoints", result.endpoints().size(), "warnings", result.warnings()));
    }

    private McpSchema.CallToolResult compare(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        var history = Defaults.history(workspace);
        String before = String.valueOf(request.arguments().get("before"));
        String after = String.valueOf(request.arguments().get("after"));
        RunComparison.Figures a =
                history.figures(before).orElseThrow(() -> new UsageException("no run '" + before + "' in the history"));
        RunComparison.Figures b =
                history.figures(after).orElseThrow(() -> new UsageException("no run '" + after + "' in the history"));
        RunComparison.Result result = RunComparison.compare(a, b);
        StringWriter text = new StringWriter();
        ComparisonTable.write(new PrintWriter(text), a, b, result);
        return answer(text.toString(), Map.of("regressions", result.regressions(), "deltas", result.deltas()));
    }

    private LiveRun live(Map<String, Object> args) {
        String id = String.valueOf(args.get("runId"));
        return runs.find(id)
                .orElseThrow(
                        () -> new UsageException("no run '" + id + "' in this session (benchmark_status lists them)"));
    }

    private static String reason(LiveRun run) {
        return run.outcome() == null || run.outcome().reason() == null
                ? ""
                : ": " + run.outcome().reason();
    }

    private static int waitSeconds(Map<String, Object> args) {
        Object value = args.get("waitSeconds");
        int seconds = value instanceof Number n ? n.intValue() : DEFAULT_WAIT_SECONDS;
        if (seconds < 0 || seconds > 600) {
            throw new UsageException("field 'waitSeconds' must be 0-600, was " + value);
        }
        return seconds;
    }

    /**
     * Waits until the run ends (or reaches one of {@code until}) or {@code seconds} pass, notifying progress every
     * second when the caller sent a progress token: seconds of load done out of the planned duration.
     */
    private static void waitFor(
            LiveRun run,
            Set<RunStatus> until,
            int seconds,
            McpSyncServerExchange exchange,
            McpSchema.CallToolRequest request)
            throws InterruptedException {
        Object token = request.meta() == null ? null : request.meta().get("progressToken");
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
        Runnable unsubscribe = run.subscribe(events::add); // the events so far first, then each new one
        long notified = -1;
        try {
            // woken by each event of the run; a status set without one (the checkpoint's wait) is seen within a second
            while (!run.done() && !until.contains(run.status()) && System.nanoTime() < deadline) {
                Map<String, Object> event = events.poll(
                        Math.min(1_000_000_000L, Math.max(1, deadline - System.nanoTime())), TimeUnit.NANOSECONDS);
                var latest = run.latest();
                if (token != null
                        && event != null
                        && "metrics".equals(event.get("type"))
                        && latest != null
                        && latest.second() != notified) {
                    notified = latest.second();
                    progress(run, exchange, token);
                }
            }
        } finally {
            unsubscribe.run();
        }
    }

    private static void progress(LiveRun run, McpSyncServerExchange exchange, Object token) {
        var latest = run.latest();
        if (latest == null) {
            return;
        }
        Double total =
                run.plan() == null ? null : (double) run.plan().duration().toSeconds();
        exchange.progressNotification(new McpSchema.ProgressNotification(
                token,
                (double) latest.second() + 1,
                total,
                String.format(
                        Locale.ROOT,
                        "%s: second %d, %d rps, p95 %s ms, %d errors",
                        run.status(),
                        latest.second() + 1,
                        latest.achievedRps(),
                        Numbers.plain(latest.p95()),
                        latest.errors())));
    }
}
