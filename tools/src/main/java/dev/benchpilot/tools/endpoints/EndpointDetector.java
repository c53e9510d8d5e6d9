package dev.benchpilot.tools.endpoints;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the endpoints of one framework (or one API description format) in a source tree.
 * Implementations are stateless and thread-safe; they never execute the code they read.
 */
public interface EndpointDetector {

    /** Short stable name, recorded in {@link Endpoint#detector()}: javalin, openapi, spring, ... */
    String name();

    /**
     * Detects endpoints under {@code sourceRoot}. Files that cannot be parsed are skipped and reported
     * through {@code warnings}; only an unreadable root is an exception.
     */
    List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException;
}
