package dev.benchpilot.tools.metrics;

import java.util.List;

/**
 * The figures of one group of flows that ran concurrently with the others in the same engine run (the reference's
 * parallel benchmarkers: read-heavy, write-heavy and mixed flows).
 *
 * @param flows     the flows in the group
 * @param rps       its requests over the run's duration
 * @param latencyMs requests with a response; null when none
 */
public record GroupMetrics(
        String name,
        List<String> flows,
        long requests,
        long failed,
        double errorRate,
        double rps,
        LatencySummary latencyMs) {

    public GroupMetrics {
        flows = List.copyOf(flows);
    }
}
