package dev.benchpilot.agents.scenario;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.util.List;

/**
 * @param hasCredentials whether a test user was supplied, so flows may log in
 * @param hasAuthHeader  whether a static auth header was supplied ({@code --auth-header}), so flows may call
 *                       endpoints that need auth without logging in
 */
public record ScenarioRequest(List<Endpoint> endpoints, LoadPattern pattern, double targetRps, boolean hasCredentials,
                              boolean hasAuthHeader) {
    public ScenarioRequest {
        endpoints = List.copyOf(endpoints);
    }

    public ScenarioRequest(List<Endpoint> endpoints, LoadPattern pattern, double targetRps, boolean hasCredentials) {
        this(endpoints, pattern, targetRps, hasCredentials, false);
    }
}
