package dev.benchpilot.tools.metrics;

/**
 * One second of a run, for live progress and time-series charts. Requests count in the second they
 * were sent; latencies in the second they completed.
 *
 * @param second       whole seconds since the run started (0 is the first second)
 * @param offeredRps   the rate the load profile asked for in this second
 * @param achievedRps  requests actually sent in this second
 * @param completedRps responses (or failures) that completed in this second
 * @param errors       failed requests that completed in this second
 * @param p50          null when nothing completed in this second
 */
public record IntervalMetrics(long second, double offeredRps, long achievedRps, long completedRps, long errors,
                              Double p50, Double p95, Double p99) {
}
