package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.internal.PyModule.ClassDef;
import dev.benchpilot.tools.endpoints.internal.PyModule.Line;
import dev.benchpilot.tools.endpoints.internal.TokenRanges.Range;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pydantic (and SQLModel) models of a tree: request-body fields with JSON types and a valid sample, from the
 * annotations ({@code Optional}, {@code Annotated}, {@code X | None}, lists, nested models, enums, {@code Literal})
 * and {@code Field(...)} constraints and aliases.
 */
final class PydanticModels {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> MODEL_BASES = Set.of("BaseModel", "SQLModel", "Schema", "RootModel");
    private static final Map<String, String> FORMATS = Map.of(
            "EmailStr",
            "email",
            "UUID",
            "uuid",
            "UUID4",
            "uuid",
            "datetime",
            "date-time",
            "date",
            "date",
            "time",
            "time",
            "HttpUrl",
            "uri",
            "AnyUrl",
            "uri",
            "AnyHttpUrl",
            "uri");
    private static final int MAX_DEPTH = 4;

    private record Owned(PyModule module, ClassDef type) {}

    private final Map<String, Owned> classes = new HashMap<>();

    PydanticModels(List<PyModule> modules) {
        modules.forEach(
                module -> module.classes.forEach(type -> classes.putIfAbsent(type.name(), new Owned(module, type))));
    }

    boolean isModel(String name) {
        return isA(name, MODEL_BASES, 0);
    }

    private boolean isEnum(String name) {
        return isA(name, Set.of("Enum", "StrEnum", "IntEnum"), 0);
    }

    private boolean isA(String name, Set<String> roots, int depth) {
        Owned owned = classes.get(name);
        if (owned == null || depth > 8) {
            return false;
        }
        return owned.type().bases().stream()
                .map(b -> b.replaceAll(".*\\.", ""))
                .anyMatch(base -> roots.contains(base) || isA(base, roots, depth + 1));
    }

    /** The request body a model describes, or null when {@code name} is not a model. */
    Endpoint.RequestBody body(String name) {
        if (!isModel(name)) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode sample = NODES.objectNode();
        fill(name, fields, sample, 0);
        return new Endpoint.RequestBody("application/json", name, fields, sample);
    }

    private void fill(String name, Map<String, String> fields, ObjectNode sample, int depth) {
        Owned owned = classes.get(name);
        if (owned == null) {
            return;
        }
        owned.type().bases().stream()
                .map(b -> b.replaceAll(".*\\.", ""))
                .filter(this::isModel)
                .forEach(base -> fill(base, fields, sample, depth));
        PyModule module = owned.module();
        int indent =
                owned.type().body().isEmpty() ? 0 : owned.type().body().get(0).indent();
        for (Line line : owned.type().body()) {
            int s = line.start();
            if (line.indent() != indent
                    || !module.tokens.isName(s)
                    || !module.tokens.is(s + 1, ":")
                    || module.text(s).equals("model_config")) {
                continue;
            }
            int equals = s + 2;
            while (equals < line.end() && !module.tokens.is(equals, "=")) {
                equals = module.tokens.is(equals, "[") || module.tokens.is(equals, "(")
                        ? module.tokens.close(equals) + 1
                        : equals + 1;
            }
            Range annotation = new Range(s + 2, equals);
            Range fieldCall = equals < line.end() && module.tokens.is(equals + 1, "Field")
                    ? new Range(equals + 3, line.end())
                    : null;
            SampleValues.Constraints constraints =
                    fieldCall == null ? SampleValues.Constraints.NONE : constraints(module, equals + 2);
            String fieldName = fieldCall == null ? module.text(s) : alias(module, equals + 2, module.text(s));
            JsonNode value = sample(module, annotation, fieldName, constraints, depth);
            if (module.tokens.string(annotation).isEmpty() && !module.text(s).startsWith("_")) {
                fields.put(fieldName, jsonType(value));
                sample.set(fieldName, value);
            }
        }
    }

    /** A sample for a type annotation; unknown types are strings. */
    JsonNode sample(
            PyModule module, Range annotation, String fieldName, SampleValues.Constraints constraints, int depth) {
        if (annotation.isEmpty()) {
            return SampleValues.text(fieldName, constraints);
        }
        int s = annotation.start();
        String head = module.tokens.isName(s) ? module.text(s) : "";
        int dot = s;
        while (module.tokens.is(dot + 1, ".") && module.tokens.isName(dot + 2)) {
            dot += 2;
            head = module.text(dot);
        }
        boolean generic = module.tokens.is(dot + 1, "[");
        List<Range> arguments = generic ? module.tokens.items(dot + 1) : List.of();
        switch (head) {
            case "Optional", "Annotated", "Required", "NotRequired" -> {
                return arguments.isEmpty()
                        ? SampleValues.text(fieldName, constraints)
                        : sample(module, arguments.get(0), fieldName, constraints, depth);
            }
            case "Union" -> {
                return arguments.stream()
                        .filter(a -> !module.tokens.is(a.start(), "None"))
                        .findFirst()
                        .map(a -> sample(module, a, fieldName, constraints, depth))
                        .orElse(NODES.nullNode());
            }
            case "list", "List", "Sequence", "set", "Set", "tuple", "Tuple", "conlist" -> {
                ArrayNode array = NODES.arrayNode();
                if (!arguments.isEmpty() && depth < MAX_DEPTH) {
                    array.add(sample(module, arguments.get(0), fieldName, SampleValues.Constraints.NONE, depth + 1));
                }
                return array;
            }
            case "dict", "Dict", "Mapping", "Any", "Json" -> {
                return NODES.objectNode();
            }
            case "Literal" -> {
                if (arguments.isEmpty()) {
                    return NODES.nullNode();
                }
                Range first = arguments.get(0);
                Optional<String> enumType = module.tokens
                        .dottedName(first)
                        .filter(n -> n.contains("."))
                        .map(n -> n.substring(0, n.lastIndexOf('.')).replaceAll(".*\\.", ""))
                        .filter(this::isEnum);
                return module.tokens
                        .string(first)
                        .<JsonNode>map(NODES::textNode)
                        .or(() -> enumType.map(this::enumValue)) // Literal[Kind.incoming]: a value of the enum
                        .orElseGet(() -> literal(module.text(first.start()).replace("_", "")));
            }
            case "int", "conint", "PositiveInt", "NonNegativeInt" -> {
                return SampleValues.integer(constraints);
            }
            case "float", "Decimal", "confloat", "condecimal", "PositiveFloat" -> {
                return SampleValues.number(constraints);
            }
            case "bool", "StrictBool" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (isModel(head) && depth < MAX_DEPTH) {
                    ObjectNode nested = NODES.objectNode();
                    fill(head, new LinkedHashMap<>(), nested, depth + 1);
                    return nested;
                }
                if (isEnum(head)) {
                    return enumValue(head);
                }
                return SampleValues.text(
                        fieldName, FORMATS.containsKey(head) ? constraints.withFormat(FORMATS.get(head)) : constraints);
            }
        }
    }

    private JsonNode enumValue(String name) {
        Owned owned = classes.get(name);
        for (Line line : owned.type().body()) {
            int s = line.start();
            if (owned.module().tokens.isName(s) && owned.module().tokens.is(s + 1, "=")) {
                ScriptTokens.Token value = owned.module().tokens.at(s + 2);
                return value.kind() == ScriptTokens.Kind.STRING
                        ? NODES.textNode(value.text())
                        : value.kind() == ScriptTokens.Kind.NUMBER
                                ? literal(value.text().replace("_", ""))
                                : NODES.textNode(owned.module().text(s));
            }
        }
        return NODES.textNode("value");
    }

    private static SampleValues.Constraints constraints(PyModule module, int open) {
        List<Range> arguments = module.tokens.items(open);
        return new SampleValues.Constraints(
                bound(module, arguments, "ge", "gt", BigDecimal.ONE),
                bound(module, arguments, "le", "lt", BigDecimal.ONE.negate()),
                integer(module, arguments, "min_length"),
                integer(module, arguments, "max_length"),
                null);
    }

    /**
     * A {@code Literal[...]} value that is not a string: a number, {@code True}/{@code False}, {@code None}, or its
     * text.
     */
    private static JsonNode literal(String token) {
        switch (token) {
            case "True", "False" -> {
                return NODES.booleanNode(token.equals("True"));
            }
            case "None" -> {
                return NODES.nullNode();
            }
            default -> {
                try {
                    return NODES.numberNode(new BigDecimal(token));
                } catch (NumberFormatException e) {
                    return NODES.textNode(token); // Literal[Status.OPEN]: the member's name is the best guess there is
                }
            }
        }
    }

    /**
     * The inclusive bound: {@code ge} as is, {@code gt} nudged by {@code step} (one above a lower, one below an upper
     * bound).
     */
    private static BigDecimal bound(
            PyModule module, List<Range> arguments, String inclusive, String exclusive, BigDecimal step) {
        BigDecimal value = number(module, arguments, inclusive);
        if (value != null) {
            return value;
        }
        BigDecimal strict = number(module, arguments, exclusive);
        return strict == null ? null : strict.add(step);
    }

    private static BigDecimal number(PyModule module, List<Range> arguments, String keyword) {
        return module.tokens
                .keyword(arguments, keyword, "=")
                .filter(v -> v.end() - v.start() <= 2)
                .map(v -> {
                    String text = v.end() - v.start() == 2 && module.tokens.is(v.start(), "-")
                            ? "-" + module.text(v.start() + 1)
                            : module.text(v.start());
                    try {
                        return new BigDecimal(text.replace("_", ""));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .orElse(null);
    }

    private static Integer integer(PyModule module, List<Range> arguments, String keyword) {
        BigDecimal value = number(module, arguments, keyword);
        return value == null ? null : value.intValue();
    }

    private static String alias(PyModule module, int open, String name) {
        return module.tokens
                .keyword(module.tokens.items(open), "alias", "=")
                .flatMap(module.tokens::string)
                .orElse(name);
    }

    static String jsonType(JsonNode value) {
        return value.isIntegralNumber()
                ? "integer"
                : value.isNumber()
                        ? "number"
                        : value.isBoolean()
                                ? "boolean"
                                : value.isArray() ? "array" : value.isObject() ? "object" : "string";
    }
}
