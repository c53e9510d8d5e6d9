package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.Templates;
import dev.benchpilot.tools.scenario.ValueSource;
import io.gatling.javaapi.core.Session;
import java.util.Map;

/** Draws a step's variables into the Gatling session. Credentials come from memory, never from a file. */
final class StepValues {

    private final Step step;
    private final Credentials credentials;

    StepValues(Step step, Credentials credentials) {
        this.step = step;
        this.credentials = credentials;
    }

    Session draw(Session session) {
        Session result = session;
        Credentials.Account account = Templates.accountFor(step, credentials);
        for (Map.Entry<String, ValueSource> variable : step.variables().entrySet()) {
            Object value = Templates.draw(variable.getValue(), account);
            if (value != null) {
                result = result.set(variable.getKey(), value);
            }
        }
        return result;
    }
}
