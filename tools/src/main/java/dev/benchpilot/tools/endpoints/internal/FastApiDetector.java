package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * FastAPI: apps, APIRouter prefixes, include_router nesting, mounted sub-apps, Pydantic bodies, Depends-based auth.
 * Read by {@link PythonRoutes}, which sees FastAPI and Flask together so either can mount the other.
 */
public final class FastApiDetector implements EndpointDetector {

    @Override
    public String name() {
        return "fastapi";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        return PythonRoutes.detect(sourceRoot, warnings).stream()
                .filter(e -> e.detector().equals(name()))
                .toList();
    }
}
