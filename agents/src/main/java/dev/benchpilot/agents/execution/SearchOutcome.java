package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.analysis.StressSearch;
import java.util.List;

/**
 * What an adaptive stress search did: each step in the order run, and why it stopped.
 *
 * @param loadSeconds the seconds of load the steps took, ramps included
 */
public record SearchOutcome(
        List<StressSearch.Step> steps, String stopReason, Double lastGoodRps, Double firstBadRps, double loadSeconds) {
    public SearchOutcome {
        steps = List.copyOf(steps);
    }

    /** The lowest rate the load generator could not offer, or null when it kept up with every step. */
    public Double generatorLimitRps() {
        return steps.stream()
                .filter(StressSearch.Step::generatorLimited)
                .map(StressSearch.Step::offeredRps)
                .min(Double::compare)
                .orElse(null);
    }
}
