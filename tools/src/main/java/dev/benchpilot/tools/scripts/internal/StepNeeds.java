package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.Templates;
import java.util.List;

/**
 * The scenario variables a step needs from earlier in the journey: the placeholders of its path and body it
 * does not draw itself, and the token when it is authenticated in a flow that logs in. A generated script ends the
 * journey when one
 * is missing (an earlier response lacked the captured value, or the step that drew it was skipped).
 */
final class StepNeeds {

    private StepNeeds() {}

    /**
     * The names, sorted; {@code bearer} when the step's flow logs in ({@link
     * dev.benchpilot.tools.scenario.Flow#logsIn()}).
     */
    static List<String> of(Step step, boolean bearer) {
        return step.needs(bearer);
    }

    /** Whether some authenticated step runs in a flow that does not log in: the script then needs the static header. */
    static boolean usesStaticAuth(dev.benchpilot.tools.scenario.ScenarioSet scenarios) {
        return scenarios.flows().stream()
                .anyMatch(f -> !f.logsIn() && f.steps().stream().anyMatch(Step::authenticated));
    }

    /** Whether {@code template} has any placeholder. */
    static boolean templated(String template) {
        return template != null && Templates.PLACEHOLDER.matcher(template).find();
    }
}
