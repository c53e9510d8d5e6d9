package dev.benchpilot.agents.scenario;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.util.List;

/**
 * @param hasCredentials whether a test user was supplied, so flows may log in
 * @param hasAuthHeader  whether a static auth header was supplied ({@code --auth-header}), so flows may call
 *                       endpoints that need auth without logging in
 * @param writeExisting  whether flows may change or delete data that existed before the run ({@code --write-existing});
 *                       by default only what a journey created is changed or deleted
 */
public record ScenarioRequest(
        List<Endpoint> endpoints,
        LoadPattern pattern,
        double targetRps,
        boolean hasCredentials,
        boolean hasAuthHeader,
        boolean writeExisting) {
    public ScenarioRequest {
        endpoints = List.copyOf(endpoints);
    }

    public ScenarioRequest(
            List<Endpoint> endpoints,
            LoadPattern pattern,
            double targetRps,
            boolean hasCredentials,
            boolean hasAuthHeader) {
        this(endpoints, pattern, targetRps, hasCredentials, hasAuthHeader, false);
    }

    public ScenarioRequest(List<Endpoint> endpoints, LoadPattern pattern, double targetRps, boolean hasCredentials) {
        this(endpoints, pattern, targetRps, hasCredentials, false);
    }
}
