package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import dev.benchpilot.tools.endpoints.internal.PyModule.Function;
import dev.benchpilot.tools.endpoints.internal.PyModule.Line;
import dev.benchpilot.tools.endpoints.internal.TokenRanges.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Python view function reads. FastAPI: typed parameters are path or query parameters, a Pydantic-typed one is
 * the body, a {@code Depends}/{@code Security} on an auth-like dependency makes it auth-required. Flask:
 * {@code request.args.get('q')} are query parameters, {@code request.json['x']} / {@code .get('x')} body fields.
 */
record FunctionSignature(boolean auth, List<Endpoint.Parameter> declared, Endpoint.RequestBody body) {

    static final FunctionSignature NONE = new FunctionSignature(false, List.of(), null);

    private static final Set<String> NOT_PARAMETERS =
            Set.of("self", "cls", "request", "req", "response", "db", "session", "background_tasks", "websocket");
    private static final Map<String, String> SIMPLE_TYPES = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("float", "number"),
            Map.entry("bool", "boolean"),
            Map.entry("str", "string"),
            Map.entry("UUID", "string"),
            Map.entry("date", "string"),
            Map.entry("datetime", "string"),
            Map.entry("Decimal", "number"));

    static FunctionSignature read(
            PyModule module, Function function, PydanticModels models, Set<String> authAliases, String framework) {
        return framework.equals("fastapi") ? fastApi(module, function, models, authAliases) : flask(module, function);
    }

    /** Declared parameters, with every variable of {@code path} a PATH parameter and the rest QUERY. */
    List<Endpoint.Parameter> parameters(String path) {
        List<String> variables = EndpointPaths.variables(path);
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (Endpoint.Parameter p : declared) {
            boolean inPath = variables.contains(p.name());
            if (!inPath && p.in() == Endpoint.Parameter.In.PATH) {
                continue; // a Flask view argument the rule does not supply has a default
            }
            parameters.add(new Endpoint.Parameter(
                    p.name(),
                    inPath ? Endpoint.Parameter.In.PATH : Endpoint.Parameter.In.QUERY,
                    p.type(),
                    inPath || p.required()));
        }
        return parameters;
    }

    private static FunctionSignature fastApi(
            PyModule module, Function function, PydanticModels models, Set<String> authAliases) {
        boolean auth = false;
        List<Endpoint.Parameter> declared = new ArrayList<>();
        Endpoint.RequestBody body = null;
        for (Range item : module.tokens.items(function.parametersOpen())) {
            auth |= PythonRoutes.dependsOnAuth(module, item);
            int s = item.start();
            if (!module.tokens.isName(s) || NOT_PARAMETERS.contains(module.text(s)) || !module.tokens.is(s + 1, ":")) {
                continue;
            }
            int equals = s + 2;
            while (equals < item.end() && !module.tokens.is(equals, "=")) {
                equals = module.tokens.is(equals, "[") ? module.tokens.close(equals) + 1 : equals + 1;
            }
            String type = typeName(module, new Range(s + 2, equals));
            auth |= authAliases.contains(type);
            boolean dependency = containsName(module, item, "Depends") || containsName(module, item, "Security");
            if (dependency || authAliases.contains(type) || type.endsWith("Dep")) {
                continue;
            }
            if (models.isModel(type)) {
                body = models.body(type);
            } else if (SIMPLE_TYPES.containsKey(type)) {
                declared.add(new Endpoint.Parameter(
                        module.text(s), Endpoint.Parameter.In.QUERY, SIMPLE_TYPES.get(type), equals >= item.end()));
            }
        }
        return new FunctionSignature(auth, declared, body);
    }

    /** The type an annotation names, through {@code Optional[...]}, {@code Annotated[...]} and {@code X | None}. */
    private static String typeName(PyModule module, Range annotation) {
        int i = annotation.start();
        while (module.tokens.isName(i)
                && Set.of("Optional", "Annotated", "Union").contains(module.text(i))
                && module.tokens.is(i + 1, "[")) {
            i += 2;
        }
        while (module.tokens.isName(i) && module.tokens.is(i + 1, ".") && module.tokens.isName(i + 2)) {
            i += 2;
        }
        return module.tokens.isName(i) ? module.text(i) : "";
    }

    private static boolean containsName(PyModule module, Range range, String name) {
        for (int i = range.start(); i < range.end(); i++) {
            if (module.tokens.is(i, name)) {
                return true;
            }
        }
        return false;
    }

    private static FunctionSignature flask(PyModule module, Function function) {
        List<Endpoint.Parameter> declared = new ArrayList<>();
        for (Range item : module.tokens.items(function.parametersOpen())) {
            if (module.tokens.isName(item.start()) && !NOT_PARAMETERS.contains(module.text(item.start()))) {
                declared.add(
                        new Endpoint.Parameter(module.text(item.start()), Endpoint.Parameter.In.PATH, "string", true));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode sample = JsonNodeFactory.instance.objectNode();
        for (Line line : function.body()) {
            for (int i = line.start(); i < line.end(); i++) {
                if (!module.tokens.is(i, "request") || !module.tokens.is(i + 1, ".")) {
                    continue;
                }
                String part = module.tokens.isName(i + 2) ? module.text(i + 2) : "";
                int after = part.equals("get_json") ? module.tokens.close(i + 3) + 1 : i + 3;
                String key = key(module, after);
                if (key == null) {
                    continue;
                }
                if (part.equals("args")) {
                    declared.add(new Endpoint.Parameter(key, Endpoint.Parameter.In.QUERY, "string", false));
                } else if (Set.of("json", "get_json", "form").contains(part)) {
                    JsonNode value = RequestReads.sample(key);
                    fields.put(key, RequestReads.type(key));
                    sample.set(key, value);
                }
            }
        }
        return new FunctionSignature(
                false,
                declared,
                fields.isEmpty() ? null : new Endpoint.RequestBody("application/json", null, fields, sample));
    }

    /** {@code ['key']} or {@code .get('key'...)} at {@code at}. */
    private static String key(PyModule module, int at) {
        if (module.tokens.is(at, "[") && module.tokens.isString(at + 1)) {
            return module.text(at + 1);
        }
        if (module.tokens.is(at, ".")
                && module.tokens.is(at + 1, "get")
                && module.tokens.is(at + 2, "(")
                && module.tokens.isString(at + 3)) {
            return module.text(at + 3);
        }
        return null;
    }
}
