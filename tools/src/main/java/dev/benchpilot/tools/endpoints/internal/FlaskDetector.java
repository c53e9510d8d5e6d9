package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Flask: apps, blueprints with url_prefix (register_blueprint's replacing the blueprint's own), route decorators with
 * methods, add_url_rule, Flask-RESTful resources, login_required-style auth. Read by {@link PythonRoutes}, which sees
 * FastAPI and Flask together so either can mount the other.
 */
public final class FlaskDetector implements EndpointDetector {

    @Override
    public String name() {
        return "flask";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        return PythonRoutes.detect(sourceRoot, warnings).stream()
                .filter(e -> e.detector().equals(name()))
                .toList();
    }
}
