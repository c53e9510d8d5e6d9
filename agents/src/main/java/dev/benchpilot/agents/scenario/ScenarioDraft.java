package dev.benchpilot.agents.scenario;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.scenario.ScenarioSet;
import java.util.List;

/**
 * @param scenarios the flows to run
 * @param skipped   endpoints left out of every flow, each with why
 */
public record ScenarioDraft(ScenarioSet scenarios, List<String> skipped, AgentActivity activity) {
    public ScenarioDraft {
        skipped = List.copyOf(skipped);
    }
}
