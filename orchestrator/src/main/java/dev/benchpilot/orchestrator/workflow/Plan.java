package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.scenario.ScenarioDraft;
import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.probe.HealthCheck;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.time.Duration;

/**
 * What phase 0 decided, shown at the checkpoint and written to {@code plan.json}.
 *
 * @param toolReason why this engine was chosen
 * @param sla        the service levels the run is checked against (also the k6 script's thresholds), or null
 * @param workers    distributed engine processes (Locust workers; the k6-operator parallelism written); 0 for none
 * @param scenarios  the drafted flows (reviewable at the checkpoint; no request is sent before confirmation
 *                   except the health check)
 */
public record Plan(String runId, String target, String pattern, String tool, String toolReason, double targetRps,
                   Duration duration, LoadProfile profile, HealthCheck.Result health, DetectionResult detection,
                   ScenarioDraft scenarios, StressPlan search, Sla sla, int workers) {

    /**
     * The bounds of an adaptive stress search; the profile then only shapes the scripts written for running by hand.
     *
     * @param description the search in words, for the checkpoint and the reports
     */
    public record StressPlan(double startRps, double maxRps, Duration loadBudget, String description) {
    }
}
