package dev.benchpilot.orchestrator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.runs.LiveRun;
import dev.benchpilot.orchestrator.runs.RunRegistry;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.UsageException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * {@code benchpilot serve}: the HTTP API IDE plugins call. It parses, authenticates and maps to HTTP; the run itself
 * is the same workflow as the CLI's, with a checkpoint answered by {@code POST .../checkpoint}. Binds loopback by
 * default; every API route needs the bearer token (compared in constant time; {@code /health} and the dashboard's
 * static files at {@code /} do not); a target outside the allowlist is refused with 403 before any request is sent to
 * it; one load run per target at a time, others queue ({@link RunRegistry}); CORS only for configured origins. A
 * run's events stream as SSE whatever the {@code Accept} header says; an unknown run is 404. Bodies are read up to
 * 64 KiB whatever their transfer encoding (413 past it).
 */
public final class ApiServer implements AutoCloseable {

    /** What a run body becomes: the request and the agents for it. */
    public record Parsed(BenchmarkRequest request, Agents agents) {}

    /** Turns a run body (or a {@code /benchmark ...} command) into a request; throws {@link UsageException}. */
    public interface RequestParser {
        Parsed parse(JsonNode body);

        default Parsed parseCommand(String text) {
            throw new UsageException("commands are not supported");
        }
    }

    /**
     * @param maxRuns     runs at once (others get 429)
     * @param workspace   the folder holding {@code .benchpilot/} (the stored history)
     * @param corsOrigins origins a browser page may call from; empty: CORS off
     */
    public record Settings(
            String bind,
            int port,
            String token,
            TargetPolicy policy,
            int maxRuns,
            Path workspace,
            List<String> corsOrigins) {

        public Settings(String bind, int port, String token, TargetPolicy policy, int maxRuns) {
            this(bind, port, token, policy, maxRuns, Path.of(""), List.of());
        }
    }

    static final ObjectMapper JSON = RunWorkspace.JSON;
    private static final long MAX_BODY = 64 * 1024;

    private final Settings settings;
    private final RunRegistry runs;
    private final ApiViews views;
    private final ApiMetrics metrics;
    private final Javalin app;

    public ApiServer(Settings settings, BenchmarkRequests parser) {
        this.settings = settings;
        this.runs = new RunRegistry(settings.policy(), settings.maxRuns());
        this.views = new ApiViews(runs, settings.workspace());
        this.metrics = new ApiMetrics(runs);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.defaultHost = settings.bind();
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dashboard";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    settings.corsOrigins().forEach(rule::allowHost);
                    rule.exposeHeader("Content-Type");
                }));
            }
        });
        app.before(this::authenticate);
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(ApiViews.openApi()));
        app.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
        app.post("/api/v1/runs", ctx -> start(ctx, () -> parser.parse(body(ctx))));
        app.post(
                "/api/v1/commands",
                ctx -> start(
                        ctx, () -> parser.parseCommand(body(ctx).path("text").asText(null))));
        app.get("/api/v1/runs", this::list);
        app.get("/api/v1/runs/{id}", ctx -> ctx.json(views.view(run(ctx))));
        app.post("/api/v1/runs/{id}/checkpoint", this::checkpoint);
        app.get(
                "/api/v1/runs/{id}/artifacts",
                ctx -> ctx.json(Map.of("artifacts", views.artifacts(runDirectory(ctx)))));
        app.get("/api/v1/runs/{id}/artifacts/{name}", this::artifact);
        SseHandler events = new SseHandler(client -> {
            LiveRun run = runs.find(client.ctx().pathParam("id")).orElseThrow();
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
        app.get("/api/v1/runs/{id}/events", ctx -> {
            live(ctx);
            events.handle(EventStreamRequest.of(ctx));
        });
        app.exception(
                UsageException.class,
                (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
        app.exception(
                RunRegistry.Refused.class,
                (e, ctx) -> ctx.status(
                                switch (e.kind) {
                                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                                    case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
                                    case FAILED -> HttpStatus.UNPROCESSABLE_CONTENT;
                                    default -> HttpStatus.GATEWAY_TIMEOUT;
                                })
                        .json(Map.of("error", e.getMessage())));
    }

    /** Starts listening; returns the port (the given one, or a free one for port 0). */
    public int start() {
        app.start(settings.bind(), settings.port());
        return app.port();
    }

    private void authenticate(Context ctx) {
        if (ctx.path().equals("/health")
                || ctx.method() == io.javalin.http.HandlerType.OPTIONS
                || !ctx.path().startsWith("/api/")
                        && !ctx.path().equals("/metrics")
                        && !ctx.path().equals("/openapi.json")) {
            return; // the health check, CORS preflights and the dashboard's static files; its data comes from /api/
            // with the token
        }
        String header = ctx.header("Authorization");
        byte[] given = (header == null ? "" : header).getBytes(StandardCharsets.UTF_8);
        byte[] expected = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "missing or wrong token: send Authorization: Bearer <token>");
        }
    }

    private interface ParseStep {
        BenchmarkRequests.Parsed parse();
    }

    private void start(Context ctx, ParseStep step) throws InterruptedException {
        BenchmarkRequests.Parsed parsed = step.parse();
        LiveRun run = runs.start(parsed.request(), parsed.agents());
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", run.id(), "status", run.status()));
    }

    private void checkpoint(Context ctx) {
        LiveRun run = live(ctx);
        JsonNode body = body(ctx);
        String choice = body.path("choice").asText("");
        Checkpoint.Decision decision;
        switch (choice) {
            case "execute" -> decision = new Checkpoint.Decision.Execute();
            case "cancel" -> decision = new Checkpoint.Decision.Cancel("cancelled over the API");
            case "adjust" -> decision = BenchmarkRequests.adjust(body, run.plan());
            case "review" -> {
                ctx.json(Map.of(
                        "id",
                        run.id(),
                        "status",
                        run.status(),
                        "scenarios",
                        run.plan() == null
                                ? List.of()
                                : run.plan().scenarios().scenarios().flows()));
                return;
            }
            default -> throw new UsageException("field 'choice' must be execute, adjust, review or cancel");
        }
        if (!run.answer(decision)) {
            throw new ApiError(
                    HttpStatus.CONFLICT,
                    "run " + run.id() + " is not waiting at the checkpoint (status " + run.status() + ")");
        }
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", run.id(), "choice", choice));
    }

    private void list(Context ctx) {
        ApiViews.Filter filter = ApiViews.Filter.of(ctx::queryParam);
        List<Map<String, Object>> rows = views.list(filter);
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=benchpilot-runs.csv")
                    .result(ApiViews.csv(rows));
        } else {
            ctx.json(Map.of("runs", rows));
        }
    }

    private void artifact(Context ctx) throws IOException {
        Path directory = runDirectory(ctx);
        String name = ctx.pathParam("name");
        if (directory == null) {
            throw new ApiError(HttpStatus.NOT_FOUND, "run " + ctx.pathParam("id") + " has no artifacts yet");
        }
        Path root = directory.toRealPath();
        Path file = root.resolve(name).normalize();
        if (name.contains("..")
                || name.startsWith("/")
                || !file.startsWith(root)
                || !Files.isRegularFile(file)
                || !file.toRealPath().startsWith(root)) {
            throw new ApiError(HttpStatus.NOT_FOUND, "no artifact '" + name + "' in run " + ctx.pathParam("id"));
        }
        ctx.contentType(
                name.endsWith(".json")
                        ? "application/json"
                        : name.endsWith(".md")
                                ? "text/markdown; charset=utf-8"
                                : name.endsWith(".html")
                                        ? "text/html; charset=utf-8"
                                        : name.endsWith(".png")
                                                ? "image/png"
                                                : name.endsWith(".csv")
                                                        ? "text/csv; charset=utf-8"
                                                        : name.endsWith(".pdf")
                                                                ? "application/pdf"
                                                                : "application/octet-stream");
        ctx.result(Files.readAllBytes(file));
    }

    /** A live run, or a stored one as far as the history and its workspace tell. */
    private ApiViews.Found run(Context ctx) {
        return views.find(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no run " + ctx.pathParam("id")));
    }

    private Path runDirectory(Context ctx) {
        return run(ctx).directory();
    }

    private LiveRun live(Context ctx) {
        return runs.find(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiError(
                        HttpStatus.NOT_FOUND,
                        "no live run " + ctx.pathParam("id") + " (runs this server did not start cannot be answered)"));
    }

    /**
     * The JSON body, read up to {@link #MAX_BODY} bytes whatever the transfer encoding (a chunked body has no length to
     * check).
     */
    private static JsonNode body(Context ctx) {
        String text;
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiError(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + MAX_BODY / 1024 + " KiB");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("the body could not be read: " + e.getMessage());
        }
        try {
            return JSON.readTree(text.isBlank() ? "{}" : text);
        } catch (IOException e) {
            throw new UsageException("the body is not JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
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
        runs.close();
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
