package dev.benchpilot.tools.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP operation a service exposes, normalised: upper-case method (or {@code ANY}), path with a
 * leading slash, no trailing slash, variables as {@code {name}}, prefixes already applied.
 *
 * @param method       GET, POST, ... or ANY
 * @param path         normalised path template, for example {@code /api/products/{id}}
 * @param parameters   path, query and header parameters
 * @param requestBody  the body the operation reads, or null when it reads none (or it is unknown)
 * @param authRequired true when the operation needs credentials, false when it is public, null when unknown
 * @param source       where it was found: {@code relative/File.java:42} or {@code openapi.yaml#GET /pets}; merged
 *     endpoints list every source, comma-separated
 * @param detector     the name of the detector that found it, for example {@code javalin}; {@code javalin+openapi}
 *     when merged
 */
public record Endpoint(
        String method,
        String path,
        List<Parameter> parameters,
        RequestBody requestBody,
        Boolean authRequired,
        String source,
        String detector) {

    public Endpoint {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        path = EndpointPaths.normalise(path);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** {@code GET /api/products/{id}}: the identity of an endpoint in scenarios, metrics and reports. */
    public String key() {
        return method + " " + path;
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    public boolean requiresAuth() {
        return Boolean.TRUE.equals(authRequired);
    }

    /** Path variables in order of appearance, for example {@code [id]} for {@code /api/products/{id}}. */
    public List<String> pathVariables() {
        return EndpointPaths.variables(path);
    }

    /**
     * A parameter of the operation.
     *
     * @param in       where it travels
     * @param type     a JSON-schema-like type name: string, integer, number, boolean, array, object
     * @param required whether the operation rejects requests without it
     */
    public record Parameter(String name, In in, String type, boolean required) {
        public enum In {
            PATH,
            QUERY,
            HEADER
        }
    }

    /**
     * What the operation reads from the request body.
     *
     * @param contentType for example application/json
     * @param typeName    the DTO or schema name it was derived from, when known
     * @param fields      field name to JSON-schema-like type, in declaration order
     * @param sample      a valid sample body
     */
    public record RequestBody(
            String contentType, String typeName, java.util.Map<String, String> fields, JsonNode sample) {
        public RequestBody {
            fields = fields == null
                    ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}
