package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field types and a valid sample value from an OpenAPI schema: example, default or first enum value first. */
final class SchemaSamples {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    private SchemaSamples() {
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    static Map<String, String> fields(Schema<?> schema) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> fields.put(name, type(property)));
        }
        return fields;
    }

    static JsonNode sample(Schema<?> schema, int depth) {
        if (schema.getExample() != null) {
            return JSON.valueToTree(schema.getExample());
        }
        if (schema.getDefault() != null) {
            return NODES.textNode(String.valueOf(schema.getDefault()));
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(0)));
        }
        switch (type(schema)) {
            case "integer":
                return NODES.numberNode(schema.getMinimum() == null ? 1L : schema.getMinimum().max(BigDecimal.ONE).longValue());
            case "number":
                return NODES.numberNode(schema.getMinimum() == null ? BigDecimal.ONE : schema.getMinimum().max(BigDecimal.ONE));
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (schema.getItems() != null && depth < MAX_DEPTH) {
                    array.add(sample(schema.getItems(), depth + 1));
                }
                return array;
            case "object":
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null && depth < MAX_DEPTH) {
                    schema.getProperties().forEach((name, property) -> object.set(name, sample(property, depth + 1)));
                }
                return object;
            default:
                return NODES.textNode(text(schema));
        }
    }

    private static String text(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "email" -> "user@example.com";
            case "uuid" -> "123e4567-e89b-12d3-a456-426614174000";
            case "date-time" -> "2026-01-01T00:00:00Z";
            case "date" -> "2026-01-01";
            default -> "x".repeat(Math.max(4, schema.getMinLength() == null ? 4 : schema.getMinLength()));
        };
    }
}
