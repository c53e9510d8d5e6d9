package dev.benchpilot.orchestrator.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.workflow.Adjustment;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.orchestrator.workflow.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The one way a benchmark request is read, for every way in: the HTTP API's and MCP's JSON bodies, a batch file's
 * entries and {@code /benchmark ...} command text are all parsed by the CLI's own options, so each accepts exactly
 * what {@code benchpilot benchmark} accepts, with the same messages. Each JSON field is the CLI option of the same name
 * ({@code {"target": "...", "rps": 100, "autoConfirm": true}} is {@code --target ... --rps 100 --yes}). The
 * checkpoint's adjust answer is read here too and checked by the workflow's {@link Adjustment}.
 */
public final class BenchmarkRequests {

    /** What a body or a command becomes: the request and the agents for it. */
    public record Parsed(BenchmarkRequest request, Agents agents) {}

    /** The fields the API takes; anything else is a 400 that names it. */
    public static final Set<String> FIELDS = Set.of(
            "target",
            "source",
            "openapi",
            "duration",
            "rps",
            "users",
            "pattern",
            "tool",
            "sla",
            "autoConfirm",
            "stress",
            "maxRps",
            "growth",
            "workers",
            "authHeader",
            "credentials",
            "model",
            "metricsUrl",
            "pid",
            "label",
            "connections",
            "writeExisting");

    /**
     * The fields a batch file takes besides: where its runs are published. Not the HTTP API's or MCP's, whose callers
     * must not make the server post to URLs of their choosing.
     */
    public static final Set<String> BATCH_FIELDS = union(FIELDS, Set.of("pushMetrics", "notify"));

    private static final Map<String, String> OPTION = Map.of(
            "autoConfirm",
            "--yes",
            "maxRps",
            "--max-rps",
            "authHeader",
            "--auth-header",
            "metricsUrl",
            "--metrics-url",
            "writeExisting",
            "--write-existing",
            "pushMetrics",
            "--push-metrics");

    private final Path workspace;
    private final Set<String> fields;

    /** The parser of the HTTP API and MCP, for runs in {@code workspace}. */
    public BenchmarkRequests(Path workspace) {
        this(workspace, FIELDS);
    }

    private BenchmarkRequests(Path workspace, Set<String> fields) {
        this.workspace = workspace;
        this.fields = fields;
    }

    /** The parser of batch files: {@link #BATCH_FIELDS}. */
    public static BenchmarkRequests forBatch(Path workspace) {
        return new BenchmarkRequests(workspace, BATCH_FIELDS);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** A JSON body; throws {@link UsageException} naming the field at fault. */
    public Parsed parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UsageException("the body must be a JSON object whose fields are the benchmark options");
        }
        List<String> args = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!this.fields.contains(name)) {
                throw new UsageException("unknown field '" + name + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(this.fields)) + ")");
            }
            if (name.equals("autoConfirm") || name.equals("writeExisting")) {
                boolean text = value.isTextual()
                        && (value.asText().equals("true") || value.asText().equals("false"));
                if (!value.isBoolean() && !text) {
                    throw new UsageException("field '" + name + "' must be true or false");
                }
                if (value.asBoolean() || value.asText().equals("true")) {
                    args.add(OPTION.get(name));
                }
                continue;
            }
            if (!value.isValueNode() || value.isNull()) {
                throw new UsageException("field '" + name + "' must be a string or a number");
            }
            args.add(OPTION.getOrDefault(name, "--" + name));
            args.add(value.asText());
        }
        return parseArgs(args);
    }

    /** {@code /benchmark --pattern stress --rps 100} as the CLI would read it. */
    public Parsed parseCommand(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.startsWith("/benchmark")) {
            throw new UsageException("a command starts with /benchmark");
        }
        List<String> args = new ArrayList<>(
                List.of(trimmed.substring("/benchmark".length()).strip().split("\\s+")));
        args.removeIf(String::isEmpty);
        return parseArgs(args);
    }

    private Parsed parseArgs(List<String> args) {
        RequestArgs command = new RequestArgs();
        try {
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (command.options.workspace != null) {
            throw new UsageException("field 'workspace' is set by the server");
        }
        command.options.workspace = workspace;
        return new Parsed(command.options.toRequest(command.target, Defaults.DURATION, null), command.options.agents());
    }

    /**
     * A checkpoint's adjust answer ({@code rps}, {@code duration}, {@code pattern}, each optional) for {@code plan};
     * throws {@link UsageException} naming the field the workflow's {@link Adjustment} rejected.
     */
    public static Checkpoint.Decision.Adjust adjust(JsonNode body, Plan plan) {
        Double rps = !body.has("rps")
                ? null
                : body.path("rps").isNumber() ? body.path("rps").asDouble() : Double.NaN;
        try {
            return new Adjustment(rps, text(body, "duration"), text(body, "pattern")).decide(plan);
        } catch (Adjustment.Rejected e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.path(field).asText() : null;
    }
}
