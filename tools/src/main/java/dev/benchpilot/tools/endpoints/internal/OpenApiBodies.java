package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON request bodies of operations. Schema names are read before references are resolved ({@link #typeNames}),
 * since full resolution inlines them; fields and the sample come from the resolved schema.
 */
final class OpenApiBodies {

    private OpenApiBodies() {}

    /** {@code "POST /pets" -> "NewPet"} for every operation whose JSON body is a reference to a named schema. */
    static Map<String, String> typeNames(OpenAPI api) {
        Map<String, String> names = new HashMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    RequestBody body = operation.getRequestBody();
                    if (body != null
                            && body.get$ref() != null
                            && api.getComponents() != null
                            && api.getComponents().getRequestBodies() != null) {
                        body = api.getComponents().getRequestBodies().get(lastSegment(body.get$ref()));
                    }
                    Schema<?> schema = body == null ? null : jsonSchema(body.getContent());
                    if (schema != null && schema.get$ref() != null) {
                        names.put(method.name() + " " + path, lastSegment(schema.get$ref()));
                    }
                }));
        return names;
    }

    static Endpoint.RequestBody body(Operation operation, String typeName) {
        Schema<?> schema = operation.getRequestBody() == null
                ? null
                : jsonSchema(operation.getRequestBody().getContent());
        if (schema == null) {
            return null;
        }
        return new Endpoint.RequestBody(
                "application/json",
                typeName != null ? typeName : schema.getName(),
                SchemaSamples.fields(schema),
                SchemaSamples.sample(null, schema, 0));
    }

    /**
     * The schema of the JSON media type ({@code *}{@code /*} counts: Swagger 2 bodies without {@code consumes} get it).
     */
    private static Schema<?> jsonSchema(Content content) {
        if (content == null) {
            return null;
        }
        MediaType json = content.entrySet().stream()
                .filter(e -> e.getKey().contains("json"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(content.get("*/*"));
        return json == null ? null : json.getSchema();
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
