package dev.benchpilot.agents.execution;

import java.time.Duration;

/**
 * The limits the orchestrator sets on an adaptive stress search: the agent picks the rates, within these.
 *
 * @param startRps   the first rate offered
 * @param maxRps     no step offers more than this
 * @param loadBudget the search stops before its steps' load would add up to more than this
 * @param slaP95Ms   a p95 limit that also counts as a breaking signal, or null
 */
public record StressBounds(double startRps, double maxRps, Duration loadBudget, Double slaP95Ms) {
    public StressBounds {
        if (startRps <= 0 || maxRps < startRps) {
            throw new IllegalArgumentException("stress bounds need 0 < start rate <= maximum rate");
        }
    }
}
