package dev.benchpilot.agents.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns endpoints into steps: id captures from lists, generated payloads, credentials for the login. */
public final class StepFactory {

    private StepFactory() {
    }

    /** The variable a list's ids are captured into: {@code /api/products} → {@code productId}. */
    public static String idVariable(Endpoint list) {
        String last = list.path().substring(list.path().lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "");
        String singular = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
                : last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        return (singular.isEmpty() ? "item" : singular) + "Id";
    }

    public static Step list(Endpoint list, boolean authenticated) {
        return new Step(list.key(), list.method(), list.path(), 1.0, null, Map.of(), Map.of(idVariable(list), "$..id"),
                authenticated, true);
    }

    public static Step detail(Endpoint detail, String idVariable, double probability, boolean authenticated) {
        String path = detail.path().replace("{" + detail.pathVariables().get(0) + "}", "{{" + idVariable + "}}");
        return new Step(detail.key(), detail.method(), path, probability, null, Map.of(), Map.of(), authenticated, true);
    }

    public static Step read(Endpoint endpoint, double probability, boolean authenticated) {
        return new Step(endpoint.key(), endpoint.method(), endpoint.path(), probability, null, Map.of(), Map.of(),
                authenticated, true);
    }

    public static Step login(Endpoint login) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = "{\"username\": \"{{username}}\", \"password\": \"{{password}}\"}";
        if (login.requestBody() != null && login.requestBody().sample() instanceof ObjectNode sample) {
            StringBuilder json = new StringBuilder("{");
            sample.fieldNames().forEachRemaining(field -> {
                String lower = field.toLowerCase(Locale.ROOT);
                String placeholder = lower.contains("pass") ? "password" : "username";
                json.append(json.length() > 1 ? ", " : "").append('"').append(field).append("\": \"{{").append(placeholder).append("}}\"");
            });
            body = json.append('}').toString();
        }
        variables.put("username", new ValueSource.Credential(ValueSource.Credential.Part.USERNAME));
        variables.put("password", new ValueSource.Credential(ValueSource.Credential.Part.PASSWORD));
        return new Step(login.key(), login.method(), login.path(), 1.0, body, variables,
                Map.of(Step.TOKEN_VARIABLE, "$..token"), false, true);
    }

    /** A write whose body comes from the detected sample, ids from captured values, quantities drawn. */
    public static Step write(Endpoint write, Map<String, String> capturedIds, boolean authenticated) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = write.requestBody() == null || write.requestBody().sample() == null ? null
                : body(write.requestBody().sample(), capturedIds, variables);
        return new Step(write.key(), write.method(), write.path(), 1.0, body, variables, Map.of(), authenticated, true);
    }

    private static String body(JsonNode sample, Map<String, String> capturedIds, Map<String, ValueSource> variables) {
        if (!(sample instanceof ObjectNode object)) {
            return sample.toString();
        }
        StringBuilder json = new StringBuilder("{");
        object.fields().forEachRemaining(field -> {
            String name = field.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            String value = field.getValue().toString();
            String captured = capturedIds.get(lower.replace("_", ""));
            if (captured != null) {
                value = field.getValue().isTextual() ? "\"{{" + captured + "}}\"" : "{{" + captured + "}}";
            } else if (field.getValue().isNumber() && (lower.contains("quantity") || lower.contains("qty") || lower.contains("count"))) {
                variables.put(name, new ValueSource.RandomInt(1, 5));
                value = "{{" + name + "}}";
            }
            json.append(json.length() > 1 ? ", " : "").append('"').append(name).append("\": ").append(value);
        });
        return json.append('}').toString();
    }
}
