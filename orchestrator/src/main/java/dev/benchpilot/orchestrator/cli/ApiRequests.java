package dev.benchpilot.orchestrator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.api.ApiServer;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The HTTP API's run body parsed by the CLI's own parser: each JSON field is the CLI option of the same name
 * ({@code {"target": "...", "rps": 100, "autoConfirm": true}} is {@code --target ... --rps 100 --yes}), so the
 * API accepts exactly what {@code benchmark} accepts, with the same messages.
 */
final class ApiRequests implements ApiServer.RequestParser {

    /** The fields the API takes; anything else is a 400 that names it. */
    static final Set<String> FIELDS = Set.of(
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
            "label");

    private static final Map<String, String> OPTION = Map.of(
            "autoConfirm",
            "--yes",
            "maxRps",
            "--max-rps",
            "authHeader",
            "--auth-header",
            "metricsUrl",
            "--metrics-url");

    private final Path workspace;

    ApiRequests(Path workspace) {
        this.workspace = workspace;
    }

    @Override
    public ApiServer.Parsed parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UsageException("the body must be a JSON object whose fields are the benchmark options");
        }
        List<String> args = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!FIELDS.contains(name)) {
                throw new UsageException("unknown field '" + name + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
            if (name.equals("autoConfirm")) {
                if (!value.isBoolean()) {
                    throw new UsageException("field 'autoConfirm' must be true or false");
                }
                if (value.asBoolean()) {
                    args.add("--yes");
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
    @Override
    public ApiServer.Parsed parseCommand(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.startsWith("/benchmark")) {
            throw new UsageException("a command starts with /benchmark");
        }
        List<String> args = new ArrayList<>(
                List.of(trimmed.substring("/benchmark".length()).strip().split("\\s+")));
        args.removeIf(String::isEmpty);
        return parseArgs(args);
    }

    private ApiServer.Parsed parseArgs(List<String> args) {
        BenchmarkCommand command = new BenchmarkCommand();
        try {
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (command.options.workspace != null) {
            throw new UsageException("field 'workspace' is set by the server");
        }
        command.options.workspace = workspace;
        return new ApiServer.Parsed(
                command.options.toRequest(command.target, Defaults.DURATION, null), command.options.agents());
    }
}
