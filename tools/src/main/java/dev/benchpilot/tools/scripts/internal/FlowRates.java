package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;

/** Converts offered request rates into a flow's arriving users per second. */
final class FlowRates {

    private FlowRates() {
    }

    static double usersPerSecond(ScenarioSet scenarios, Flow flow, double rps) {
        return scenarios.usersPerSecondFor(rps) * scenarios.shareOf(flow);
    }

    static double start(ScenarioSet scenarios, Flow flow, Stage stage) {
        return usersPerSecond(scenarios, flow, stage.startRps());
    }

    static double end(ScenarioSet scenarios, Flow flow, Stage stage) {
        return usersPerSecond(scenarios, flow, stage.endRps());
    }
}
