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

    private SpringProperties() {}

    /** The two paths Spring puts in front of every mapping. */
    private record ServletPaths(String contextPath, String servletPath) {}

    /**
     * The prefix mappings are served under, by the module whose {@code application.*} sets it: in a build of several
     * services each has its own context path. A file that does not parse is skipped with a warning.
     */
    static Prefixes servletPrefixes(Path root, List<String> warnings) throws IOException {
        java.util.Map<Path, ServletPaths> byModule = new java.util.HashMap<>();
        for (Path file :
                SourceFiles.find(root, f -> f.getFileName().toString().matches("application\\.(properties|ya?ml)"))) {
            Path module = module(file);
            try {
                byModule.put(module, read(file, byModule.getOrDefault(module, new ServletPaths("", ""))));
            } catch (IOException | IllegalArgumentException e) {
                warnings.add(root.relativize(file).toString().replace('\\', '/') + ": skipped, does not parse ("
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
            }
        }
        return new Prefixes(byModule);
    }

    /** The module a file belongs to: the directory holding its {@code src/}, else its own directory. */
    private static Path module(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("src")) {
                return dir.getParent();
            }
        }
        return file.getParent();
    }

    /** Context and servlet paths by module directory. */
    static final class Prefixes {
        private final java.util.Map<Path, ServletPaths> byModule;

        private Prefixes(java.util.Map<Path, ServletPaths> byModule) {
            this.byModule = byModule;
        }

        /**
         * The prefix of the module a source file belongs to (its nearest enclosing module with a configuration); for a
         * file in no such module, the tree's prefix when all its configurations agree on one ({@code
         * config/application.yml}
         * beside the sources), else none.
         */
        String of(Path sourceFile) {
            for (Path dir = sourceFile.getParent(); dir != null; dir = dir.getParent()) {
                ServletPaths paths = byModule.get(dir);
                if (paths != null) {
                    return prefix(paths);
                }
            }
            java.util.Set<String> all = new java.util.HashSet<>();
            byModule.values().forEach(paths -> all.add(prefix(paths)));
            return all.size() == 1 ? all.iterator().next() : "";
        }

        private static String prefix(ServletPaths paths) {
            return paths.contextPath() + "/" + paths.servletPath();
        }
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
            for (JsonNode document : YAML.readerFor(JsonNode.class)
                    .<JsonNode>readValues(file.toFile())
                    .readAll()) {
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
