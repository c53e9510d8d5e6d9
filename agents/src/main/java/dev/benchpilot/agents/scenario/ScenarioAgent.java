package dev.benchpilot.agents.scenario;

/** Designs the user flows of a benchmark from the detected endpoints. */
public interface ScenarioAgent {

    ScenarioDraft design(ScenarioRequest request);
}
