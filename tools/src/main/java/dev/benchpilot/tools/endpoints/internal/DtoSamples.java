package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request bodies from DTO records and classes: JSON field names (Jackson's {@code @JsonProperty} wins, {@code
 * @JsonIgnore}
 * and transient fields are left out, superclass fields come first), JSON types and a plausible valid sample.
 * Nested DTOs are sampled recursively to {@value #MAX_DEPTH} levels; a collection of DTOs or enums gets one element,
 * a collection of plain values stays empty.
 */
final class DtoSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;

    private DtoSamples() {}

    static Endpoint.RequestBody body(TypeDeclaration<?> dto, JavaSources sources) {
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode sample = object(dto, sources, fields, 0);
        return new Endpoint.RequestBody("application/json", dto.getNameAsString(), fields, sample);
    }

    /** The JSON type of a Java type written in a signature: integer, number, boolean, array, object or string. */
    static String jsonType(String javaType) {
        String type = JavaTypeShape.simple(javaType);
        return switch (type) {
            case "int", "long", "short", "byte", "Integer", "Long", "Short", "Byte", "BigInteger" -> "integer";
            case "double", "float", "Double", "Float", "BigDecimal" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "List", "Set", "Collection", "Iterable" -> "array";
            case "Map" -> "object";
            default -> javaType.endsWith("[]") ? "array" : "string";
        };
    }

    private record Member(String name, Type type, NodeWithAnnotations<?> declaration) {}

    private static ObjectNode object(
            TypeDeclaration<?> dto, JavaSources sources, Map<String, String> fields, int depth) {
        ObjectNode sample = NODES.objectNode();
        for (Member member : members(dto, sources, 0)) {
            JavaTypeShape shape = JavaTypeShape.of(member.type(), sources, dto);
            fields.put(member.name(), shape.json());
            sample.set(member.name(), value(member, shape, sources, depth));
        }
        return sample;
    }

    private static JsonNode value(Member member, JavaTypeShape shape, JavaSources sources, int depth) {
        if (shape.declaration() instanceof EnumDeclaration values) {
            return values.getEntries().isEmpty()
                    ? NODES.textNode("")
                    : NODES.textNode(values.getEntries().get(0).getNameAsString());
        }
        SampleValues.Constraints constraints =
                ValidationAnnotations.of(member.declaration()).withFormat(shape.format());
        return switch (shape.json()) {
            case "object" ->
                shape.declaration() != null && depth < MAX_DEPTH
                        ? object(shape.declaration(), sources, new LinkedHashMap<>(), depth + 1)
                        : NODES.objectNode();
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JavaTypeShape element = shape.element();
                if (element != null && element.declaration() != null && depth < MAX_DEPTH) {
                    array.add(
                            value(new Member(member.name(), null, member.declaration()), element, sources, depth + 1));
                }
                yield array;
            }
            case "integer" -> SampleValues.integer(constraints);
            case "number" -> SampleValues.number(constraints);
            case "boolean" -> NODES.booleanNode(true);
            default -> SampleValues.text(member.name(), constraints);
        };
    }

    private static List<Member> members(TypeDeclaration<?> dto, JavaSources sources, int depth) {
        List<Member> members = new ArrayList<>();
        if (dto instanceof RecordDeclaration record) {
            record.getParameters().stream()
                    .filter(p -> !p.isAnnotationPresent("JsonIgnore"))
                    .forEach(p -> members.add(new Member(jsonName(p, p.getNameAsString()), p.getType(), p)));
            return members;
        }
        if (dto instanceof ClassOrInterfaceDeclaration type && depth < MAX_DEPTH) {
            type.getExtendedTypes().stream()
                    .findFirst()
                    .map(parent -> sources.type(JavaTypeShape.simple(parent.asString()), dto))
                    .ifPresent(parent -> members.addAll(members(parent, sources, depth + 1)));
        }
        for (FieldDeclaration field : dto.getFields()) {
            if (!field.isStatic() && !field.isTransient() && !field.isAnnotationPresent("JsonIgnore")) {
                field.getVariables()
                        .forEach(
                                v -> members.add(new Member(jsonName(field, v.getNameAsString()), v.getType(), field)));
            }
        }
        return members;
    }

    private static String jsonName(NodeWithAnnotations<?> member, String fallback) {
        return member.getAnnotationByName("JsonProperty")
                .flatMap(a -> a.isSingleMemberAnnotationExpr()
                        ? Optional.of(a.asSingleMemberAnnotationExpr().getMemberValue())
                        : a.isNormalAnnotationExpr()
                                ? a.asNormalAnnotationExpr().getPairs().stream()
                                        .filter(p -> p.getNameAsString().equals("value"))
                                        .map(MemberValuePair::getValue)
                                        .findFirst()
                                : Optional.empty())
                .filter(v -> v.isStringLiteralExpr())
                .map(v -> v.asStringLiteralExpr().getValue())
                .orElse(fallback);
    }
}
