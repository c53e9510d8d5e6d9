package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** {@code server.servlet.context-path} and {@code spring.mvc.servlet.path} from application.properties / .yml. */
final class SpringProperties {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpringProperties() {
    }

    /** The two paths Spring puts in front of every mapping. */
    private record ServletPaths(String contextPath, String servletPath) {
    }

    /** The prefix every mapping is served under; a properties or YAML file that does not parse is skipped with a warning. */
    static String servletPrefix(Path root, List<String> warnings) throws IOException {
        ServletPaths paths = new ServletPaths("", "");
        for (Path file : SourceFiles.find(root, f -> f.getFileName().toString().matches("application\\.(properties|ya?ml)"))) {
            try {
                paths = read(file, paths);
            } catch (IOException | IllegalArgumentException e) {
                warnings.add(root.relativize(file).toString().replace('\\', '/') + ": skipped, does not parse ("
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
            }
        }
        return paths.contextPath() + "/" + paths.servletPath();
    }

    private static ServletPaths read(Path file, ServletPaths found) throws IOException {
        String contextPath = found.contextPath();
        String servletPath = found.servletPath();
        if (file.toString().endsWith(".properties")) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            contextPath = properties.getProperty("server.servlet.context-path", contextPath);
            servletPath = properties.getProperty("spring.mvc.servlet.path", servletPath);
        } else {
            for (JsonNode document : YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
                contextPath = text(document, List.of("server", "servlet", "context-path"), contextPath);
                servletPath = text(document, List.of("spring", "mvc", "servlet", "path"), servletPath);
            }
        }
        return new ServletPaths(contextPath, servletPath);
    }

    private static String text(JsonNode document, List<String> keys, String fallback) {
        JsonNode node = document;
        for (String key : keys) {
            node = node == null ? null : node.get(key);
        }
        if (node == null) {
            node = document.get(String.join(".", keys));
        }
        return node != null && node.isValueNode() ? node.asText() : fallback;
    }
}
