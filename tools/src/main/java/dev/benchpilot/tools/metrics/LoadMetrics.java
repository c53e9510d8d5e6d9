package dev.benchpilot.tools.metrics;

import java.util.List;
import java.util.Map;

/**
 * Everything an engine run measured, recorded by benchpilot itself into HdrHistograms.
 *
 * @param durationSeconds   from the first scheduled request to the last completion
 * @param achievedRps       requests answered (any HTTP status) out of those sent in the windows of the measured
 *     stages at
 *                          the target rate, over their length: a run whose requests all failed to connect achieved 0
 *                          (for stress and spike: the 1x stages; every level has its own figure in {@code stages});
 *                          null without any
 * @param latencyMs         all requests with a response, whole run; null when none
 * @param measuredLatencyMs requests sent in those same windows ("under load" at the target rate); null when none
 * @param byStatus          status code (as text; "0" = no response) to count
 * @param groups            the flows' groups (read-heavy, write-heavy, mixed) that ran concurrently, each with its own
 *                          figures; empty when the engine did not say which flow sent a request
 */
public record LoadMetrics(
        double durationSeconds,
        long requests,
        long failed,
        double errorRate,
        Double achievedRps,
        Map<String, Long> byStatus,
        LatencySummary latencyMs,
        LatencySummary measuredLatencyMs,
        List<StageMetrics> stages,
        List<EndpointMetrics> endpoints,
        List<IntervalMetrics> intervals,
        List<GroupMetrics> groups,
        Map<String, Long> scenarioErrors) {

    public LoadMetrics(
            double durationSeconds,
            long requests,
            long failed,
            double errorRate,
            Double achievedRps,
            Map<String, Long> byStatus,
            LatencySummary latencyMs,
            LatencySummary measuredLatencyMs,
            List<StageMetrics> stages,
            List<EndpointMetrics> endpoints,
            List<IntervalMetrics> intervals,
            List<GroupMetrics> groups) {
        this(
                durationSeconds,
                requests,
                failed,
                errorRate,
                achievedRps,
                byStatus,
                latencyMs,
                measuredLatencyMs,
                stages,
                endpoints,
                intervals,
                groups,
                Map.of());
    }

    public LoadMetrics(
            double durationSeconds,
            long requests,
            long failed,
            double errorRate,
            Double achievedRps,
            Map<String, Long> byStatus,
            LatencySummary latencyMs,
            LatencySummary measuredLatencyMs,
            List<StageMetrics> stages,
            List<EndpointMetrics> endpoints,
            List<IntervalMetrics> intervals) {
        this(
                durationSeconds,
                requests,
                failed,
                errorRate,
                achievedRps,
                byStatus,
                latencyMs,
                measuredLatencyMs,
                stages,
                endpoints,
                intervals,
                List.of());
    }

    public LoadMetrics {
        groups = groups == null ? List.of() : List.copyOf(groups);
        scenarioErrors = scenarioErrors == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(scenarioErrors));
        byStatus = Map.copyOf(byStatus);
        stages = List.copyOf(stages);
        endpoints = List.copyOf(endpoints);
        intervals = List.copyOf(intervals);
    }

    /** How many steps were not sent for a missing value, all names together. */
    public long scenarioErrorCount() {
        return scenarioErrors.values().stream().mapToLong(Long::longValue).sum();
    }
}
