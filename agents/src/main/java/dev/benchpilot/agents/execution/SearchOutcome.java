package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.analysis.StressSearch;
import java.util.List;

/**
 * What an adaptive stress search did: each step in the order run, and why it stopped.
 *
 * @param loadSeconds the seconds of load the steps took, ramps included
 */
public record SearchOutcome(List<StressSearch.Step> steps, String stopReason, Double lastGoodRps, Double firstBadRps,
                            double loadSeconds) {
    public SearchOutcome {
        steps = List.copyOf(steps);
    }
}
