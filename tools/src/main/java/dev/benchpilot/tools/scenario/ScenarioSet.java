package dev.benchpilot.tools.scenario;

import java.time.Duration;
import java.util.List;

/**
 * The flows of one benchmark and how they share the offered load.
 *
 * <p>Under an open model at {@code rps} requests per second, users arrive at
 * {@code rps / expectedRequestsPerUser()} per second and pick a flow by weight.
 */
public record ScenarioSet(List<Flow> flows, ThinkTime thinkTime, List<String> notes) {

    public ScenarioSet {
        flows = List.copyOf(flows);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("a scenario set needs at least one flow");
        }
    }

    public int totalWeight() {
        return flows.stream().mapToInt(Flow::weight).sum();
    }

    /** The share of arriving users that follow {@code flow}, in (0, 1]. */
    public double shareOf(Flow flow) {
        return (double) flow.weight() / totalWeight();
    }

    /** The expected requests one arriving user sends, over the flow mix. */
    public double expectedRequestsPerUser() {
        return flows.stream()
                .mapToDouble(f -> shareOf(f) * f.expectedRequests())
                .sum();
    }

    /** Users per second to start so that {@code rps} requests per second are offered. */
    public double usersPerSecondFor(double rps) {
        return rps / expectedRequestsPerUser();
    }

    /** Each endpoint's expected share of all requests under this mix, summing to 1. */
    public java.util.Map<String, Double> requestShares() {
        java.util.Map<String, Double> shares = new java.util.TreeMap<>();
        double perUser = expectedRequestsPerUser();
        for (Flow flow : flows) {
            for (Step step : flow.steps()) {
                shares.merge(step.endpointKey(), shareOf(flow) * step.probability() / perUser, Double::sum);
            }
        }
        return shares;
    }

    /**
     * The longest flow's think time: after a change of the offered rate, the request rate follows only once
     * users that arrived at the new rate have reached their last step.
     */
    public Duration settleTime() {
        double longest = flows.stream()
                .mapToDouble(f -> f.steps().stream()
                        .filter(Step::thinkAfter)
                        .mapToDouble(Step::probability)
                        .sum())
                .max()
                .orElse(0);
        return Duration.ofMillis(Math.round(longest * thinkTime.mean().toMillis()));
    }

    /** How long an average journey lasts, counting only think times: the time load takes to settle. */
    public Duration expectedJourney() {
        double pauses = flows.stream()
                .mapToDouble(f -> shareOf(f)
                        * f.steps().stream()
                                .filter(Step::thinkAfter)
                                .mapToDouble(Step::probability)
                                .sum())
                .sum();
        return Duration.ofMillis(Math.round(pauses * thinkTime.mean().toMillis()));
    }
}
