package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Request bodies from DTO classes and records: field names (Jackson names win), JSON types, a plausible sample. */
final class DtoSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;

    private DtoSamples() {
    }

    static Endpoint.RequestBody body(TypeDeclaration<?> dto, JavaSources sources) {
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode sample = sample(dto, sources, fields, 0);
        return new Endpoint.RequestBody("application/json", dto.getNameAsString(), fields, sample);
    }

    private static ObjectNode sample(TypeDeclaration<?> dto, JavaSources sources, Map<String, String> fields, int depth) {
        ObjectNode sample = NODES.objectNode();
        Map<String, Type> members = new LinkedHashMap<>();
        if (dto instanceof RecordDeclaration record) {
            record.getParameters().forEach(p -> members.put(jsonName(p, p.getNameAsString()), p.getType()));
        } else {
            for (FieldDeclaration field : dto.getFields()) {
                if (!field.isStatic()) {
                    field.getVariables().forEach(v -> members.put(jsonName(field, v.getNameAsString()), v.getType()));
                }
            }
        }
        members.forEach((name, type) -> {
            String typeName = type.asString().replaceAll("<.*", "").replaceAll(".*\\.", "");
            TypeDeclaration<?> nested = sources.type(typeName);
            String json = nested instanceof EnumDeclaration ? "string" : nested != null ? "object" : jsonType(type.asString());
            fields.put(name, json);
            sample.set(name, value(name, json, nested, sources, depth));
        });
        return sample;
    }

    private static JsonNode value(String name, String json, TypeDeclaration<?> nested, JavaSources sources, int depth) {
        if (nested instanceof EnumDeclaration values && !values.getEntries().isEmpty()) {
            return NODES.textNode(values.getEntries().get(0).getNameAsString());
        }
        if (nested != null) {
            return depth < MAX_DEPTH ? sample(nested, sources, new LinkedHashMap<>(), depth + 1) : NODES.objectNode();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (json) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "object" -> NODES.objectNode();
            default -> NODES.textNode(lower.contains("email") ? "user@example.com" : lower.contains("password") ? "password"
                    : lower.contains("name") || lower.contains("user") ? "user1" : "text");
        };
    }

    static String jsonType(String javaType) {
        String type = javaType.replaceAll("<.*", "").replaceAll(".*\\.", "");
        return switch (type) {
            case "int", "long", "short", "byte", "Integer", "Long", "Short", "Byte", "BigInteger" -> "integer";
            case "double", "float", "Double", "Float", "BigDecimal" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "List", "Set", "Collection", "Iterable" -> "array";
            case "Map" -> "object";
            default -> javaType.endsWith("[]") ? "array" : "string";
        };
    }

    private static String jsonName(NodeWithAnnotations<?> member, String fallback) {
        return member.getAnnotationByName("JsonProperty")
                .flatMap(a -> a.isSingleMemberAnnotationExpr() ? java.util.Optional.of(a.asSingleMemberAnnotationExpr().getMemberValue())
                        : a.asNormalAnnotationExpr().getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                        .map(com.github.javaparser.ast.expr.MemberValuePair::getValue).findFirst())
                .filter(v -> v.isStringLiteralExpr()).map(v -> v.asStringLiteralExpr().getValue()).orElse(fallback);
    }
}
