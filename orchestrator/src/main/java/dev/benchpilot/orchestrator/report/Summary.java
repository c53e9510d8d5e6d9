package dev.benchpilot.orchestrator.report;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.analysis.Todo;
import dev.benchpilot.tools.analysis.SlaCheck;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the stable, versioned contract CI jobs, the dashboard and the history store read
 * (docs/design.md, "Contracts others build on"). Every field is always present; what a run did not measure is null.
 * Latencies in milliseconds, rates per second, error rates as fractions.
 */
public record Summary(
        int schemaVersion,
        String runId,
        String status,
        String pattern,
        String tool,
        String target,
        Instant startedAt,
        Instant finishedAt,
        Double targetRps,
        Double achievedRps,
        Requests requests,
        Latency latencyMs,
        List<StageEntry> stages,
        List<EndpointEntry> endpoints,
        List<GroupEntry> groups,
        Capacity capacity,
        List<Bottleneck> bottlenecks,
        List<Todo> todos,
        Comparison comparison,
        Map<String, AgentActivity> agents,
        List<String> warnings,
        List<String> artifacts,
        SlaOutcome sla,
        List<FailsWithoutLoad> failsWithoutLoad,
        Generator generator) {

    /**
     * The load generator's account of itself (an addition to the first specification's field list; null before the load ran).
     *
     * @param connections   how it held connections: {@code shared: …} or {@code per-user: …}
     * @param limited       true when a level was generator-limited: its figures describe the generator, not the target
     * @param limitedAtRps  the lowest rate it could not offer, or null
     * @param heldRps       the highest rate below that which the target held (capacity is at least this), or null
     * @param reasons       what the generator measured on itself where it was limited
     * @param advice        what to do to measure beyond it, or null when it kept up
     * @param scheduleLagMs the worst measured stage's lag of user starts behind the plan (p50, p95, p99 as {@code
     *     UnderLoad}
     *                      fields), or null when the engine does not report when it started users
     */
    public record Generator(
            String connections,
            boolean limited,
            Double limitedAtRps,
            Double heldRps,
            List<String> reasons,
            String advice,
            UnderLoad scheduleLagMs) {}

    /**
     * A step the functional pre-flight found failing with no load, left out of the load (null before the pre-flight
     * ran).
     *
     * @param status the HTTP status, 0 when no answer came, -1 when the step could not be sent (a value was missing)
     */
    public record FailsWithoutLoad(String flow, String endpoint, int status, String excerpt) {}

    /**
     * The SLA checked at the end (an addition to the first specification's field list; null when the run had no SLA).
     *
     * @param passed false when any clause was breached; a clause that could not be measured is not a pass
     */
    public record SlaOutcome(boolean passed, List<SlaCheck.Result> clauses) {}

    /**
     * @param scenarioErrors steps not sent because a value an earlier step should have captured was missing, by
     *                       {@code "POST /visits: petId not captured"}; not requests, not in {@code failed}
     */
    public record Requests(
            long total, long failed, double errorRate, Map<String, Long> byStatus, Map<String, Long> scenarioErrors) {}

    public record Latency(NoLoad noLoad, UnderLoad underLoad) {}

    public record NoLoad(double p50, double p95, double p99) {}

    public record UnderLoad(
            double min,
            double mean,
            double stddev,
            double p50,
            double p90,
            double p95,
            double p99,
            double p999,
            double max) {}

    public record StageEntry(
            String name, double offeredRps, double achievedRps, UnderLoad latencyMs, double errorRate) {}

    public record EndpointEntry(String method, String path, long requests, UnderLoad latencyMs, double errorRate) {}

    /**
     * A group of flows that ran concurrently with the others (read-heavy, write-heavy, mixed): an addition to the
     * first specification's field list. Empty for an adaptive stress search, whose steps are judged as a whole.
     */
    public record GroupEntry(
            String name, List<String> flows, long requests, double rps, UnderLoad latencyMs, double errorRate) {}

    /** Not measured by a single load level; null fields until a stress search fills them. */
    public record Capacity(
            Double comfortableRps, Double maximumRps, Double breakingPointRps, String criteria, String model) {}

    public record Bottleneck(String resource, String evidence, Double atRps) {}

    public record Comparison(String baselineRunId, Map<String, Double> deltas, List<String> regressions) {}
}
