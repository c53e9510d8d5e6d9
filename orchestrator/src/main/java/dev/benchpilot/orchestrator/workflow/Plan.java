package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.scenario.ScenarioDraft;
import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.probe.HealthCheck;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.UserLoad;
import java.time.Duration;

/**
 * What phase 0 decided, shown at the checkpoint and written to {@code plan.json}.
 *
 * @param toolReason why this engine was chosen
 * @param sla        the service levels the run is checked against (also the k6 script's thresholds), or null
 * @param workers    distributed engine processes (Locust workers; the k6-operator parallelism written); 0 for none
 * @param scenarios  the drafted flows (reviewable at the checkpoint; no request is sent before confirmation
 *                   except the health check)
 * @param connections how the engine holds its connections (shared keep-alive or per user), in words
 * @param users      the concurrent users {@code targetRps} was sized from ({@code --users}), or null when a rate
 *     was given
 */
public record Plan(
        String runId,
        String target,
        String pattern,
        String tool,
        String toolReason,
        double targetRps,
        Duration duration,
        LoadProfile profile,
        HealthCheck.Result health,
        DetectionResult detection,
        ScenarioDraft scenarios,
        StressPlan search,
        Sla sla,
        int workers,
        UserLoad users,
        String connections) {

    /**
     * What the run will write, for the checkpoint: {@code writes: creates owners, pets; changes and deletes only what
     * it created}.
     */
    public String writes() {
        return dev.benchpilot.agents.scenario.WriteSummary.in(scenarios.scenarios());
    }

    /** The user sizing for plan.json and the API: null when the load was given as a rate. */
    public java.util.Map<String, Object> usersView() {
        if (users == null) {
            return null;
        }
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("users", users.users());
        view.put("requestsPerJourney", users.requestsPerJourney());
        view.put("journeySeconds", users.journeySeconds());
        view.put("rps", users.rps());
        view.put("description", users.description());
        return view;
    }

    /**
     * The bounds of an adaptive stress search; the profile then only shapes the scripts written for running by hand.
     *
     * @param description the search in words, for the checkpoint and the reports
     */
    public record StressPlan(double startRps, double maxRps, Duration loadBudget, String description) {}
}
