package dev.benchpilot.orchestrator.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code .benchpilot/config.yml} under the workspace (or the file in {@code BENCHPILOT_CONFIG}): flat settings that
 * options and environment variables override. Today: {@code model}, {@code baseUrl}, {@code apiKey},
 * {@code timeoutSeconds}, {@code maxRetries}, {@code maxToolCalls}.
 */
public final class ConfigFile {

    public static final String ENV = "BENCHPILOT_CONFIG";

    private ConfigFile() {}

    /** The settings as text, empty when there is no file; a file that is not a YAML map is a usage error. */
    public static Map<String, String> read(Path workspace) {
        String explicit = System.getenv(ENV);
        Path file = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : workspace.resolve(".benchpilot/config.yml");
        Map<String, String> settings = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            if (explicit != null && !explicit.isBlank()) {
                throw new UsageException(ENV + "=" + explicit + ": no such file");
            }
            return settings;
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageException(file + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null) {
            return settings;
        }
        if (!root.isObject()) {
            throw new UsageException(file + " must be a map of settings (model: openai:gpt-4o-mini, ...)");
        }
        root.fields()
                .forEachRemaining(field -> settings.put(
                        field.getKey(),
                        field.getValue().isValueNode() ? field.getValue().asText() : null));
        return settings;
    }
}
