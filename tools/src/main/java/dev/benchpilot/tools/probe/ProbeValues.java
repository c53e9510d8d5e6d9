package dev.benchpilot.tools.probe;

import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.Templates;
import java.util.HashMap;
import java.util.Map;

/** Draws step variables as text for requests benchpilot sends itself. */
final class ProbeValues {

    private ProbeValues() {}

    static Map<String, String> draw(Step step, Credentials credentials) {
        Map<String, String> values = new HashMap<>();
        Credentials.Account account = Templates.accountFor(step, credentials);
        step.variables().forEach((name, source) -> {
            Object value = Templates.draw(source, account);
            if (value != null) {
                values.put(name, String.valueOf(value));
            }
        });
        return values;
    }
}
