package dev.benchpilot.orchestrator.request;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.orchestrator.publish.Publication;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.ConfigFile;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.MeasureOptions;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.engines.ConnectionModel;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.scenario.AuthHeader;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfiles;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code benchmark} and {@code demo}, the same as the slash command's. */
public final class BenchmarkOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "The service's source tree, to detect endpoints.")
    public Path source;

    @Option(
            names = "--openapi",
            paramLabel = "FILE",
            description = "An OpenAPI 3 / Swagger 2 file describing the service.")
    Path openApi;

    @Option(
            names = "--duration",
            paramLabel = "30s|5m|1h",
            converter = DurationConverter.class,
            description = "How long the load runs (default: 5m; demo: 30s).")
    Duration duration;

    @Option(names = "--rps", paramLabel = "N", description = "Target requests per second (default: 50).")
    Double rps;

    @Option(
            names = "--users",
            paramLabel = "N",
            description = "Size the load by concurrent users instead of --rps: the rate N users "
                    + "following the scenarios offer (a journey's requests over its think time, the next journey "
                    + "when one ends), run as "
                    + "arrivals so users do not slow down when the target does. The plan shows the rate.")
    Integer users;

    @Option(
            names = "--pattern",
            paramLabel = "baseline|stress|spike|soak|scalability",
            converter = PatternConverter.class,
            description = "Shape of the load (default: ${DEFAULT-VALUE}).",
            defaultValue = "baseline")
    LoadPattern pattern;

    @Option(
            names = "--tool",
            paramLabel = "auto|gatling|k6|artillery|locust",
            description =
                    "Load engine (default: ${DEFAULT-VALUE}: chosen by the service's stack, the pattern and what is "
                            + "installed; "
                            + "the reason is printed and kept in plan.json).",
            defaultValue = "auto")
    String tool;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description =
                    "Spread the load over N processes on this machine: Locust's master and N workers, or N k6 processes "
                            + "with one execution segment each (default: none).")
    Integer workers;

    @Option(
            names = "--remote-workers",
            paramLabel = "N",
            description =
                    "Locust workers on other hosts: benchpilot runs the master on --master-bind and waits up to 60 s "
                            + "for N "
                            + "workers, each started with the run's locustfile (the command is printed; "
                            + "docs/distributed.md). Their "
                            + "results come through the master.")
    Integer remoteWorkers;

    @Option(
            names = "--master-bind",
            paramLabel = "HOST:PORT",
            description = "Where the Locust master listens for --remote-workers (default: 0.0.0.0:5557).")
    String masterBind;

    @Option(names = "--k6-path", paramLabel = "FILE", description = "The k6 executable (default: k6 on PATH).")
    Path k6Path;

    @Option(
            names = "--connections",
            paramLabel = "shared|per-user",
            description =
                    "How the embedded engine holds connections: shared keep-alive connections reused across virtual "
                            + "users, "
                            + "as between services (default), or per-user, as browsers open them (a handshake per "
                            + "arriving user). "
                            + "k6, Locust and Artillery keep connections per user; the plan says which.")
    String connections;

    @Option(
            names = "--model",
            paramLabel = "PROVIDER:MODEL",
            description = "Model for the scenario and analysis agents: openai:…, anthropic:…, ollama:… (or env "
                    + "BENCHPILOT_MODEL, "
                    + "or model: in .benchpilot/config.yml; BENCHPILOT_MODEL_BASE_URL for any "
                    + "OpenAI-compatible server). "
                    + "Unset: the deterministic agents.")
    String model;

    @Option(
            names = "--credentials",
            paramLabel = "USER:PASSWORD",
            description = "Test user for flows that log in (or env BENCHPILOT_CREDENTIALS). Never written to any file.")
    String credentials;

    @Option(
            names = "--write-existing",
            description =
                    "Let flows change and delete data that existed before the run (PUT, PATCH, DELETE on listed ids "
                            + "or on "
                            + "paths without an id). By default they change and delete only what their own journeys "
                            + "created.")
    boolean writeExisting;

    @Option(
            names = "--auth-header",
            paramLabel = "\"NAME: VALUE\"",
            description = "A static header for endpoints that need auth, e.g. \"Authorization: Bearer eyJ...\" (or env "
                    + AuthHeader.ENV + "); members then skip the login. Never written to any file.")
    String authHeader;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Where .benchpilot/runs/ goes (default: current directory).")
    public Path workspace;

    @Option(
            names = {"-y", "--yes"},
            description = "Run without asking at the checkpoint.")
    public boolean yes;

    @Option(
            names = "--stress",
            paramLabel = "adaptive|fixed",
            description =
                    "Stress: search for the breaking point (adaptive, the default; --duration is its load budget, "
                            + "default 3m) "
                            + "or run fixed 1x/4x/10x/20x stages.",
            defaultValue = "adaptive")
    String stress;

    @Option(
            names = "--max-rps",
            paramLabel = "N",
            description = "Highest rate the adaptive stress search may offer (default: 64 x --rps).")
    Double maxRps;

    @Option(
            names = "--growth",
            paramLabel = "PERCENT",
            description = "Monthly traffic growth for the capacity projection, e.g. 20%%.")
    String growth;

    @Option(
            names = "--pid",
            paramLabel = "PID",
            description = "The target's process id on this machine: sample its CPU, memory, threads, fds, sockets.")
    Long pid;

    @Option(
            names = "--metrics-url",
            paramLabel = "URL",
            description = "The target's Prometheus metrics endpoint (loopback).")
    String metricsUrl;

    @Option(
            names = "--sla",
            paramLabel = "p95<200ms,errors<1%",
            description = "Service levels checked at the end "
                    + "(p50|p90|p95|p99|p999|mean|max in us/ms/s, errors in %%, rps); a breach exits 1. Also "
                    + "env BENCHPILOT_SLA.")
    String sla;

    @Option(
            names = "--label",
            paramLabel = "NAME",
            description = "The name this run is compared under in the history "
                    + "(default: the target URL; useful when the port changes from run to run, as in CI).")
    String label;

    @Option(
            names = "--push-metrics",
            paramLabel = "URL",
            description =
                    "Push the finished run's figures to this Prometheus Pushgateway (http://host:9091), labelled "
                            + "by target, pattern, label and run id (also env BENCHPILOT_PUSHGATEWAY_URL; docs/integrations.md).")
    String pushMetrics;

    @Option(
            names = "--notify",
            paramLabel = "URL",
            description = "Post a message to this webhook when the run ends (Slack-compatible: verdict, figures, SLA, "
                    + "regressions, report path). A failure is a warning. The URL is never shown whole; prefer env "
                    + "BENCHPILOT_NOTIFY_URL for one that holds a secret.")
    String notify;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "Output: the report as text, or summary.json (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    public boolean json() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected text or json)");
        }
        return format.equals("json");
    }

    /** Checks what can be checked without a target; throws {@link UsageException}. */
    public void validate() {
        if (rps != null && users != null) {
            throw new UsageException("--rps and --users both size the load: give one of them");
        }
        if (users != null && (users < 1 || users > Defaults.MAX_USERS)) {
            throw new UsageException("--users must be between 1 and " + Defaults.MAX_USERS + ", was " + users);
        }
        double rps = rps();
        if (rps > Defaults.MAX_RPS && !Double.isInfinite(rps)) {
            throw new UsageException("--rps may be at most " + (long) Defaults.MAX_RPS + ", was " + (long) rps);
        }
        if (!(rps > 0) || Double.isInfinite(rps)) {
            throw new UsageException("--rps must be a positive number, was "
                    + (rps == Math.rint(rps) ? String.valueOf((long) rps) : String.valueOf(rps)));
        }
        json();
        measure();
    }

    MeasureOptions measure() {
        if (!stress.equals("adaptive") && !stress.equals("fixed")) {
            throw new UsageException("unknown --stress '" + stress + "' (expected adaptive or fixed)");
        }
        if (maxRps != null && maxRps > Defaults.MAX_RPS) {
            throw new UsageException("--max-rps may be at most " + (long) Defaults.MAX_RPS + ", was " + maxRps);
        }
        if (maxRps != null && !(maxRps >= rps())) {
            throw new UsageException("--max-rps must be at least --rps (" + rps() + "), was " + maxRps);
        }
        if (pid != null && pid <= 0) {
            throw new UsageException("--pid must be a positive process id, was " + pid);
        }
        return new MeasureOptions(
                stress.equals("fixed"),
                maxRps,
                growth == null ? null : growth(growth),
                pid,
                metricsUrl == null ? null : uri("--metrics-url", metricsUrl),
                sla(),
                label == null || label.isBlank() ? null : label.strip());
    }

    private Sla sla() {
        String text = sla != null ? sla : System.getenv("BENCHPILOT_SLA");
        if (text == null) {
            return null;
        }
        try {
            return Sla.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static double growth(String text) {
        String number =
                text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
        try {
            double value = Double.parseDouble(number) / (text.trim().endsWith("%") ? 100 : 1);
            if (value > 0 && value < 10) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--growth must be a positive monthly growth such as 20% or 0.2, was " + text);
    }

    public BenchmarkRequest toRequest(String target, Duration defaultDuration, Credentials defaultCredentials) {
        if (target == null || target.isBlank()) {
            throw new UsageException("missing --target URL (the base URL of the service to benchmark)");
        }
        validate();
        MeasureOptions measure = measure();
        Duration load = duration != null
                ? duration
                : pattern == LoadPattern.STRESS && !measure.fixedStress() ? Defaults.SEARCH_BUDGET : defaultDuration;
        if (!(pattern == LoadPattern.STRESS && !measure.fixedStress())) {
            try {
                LoadProfiles.build(pattern, rps(), load);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--duration: " + e.getMessage());
            }
        }
        return new BenchmarkRequest(
                new BenchmarkRequest.Service(uri("--target", target), source, openApi, credentials(defaultCredentials)),
                users != null
                        ? new BenchmarkRequest.Users(users, pattern, load)
                        : new BenchmarkRequest.Rate(rps(), pattern, load),
                new BenchmarkRequest.Options(
                        tool, workspace, yes, measure, engineOptions(), writeExisting, publication()));
    }

    /** The rate asked for; with {@code --users}, a placeholder until the plan sizes the load from the scenarios. */
    double rps() {
        return rps != null ? rps : Defaults.RPS;
    }

    /** The agents: LLM-backed when a model is configured (option, environment, config file), else deterministic. */
    public Agents agents() {
        Path base = workspace == null ? Path.of("") : workspace;
        try {
            ModelConfig config = ModelConfig.resolve(model, System.getenv(), ConfigFile.read(base));
            return Agents.forModel(config);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private LoadEngines.Options engineOptions() {
        if (workers != null && (workers < 1 || workers > 64)) {
            throw new UsageException("--workers must be between 1 and 64, was " + workers);
        }
        if (remoteWorkers != null && (remoteWorkers < 1 || remoteWorkers > 1024)) {
            throw new UsageException("--remote-workers must be between 1 and 1024, was " + remoteWorkers);
        }
        if (masterBind != null && remoteWorkers == null) {
            throw new UsageException(
                    "--master-bind is where the Locust master waits for --remote-workers: give --remote-workers N too");
        }
        ConnectionModel model;
        try {
            model = connections == null ? ConnectionModel.SHARED : ConnectionModel.parse(connections);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--connections: " + e.getMessage());
        }
        try {
            LoadEngines.Options options = new LoadEngines.Options(
                    workers == null ? 0 : workers,
                    k6Path,
                    model,
                    remoteWorkers == null ? 0 : remoteWorkers,
                    masterBind);
            LoadEngines.byName("locust", options); // checks --master-bind
            return options;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Credentials credentials(Credentials fallback) {
        String value = credentials != null ? credentials : System.getenv("BENCHPILOT_CREDENTIALS");
        String header = authHeader != null ? authHeader : System.getenv(AuthHeader.ENV);
        try {
            AuthHeader parsedHeader = header == null || header.isBlank() ? null : AuthHeader.parse(header);
            Credentials users = value == null ? fallback : Credentials.parse(value);
            if (parsedHeader == null) {
                return users;
            }
            return users == null ? Credentials.of(parsedHeader) : users.withAuthHeader(parsedHeader);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Where the finished run is published: the options, else the environment. */
    private Publication publication() {
        String push = pushMetrics != null ? pushMetrics : System.getenv("BENCHPILOT_PUSHGATEWAY_URL");
        String hook = notify != null ? notify : System.getenv("BENCHPILOT_NOTIFY_URL");
        return new Publication(
                push == null || push.isBlank() ? null : secretUrl("--push-metrics", push),
                hook == null || hook.isBlank() ? null : secretUrl("--notify", hook));
    }

    /** A URL that may hold a secret (a webhook's path, a gateway's password), checked without ever echoing it. */
    private static URI secretUrl(String option, String value) {
        try {
            URI uri = new URI(value.trim());
            if (uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException("", "not http(s)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(option + " is not an http(s) URL (the value is not shown: it may hold a secret)");
        }
    }

    private static URI uri(String option, String value) {
        try {
            URI uri = new URI(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "no scheme or host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(option + " is not a URL: " + value);
        }
    }
}
