package dev.benchpilot.orchestrator.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.UsageException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A nightly batch file: a YAML list of benchmarks (or {@code benchmarks:} with optional {@code defaults:} merged into
 * each). Every field but {@code name} and {@code compare} is a benchmark option, parsed by the CLI's own parser, so a
 * batch accepts exactly what {@code benchmark} does; relative {@code source} and {@code openapi} paths are read
 * from the
 * file's folder, and {@code name} is the history label runs are compared under (the port may change from night to
 * night). The whole file is checked before anything runs; a problem is a
 * {@link UsageException} naming the line and the field.
 */
public final class BatchFile {

    /** {@code compare}: {@code previous} (the default), {@code none}, or a run id. */
    static final String PREVIOUS = "previous";

    static final String NONE = "none";

    /**
     * @param line    where the benchmark starts (1-based)
     * @param compare previous, none, or a run id
     */
    public record Benchmark(String name, int line, BenchmarkRequests.Parsed parsed, String compare) {}

    private BatchFile() {}

    public static List<Benchmark> read(Path file, Path workspace) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (Files.size(file) > MAX_BYTES) {
                throw new UsageException(
                        file + ": larger than " + MAX_BYTES / 1024 + " KiB; a batch file lists benchmarks, not data");
            }
            root = new Yaml(loaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new UsageException(
                    file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
        } catch (UsageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UsageException(file + ": cannot read it: " + e.getMessage());
        }
        String where = file.toString();
        Map<String, Field> defaults = Map.of();
        Node list = root;
        if (root instanceof MappingNode top) {
            list = null;
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : top.getValue()) {
                String key = scalar(where, tuple.getKeyNode(), "a key");
                if (!seen.add(key)) {
                    throw problem(
                            where,
                            tuple.getKeyNode(),
                            "top-level field '" + key + "' is given twice (the first would be lost)");
                }
                switch (key) {
                    case "benchmarks" -> list = tuple.getValueNode();
                    case "defaults" -> defaults = fields(where, tuple.getValueNode(), "defaults");
                    default ->
                        throw problem(
                                where,
                                tuple.getKeyNode(),
                                "unknown top-level field '" + key + "' (expected benchmarks and defaults)");
                }
            }
        }
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new UsageException(
                    where + ": expected a list of benchmarks (or benchmarks: with one), each with at least a target");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : sequence.getValue()) {
            Map<String, Field> fields = new LinkedHashMap<>(defaults);
            fields.putAll(fields(where, item, "a benchmark"));
            Benchmark benchmark = benchmark(
                    where,
                    line(item),
                    fields,
                    workspace,
                    benchmarks.size() + 1,
                    file.toAbsolutePath().getParent());
            if (!names.add(benchmark.name())) {
                throw new UsageException(
                        where + ":" + benchmark.line() + ": field 'name': '" + benchmark.name() + "' is used twice");
            }
            benchmarks.add(benchmark);
        }
        return benchmarks;
    }

    private record Field(String value, int line) {}

    /** The largest batch file read: far more than hundreds of benchmarks need. */
    static final long MAX_BYTES = 1024 * 1024;

    /** No alias bombs, no deep nesting, no giant scalars: a batch file is a short list of flat records. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    private static Benchmark benchmark(
            String where, int line, Map<String, Field> fields, Path workspace, int number, Path directory) {
        Field name = fields.remove("name");
        Field compare = fields.remove("compare");
        if (!fields.containsKey("target")) {
            throw new UsageException(where + ":" + line + ": field 'target' is missing (the base URL of the service)");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Field> field : fields.entrySet()) {
            if (!BenchmarkRequests.BATCH_FIELDS.contains(field.getKey())
                    || field.getKey().equals("autoConfirm")) {
                TreeSet<String> known = new TreeSet<>(BenchmarkRequests.BATCH_FIELDS);
                known.remove("autoConfirm");
                known.add("name");
                known.add("compare");
                throw new UsageException(where + ":" + field.getValue().line() + ": unknown field '" + field.getKey()
                        + "' (known: " + String.join(", ", known) + ")");
            }
            String value = field.getValue().value();
            if ((field.getKey().equals("source") || field.getKey().equals("openapi"))
                    && !Path.of(value).isAbsolute()) {
                value = directory.resolve(value).normalize().toString();
            }
            body.put(field.getKey(), value);
        }
        String label = name == null ? "benchmark " + number : name.value();
        if (!fields.containsKey("label")) {
            body.put("label", label);
        }
        body.put("autoConfirm", true);
        BenchmarkRequests.Parsed parsed;
        try {
            parsed = BenchmarkRequests.forBatch(workspace).parse(body);
        } catch (UsageException e) {
            Map.Entry<String, Field> culprit = fields.entrySet().stream()
                    .filter(f -> names(e.getMessage(), f.getKey()))
                    .findFirst()
                    .orElse(null);
            throw new UsageException(
                    where + ":" + (culprit == null ? line : culprit.getValue().line()) + ": "
                            + (culprit == null ? "" : "field '" + culprit.getKey() + "': ") + e.getMessage());
        }
        try {
            TargetPolicy.fromEnvironment().check(parsed.request().target());
        } catch (UsageException e) {
            throw new UsageException(where + ":" + fields.get("target").line() + ": field 'target': " + e.getMessage());
        }
        String comparison = compare == null ? PREVIOUS : compare.value().strip();
        if (comparison.isEmpty()) {
            throw new UsageException(
                    where + ":" + compare.line() + ": field 'compare' must be previous, none or a run id");
        }
        return new Benchmark(label, line, parsed, comparison);
    }

    /** Whether a parser message is about {@code field}: its name or its option appears in it. */
    private static boolean names(String message, String field) {
        String option = "--" + field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        return message.contains("'" + field + "'")
                || message.contains(option + " ")
                || message.contains(option + "'")
                || message.contains(option + ":")
                || message.contains(option + "=");
    }

    private static Map<String, Field> fields(String where, Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(where, node, what + " must be a map of fields (target: ..., rps: ...)");
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = camel(scalar(where, tuple.getKeyNode(), "a key"));
            String value = scalar(where, tuple.getValueNode(), "field '" + key + "'");
            if (fields.put(key, new Field(value, line(tuple.getKeyNode()))) != null) {
                throw problem(where, tuple.getKeyNode(), "field '" + key + "' is given twice");
            }
        }
        return fields;
    }

    /** {@code max-rps} as the API's {@code maxRps}: the file takes either spelling. */
    private static String camel(String key) {
        java.util.regex.Matcher dash =
                java.util.regex.Pattern.compile("-([a-z0-9])").matcher(key);
        StringBuilder camel = new StringBuilder();
        while (dash.find()) {
            dash.appendReplacement(camel, dash.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return dash.appendTail(camel).toString();
    }

    private static String scalar(String where, Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw problem(where, node, what + " must be a single value");
        }
        return scalar.getValue().strip();
    }

    private static UsageException problem(String where, Node node, String message) {
        return new UsageException(where + ":" + line(node) + ": " + message);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
