package dev.benchpilot.agents.scenario.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns endpoints into steps: reads, detail pages, the login with its token capture, the sign-up of a generated user.
 */
public final class StepFactory {

    /** Where a login's answer holds the token, by the names services use most. */
    static final String TOKEN = "$..token || $..access_token || $..accessToken || $..id_token || $..jwt";

    private StepFactory() {}

    public static Step detail(Endpoint detail, String idVariable, double probability, boolean authenticated) {
        String path = detail.path().replace("{" + detail.pathVariables().get(0) + "}", "{{" + idVariable + "}}");
        return new Step(
                detail.key(), detail.method(), path, probability, null, Map.of(), Map.of(), authenticated, true);
    }

    public static Step read(Endpoint endpoint, double probability, boolean authenticated) {
        return new Step(
                endpoint.key(),
                endpoint.method(),
                endpoint.path(),
                probability,
                null,
                Map.of(),
                Map.of(),
                authenticated,
                true);
    }

    /**
     * The login, capturing the token. With {@code generatedUser} the journey signed up just before and logs in with the
     * name and password it drew; otherwise with the supplied test user.
     */
    public static Step login(Endpoint login, boolean generatedUser) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        String body = "{\"username\": \"{{username}}\", \"password\": \"{{password}}\"}";
        if (login.requestBody() != null && login.requestBody().sample() instanceof ObjectNode sample) {
            body = BodyTemplate.of(
                    sample,
                    generatedUser ? BodyTemplate.Purpose.SIGN_UP : BodyTemplate.Purpose.LOGIN,
                    Map.of(),
                    variables);
        }
        if (!generatedUser) {
            variables.put("username", new ValueSource.Credential(ValueSource.Credential.Part.USERNAME));
            variables.put("password", new ValueSource.Credential(ValueSource.Credential.Part.PASSWORD));
        }
        return new Step(
                login.key(),
                login.method(),
                login.path(),
                1.0,
                body,
                variables,
                Map.of(Step.TOKEN_VARIABLE, TOKEN),
                false,
                true);
    }

    /** Registers a new user with a generated name ({@code bp} and ten random characters), e-mail and password. */
    public static Step signUp(Endpoint signUp) {
        Map<String, ValueSource> variables = new LinkedHashMap<>();
        variables.put("username", new ValueSource.RandomString("bp", 10));
        variables.put("password", new ValueSource.RandomString("Bp1-", 12));
        String body = BodyTemplate.of(signUp.requestBody().sample(), BodyTemplate.Purpose.SIGN_UP, Map.of(), variables);
        return new Step(signUp.key(), signUp.method(), signUp.path(), 1.0, body, variables, Map.of(), false, true);
    }
}
