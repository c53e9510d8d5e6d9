package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.benchpilot.tools.endpoints.Endpoint;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} and {@code ${name:default}} in mapped paths (Spring, Micronaut), replaced with the values of the
 * service's {@code application*.yml|yaml|properties}; one left unresolved stays in the path and is named in a warning.
 */
public final class ConfigPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigPlaceholders() {}

    public static List<Endpoint> resolve(Path root, List<Endpoint> endpoints, List<String> warnings)
            throws IOException {
        if (root == null || endpoints.stream().noneMatch(e -> e.path().contains("${"))) {
            return endpoints;
        }
        Map<String, String> values = read(root, warnings);
        List<Endpoint> resolved = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Matcher matcher = PLACEHOLDER.matcher(endpoint.path());
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String value = values.getOrDefault(matcher.group(1), matcher.group(2));
                if (value == null) {
                    warnings.add(endpoint.source() + ": ${" + matcher.group(1)
                            + "} is set in no application.yml/properties; left in the path");
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value != null ? value : matcher.group()));
            }
            matcher.appendTail(path);
            resolved.add(
                    path.toString().equals(endpoint.path())
                            ? endpoint
                            : new Endpoint(
                                    endpoint.method(),
                                    path.toString(),
                                    endpoint.parameters(),
                                    endpoint.requestBody(),
                                    endpoint.authRequired(),
                                    endpoint.source(),
                                    endpoint.detector()));
        }
        return resolved;
    }

    private static Map<String, String> read(Path root, List<String> warnings) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (Path file : SourceFiles.find(
                root, f -> f.getFileName().toString().matches("application[-.\\w]*\\.(ya?ml|properties)"))) {
            try {
                if (file.toString().endsWith(".properties")) {
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file)) {
                        properties.load(reader);
                    }
                    properties
                            .stringPropertyNames()
                            .forEach(key -> values.putIfAbsent(key, properties.getProperty(key)));
                } else {
                    for (JsonNode document : YAML.readerFor(JsonNode.class)
                            .<JsonNode>readValues(file.toFile())
                            .readAll()) {
                        flatten("", document, values);
                    }
                }
            } catch (IOException | RuntimeException e) {
                warnings.add(root.relativize(file) + ": skipped, not readable configuration ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(field -> flatten(
                            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
                            field.getValue(),
                            values));
        } else if (node.isValueNode()) {
            values.putIfAbsent(prefix, node.asText());
        }
    }
}
