package dev.benchpilot.orchestrator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.orchestrator.workflow.Workflow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code benchpilot serve}: the HTTP API IDE plugins call. It parses, authenticates and maps to HTTP; the run itself
 * is the same workflow as the CLI's, with a checkpoint answered by {@code POST .../checkpoint}. Binds loopback by
 * default; every route but {@code /health} needs the bearer token (compared in constant time); a target outside
 * the allowlist is refused with 403 before any request is sent to it; one run per target at a time (a second gets
 * 409; DESIGN's queue is not built yet). SSE clients must send {@code Accept: text/event-stream}, as EventSource does.
 */
public final class ApiServer implements AutoCloseable {

    /** What a run body becomes: the request and the agents for it. */
    public record Parsed(BenchmarkRequest request, Agents agents) {
    }

    /** Turns a run body (or a {@code /benchmark ...} command) into a request; throws {@link UsageException}. */
    public interface RequestParser {
        Parsed parse(JsonNode body);

        default Parsed parseCommand(String text) {
            throw new UsageException("commands are not supported");
        }
    }

    /**
     * @param maxRuns runs at once (others get 429)
     */
    public record Settings(String bind, int port, String token, TargetPolicy policy, int maxRuns) {
    }

    static final ObjectMapper JSON = RunWorkspace.JSON;
    private static final long MAX_BODY = 64 * 1024;

    private final Settings settings;
    private final RequestParser parser;
    private final Map<String, ApiRun> runs = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> targets = new ConcurrentHashMap<>();
    private final Semaphore slots;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "benchpilot-api-run");
        thread.setDaemon(true);
        return thread;
    });
    private final Javalin app;

    public ApiServer(Settings settings, RequestParser parser) {
        this.settings = settings;
        this.parser = parser;
        this.slots = new Semaphore(settings.maxRuns());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.defaultHost = settings.bind();
        });
        app.before(this::authenticate);
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        app.post("/api/v1/runs", ctx -> start(ctx, () -> parser.parse(body(ctx))));
        app.post("/api/v1/commands", ctx -> start(ctx, () -> parser.parseCommand(body(ctx).path("text").asText(null))));
        app.get("/api/v1/runs", this::list);
        app.get("/api/v1/runs/{id}", ctx -> ctx.json(view(run(ctx))));
        app.post("/api/v1/runs/{id}/checkpoint", this::checkpoint);
        app.get("/api/v1/runs/{id}/artifacts", ctx -> ctx.json(Map.of("artifacts", artifacts(run(ctx)))));
        app.get("/api/v1/runs/{id}/artifacts/{name}", this::artifact);
        app.sse("/api/v1/runs/{id}/events", client -> {
            ApiRun run = runs.get(client.ctx().pathParam("id"));
            if (run == null) {
                client.sendEvent("error", "no run " + client.ctx().pathParam("id"));
                client.close();
                return;
            }
            client.keepAlive();
            Runnable[] stop = new Runnable[1];
            stop[0] = run.subscribe(event -> {
                client.sendEvent(String.valueOf(event.get("type")), write(event));
                if ("finished".equals(event.get("type"))) {
                    client.close();
                }
            });
            client.onClose(() -> stop[0].run());
        });
        app.exception(UsageException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
    }

    /** Starts listening; returns the port (the given one, or a free one for port 0). */
    public int start() {
        app.start(settings.bind(), settings.port());
        return app.port();
    }

    private void authenticate(Context ctx) {
        if (ctx.path().equals("/health")) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = (header == null ? "" : header).getBytes(StandardCharsets.UTF_8);
        byte[] expected = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "missing or wrong token: send Authorization: Bearer <token>");
        }
    }

    private interface ParseStep {
        Parsed parse();
    }

    private void start(Context ctx, ParseStep step) throws InterruptedException {
        Parsed parsed = step.parse();
        BenchmarkRequest request = parsed.request();
        try {
            settings.policy().check(request.target());
        } catch (UsageException e) {
            throw new ApiError(HttpStatus.FORBIDDEN, e.getMessage());
        }
        if (!slots.tryAcquire()) {
            throw new ApiError(HttpStatus.TOO_MANY_REQUESTS, "already " + settings.maxRuns() + " runs going; try again when one has finished");
        }
        String target = request.target().getHost() + ":" + request.target().getPort();
        Semaphore one = targets.computeIfAbsent(target, t -> new Semaphore(1));
        if (!one.tryAcquire()) {
            slots.release();
            throw new ApiError(HttpStatus.CONFLICT, "a run against " + target + " is going; one run per target at a time");
        }
        ApiRun run = new ApiRun(request.target().toString(), request.autoConfirm());
        java.util.concurrent.CompletableFuture<Void> begun = new java.util.concurrent.CompletableFuture<>();
        executor.submit(() -> {
            try {
                try {
                    new Workflow(parsed.agents(), settings.policy(), new FileReports()).run(request, run, event -> {
                        run.onEvent(event);
                        if (run.id() != null) {
                            runs.putIfAbsent(run.id(), run);
                            begun.complete(null);
                        }
                    });
                } finally {
                    one.release();
                }
            } catch (RuntimeException e) {
                run.fail(e.getMessage());
                begun.completeExceptionally(e);
            } finally {
                slots.release();
                begun.complete(null);
            }
        });
        try {
            begun.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UsageException usage) {
                throw usage;
            }
            throw new ApiError(HttpStatus.UNPROCESSABLE_CONTENT, cause.getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ApiError(HttpStatus.GATEWAY_TIMEOUT, "planning took more than 120 s; the run goes on, see GET /api/v1/runs");
        }
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", run.id(), "status", run.status()));
    }

    private void checkpoint(Context ctx) {
        ApiRun run = run(ctx);
        JsonNode body = body(ctx);
        String choice = body.path("choice").asText("");
        Checkpoint.Decision decision;
        switch (choice) {
            case "execute" -> decision = new Checkpoint.Decision.Execute();
            case "cancel" -> decision = new Checkpoint.Decision.Cancel("cancelled over the API");
            case "adjust" -> {
                if (!body.path("rps").isNumber() || body.path("rps").asDouble() <= 0) {
                    throw new UsageException("field 'rps' must be a positive number to adjust");
                }
                Duration duration = body.hasNonNull("duration") ? parseDuration(body.path("duration").asText())
                        : run.plan() == null ? Duration.ofMinutes(5) : run.plan().duration();
                decision = new Checkpoint.Decision.Adjust(body.path("rps").asDouble(), duration);
            }
            case "review" -> {
                ctx.json(Map.of("id", run.id(), "status", run.status(), "scenarios",
                        run.plan() == null ? List.of() : run.plan().scenarios().scenarios().flows()));
                return;
            }
            default -> throw new UsageException("field 'choice' must be execute, adjust, review or cancel");
        }
        if (!run.answer(decision)) {
            throw new ApiError(HttpStatus.CONFLICT, "run " + run.id() + " is not waiting at the checkpoint (status " + run.status() + ")");
        }
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", run.id(), "choice", choice));
    }

    private static Duration parseDuration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([smh])").matcher(text.strip());
        if (!m.matches()) {
            throw new UsageException("field 'duration' must look like 30s, 5m or 1h, was '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    private void list(Context ctx) {
        String target = ctx.queryParam("target");
        String status = ctx.queryParam("status");
        List<Map<String, Object>> rows = runs.values().stream()
                .filter(r -> target == null || r.target().equals(target))
                .filter(r -> status == null || r.status().equals(status))
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.id());
                    row.put("status", r.status());
                    row.put("target", r.target());
                    return row;
                }).toList();
        ctx.json(Map.of("runs", rows));
    }

    private Map<String, Object> view(ApiRun run) throws IOException {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", run.id());
        view.put("status", run.status());
        view.put("target", run.target());
        Path directory = run.workspace();
        view.put("plan", run.plan() == null ? null : Map.of("pattern", run.plan().pattern(), "tool", run.plan().tool(),
                "targetRps", run.plan().targetRps(), "durationSeconds", run.plan().duration().toSeconds(),
                "flows", run.plan().scenarios().scenarios().flows().stream().map(f -> f.name()).toList()));
        view.put("current", run.latest());
        Path summary = directory == null ? null : directory.resolve("summary.json");
        view.put("summary", summary != null && Files.isRegularFile(summary) ? JSON.readTree(summary.toFile()) : null);
        return view;
    }

    private List<String> artifacts(ApiRun run) throws IOException {
        if (run.workspace() == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(run.workspace())) {
            return files.filter(Files::isRegularFile).map(f -> run.workspace().relativize(f).toString()).sorted().toList();
        }
    }

    private void artifact(Context ctx) throws IOException {
        ApiRun run = run(ctx);
        String name = ctx.pathParam("name");
        if (run.workspace() == null) {
            throw new ApiError(HttpStatus.NOT_FOUND, "run " + run.id() + " has no artifacts yet");
        }
        Path root = run.workspace().toRealPath();
        Path file = root.resolve(name).normalize();
        if (name.contains("..") || name.startsWith("/") || !file.startsWith(root) || !Files.isRegularFile(file)
                || !file.toRealPath().startsWith(root)) {
            throw new ApiError(HttpStatus.NOT_FOUND, "no artifact '" + name + "' in run " + run.id());
        }
        ctx.contentType(name.endsWith(".json") ? "application/json" : name.endsWith(".md") ? "text/markdown; charset=utf-8"
                : "application/octet-stream");
        ctx.result(Files.readAllBytes(file));
    }

    private ApiRun run(Context ctx) {
        ApiRun run = runs.get(ctx.pathParam("id"));
        if (run == null) {
            throw new ApiError(HttpStatus.NOT_FOUND, "no run " + ctx.pathParam("id"));
        }
        return run;
    }

    private static JsonNode body(Context ctx) {
        try {
            return JSON.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
        } catch (IOException e) {
            throw new UsageException("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            return "{}";
        }
    }

    @Override
    public void close() {
        app.stop();
        executor.shutdownNow();
    }

    /** An error with its HTTP status. */
    static final class ApiError extends RuntimeException {
        final HttpStatus status;

        ApiError(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}
