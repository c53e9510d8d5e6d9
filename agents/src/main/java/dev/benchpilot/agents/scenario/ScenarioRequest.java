package dev.benchpilot.agents.scenario;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.util.List;

/**
 * @param hasCredentials whether a test user was supplied, so flows may log in
 */
public record ScenarioRequest(List<Endpoint> endpoints, LoadPattern pattern, double targetRps, boolean hasCredentials) {
    public ScenarioRequest {
        endpoints = List.copyOf(endpoints);
    }
}
