package dev.benchpilot.orchestrator.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shop API's Java sources, packaged into benchpilot's jar at build time, copied out so the demo can
 * pass them as {@code --source} and endpoint detection reads them like any user's source tree.
 */
public final class BundledSources {

    private static final String ROOT = "bundled/shop-api-src";

    private BundledSources() {}

    public static Path extractTo(Path directory) throws IOException {
        URL url = BundledSources.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IOException("the shop API sources are missing from this build (" + ROOT + ")");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath(ROOT), directory);
                }
            } else {
                copy(Path.of(uri), directory);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled sources: " + e.getMessage(), e);
        }
        return directory;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
