package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field types and a valid sample from a (resolved) OpenAPI schema: {@code example}, {@code default}, {@code const} or
 * the first {@code enum} value when given; otherwise a value that respects {@code minimum}/{@code maximum}
 * (exclusive too), {@code minLength}/{@code maxLength} and {@code format}, chosen by {@link SampleValues}.
 * Read-only properties are left out of request bodies.
 */
final class SchemaSamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    private SchemaSamples() {}

    static String type(Schema<?> schema) {
        Schema<?> chosen = alternative(schema);
        if (chosen.getType() != null) {
            return chosen.getType();
        }
        if (chosen.getTypes() != null) {
            return chosen.getTypes().stream()
                    .filter(t -> !t.equals("null"))
                    .findFirst()
                    .orElse("string");
        }
        return chosen.getProperties() != null ? "object" : chosen.getItems() != null ? "array" : "string";
    }

    static Map<String, String> fields(Schema<?> schema) {
        Map<String, String> fields = new LinkedHashMap<>();
        properties(alternative(schema)).forEach((name, property) -> fields.put(name, type(property)));
        return fields;
    }

    static JsonNode sample(String name, Schema<?> schema, int depth) {
        Schema<?> chosen = alternative(schema);
        Object given = chosen.getExample() != null
                ? chosen.getExample()
                : chosen.getDefault() != null
                        ? chosen.getDefault()
                        : chosen.getConst() != null
                                ? chosen.getConst()
                                : chosen.getEnum() != null && !chosen.getEnum().isEmpty()
                                        ? chosen.getEnum().get(0)
                                        : null;
        if (given != null) {
            return JSON.valueToTree(dateAsText(given, chosen.getFormat()));
        }
        return switch (type(chosen)) {
            case "integer" -> SampleValues.integer(constraints(chosen));
            case "number" -> SampleValues.number(constraints(chosen));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (chosen.getItems() != null && depth < MAX_DEPTH) {
                    array.add(sample(name, chosen.getItems(), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    properties(chosen)
                            .forEach((property, value) -> object.set(property, sample(property, value, depth + 1)));
                }
                yield object;
            }
            default -> SampleValues.text(name, constraints(chosen));
        };
    }

    /**
     * The parser turns the example of a {@code format: date} or {@code date-time} string into a date object, which
     * Jackson would write as epoch milliseconds: a service expecting {@code "2010-09-07"} rejects that. Written back as
     * the ISO text the schema asks for.
     */
    private static Object dateAsText(Object given, String format) {
        if (given instanceof java.util.Date date) {
            java.time.Instant instant = date.toInstant();
            return "date".equals(format)
                    ? instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString()
                    : instant.toString();
        }
        if (given instanceof java.time.temporal.TemporalAccessor temporal) {
            return temporal.toString();
        }
        return given;
    }

    /** A oneOf/anyOf schema is sampled as its first alternative (full resolution marks such schemas "object"). */
    private static Schema<?> alternative(Schema<?> schema) {
        List<Schema> alternatives =
                schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? schema.getOneOf() : schema.getAnyOf();
        return schema.getProperties() == null && alternatives != null && !alternatives.isEmpty()
                ? alternatives.get(0)
                : schema;
    }

    private static Map<String, Schema<?>> properties(Schema<?> schema) {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (!Boolean.TRUE.equals(property.getReadOnly())) {
                    properties.put(name, property);
                }
            });
        }
        return properties;
    }

    private static SampleValues.Constraints constraints(Schema<?> schema) {
        boolean integer = "integer".equals(type(schema));
        BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
        BigDecimal minimum = schema.getMinimum();
        BigDecimal maximum = schema.getMaximum();
        if (Boolean.TRUE.equals(schema.getExclusiveMinimum()) && minimum != null) {
            minimum = minimum.add(step);
        } else if (schema.getExclusiveMinimumValue() != null) {
            minimum = schema.getExclusiveMinimumValue().add(step);
        }
        if (Boolean.TRUE.equals(schema.getExclusiveMaximum()) && maximum != null) {
            maximum = maximum.subtract(step);
        } else if (schema.getExclusiveMaximumValue() != null) {
            maximum = schema.getExclusiveMaximumValue().subtract(step);
        }
        return new SampleValues.Constraints(
                minimum, maximum, schema.getMinLength(), schema.getMaxLength(), schema.getFormat());
    }
}
