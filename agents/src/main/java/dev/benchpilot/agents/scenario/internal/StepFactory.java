package dev.benchpilot.agents.scenario.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns endpoints into steps: id captures from lists, generated payloads, credentials for the login. */
public final class StepFactory {

    /** Where a login's answer holds the token, by the names services use most. */
    static final String TOKEN = "$..token || $..access_token || $..accessToken || $..id_token || $..jwt";

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

    /**
     * The login, capturing the token. With {@code generatedUser} the journey signed up just before and logs in with the
     * name and password it drew; otherwise with the supplied test user.
     */
    public static Step login(Endpoint login, boolean generatedUser) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = "{\"username\": \"{{username}}\", \"password\": \"{{password}}\"}";
        if (login.requestBody() != null && login.requestBody().sample() instanceof ObjectNode sample) {
            body = BodyTemplate.of(sample, generatedUser ? BodyTemplate.Purpose.SIGN_UP : BodyTemplate.Purpose.LOGIN, Map.of(), variables);
        }
        if (!generatedUser) {
            variables.put("username", new ValueSource.Credential(ValueSource.Credential.Part.USERNAME));
            variables.put("password", new ValueSource.Credential(ValueSource.Credential.Part.PASSWORD));
        }
        return new Step(login.key(), login.method(), login.path(), 1.0, body, variables,
                Map.of(Step.TOKEN_VARIABLE, TOKEN), false, true);
    }

    /** Registers a new user with a generated name ({@code bp} and ten random characters), e-mail and password. */
    public static Step signUp(Endpoint signUp) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        variables.put("username", new ValueSource.RandomString("bp", 10));
        variables.put("password", new ValueSource.RandomString("Bp1-", 12));
        String body = BodyTemplate.of(signUp.requestBody().sample(), BodyTemplate.Purpose.SIGN_UP, Map.of(), variables);
        return new Step(signUp.key(), signUp.method(), signUp.path(), 1.0, body, variables, Map.of(), false, true);
    }

    /** A write whose body comes from the detected sample: ids from captured values, quantities and texts drawn. */
    public static Step write(Endpoint write, Map<String, String> capturedIds, boolean authenticated) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = write.requestBody() == null || write.requestBody().sample() == null ? null
                : BodyTemplate.of(write.requestBody().sample(), BodyTemplate.Purpose.WRITE, capturedIds, variables);
        return new Step(write.key(), write.method(), write.path(), 1.0, body, variables, Map.of(), authenticated, true);
    }
}
