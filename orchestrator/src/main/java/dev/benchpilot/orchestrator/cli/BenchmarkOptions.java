package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code benchmark} and {@code demo}, the same as the slash command's. */
public final class BenchmarkOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "The service's source tree, to detect endpoints.")
    Path source;

    @Option(names = "--openapi", paramLabel = "FILE", description = "An OpenAPI 3 / Swagger 2 file describing the service.")
    Path openApi;

    @Option(names = "--duration", paramLabel = "30s|5m|1h", converter = DurationConverter.class,
            description = "How long the load runs (default: 5m; demo: 30s).")
    Duration duration;

    @Option(names = "--rps", paramLabel = "N", description = "Target requests per second (default: ${DEFAULT-VALUE}).", defaultValue = "50")
    double rps;

    @Option(names = "--pattern", paramLabel = "baseline|stress|spike|soak", converter = PatternConverter.class,
            description = "Shape of the load (default: ${DEFAULT-VALUE}).", defaultValue = "baseline")
    LoadPattern pattern;

    @Option(names = "--tool", paramLabel = "auto|gatling", description = "Load engine (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String tool;

    @Option(names = "--credentials", paramLabel = "USER:PASSWORD",
            description = "Test user for flows that log in (or env BENCHPILOT_CREDENTIALS). Never written to any file.")
    String credentials;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Where .benchpilot/runs/ goes (default: current directory).")
    Path workspace;

    @Option(names = {"-y", "--yes"}, description = "Run without asking at the checkpoint.")
    boolean yes;

    @Option(names = "--format", paramLabel = "text|json", description = "Output: the report as text, or summary.json (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    boolean json() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected text or json)");
        }
        return format.equals("json");
    }

    /** Checks what can be checked without a target; throws {@link UsageException}. */
    void validate() {
        if (!(rps > 0) || Double.isInfinite(rps)) {
            throw new UsageException("--rps must be a positive number, was " + (rps == Math.rint(rps) ? String.valueOf((long) rps) : String.valueOf(rps)));
        }
        json();
    }

    BenchmarkRequest toRequest(String target, Duration defaultDuration, Credentials defaultCredentials) {
        if (target == null || target.isBlank()) {
            throw new UsageException("missing --target URL (the base URL of the service to benchmark)");
        }
        validate();
        return new BenchmarkRequest(uri(target), source, openApi, duration == null ? defaultDuration : duration, rps, pattern,
                tool, credentials(defaultCredentials), workspace == null ? Path.of("") : workspace, yes);
    }

    private Credentials credentials(Credentials fallback) {
        String value = credentials != null ? credentials : System.getenv("BENCHPILOT_CREDENTIALS");
        if (value == null) {
            return fallback;
        }
        try {
            return Credentials.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static URI uri(String target) {
        try {
            return new URI(target.trim());
        } catch (URISyntaxException e) {
            throw new UsageException("--target is not a URL: " + target);
        }
    }
}
