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
 * @param connectionFailures requests that completed in this second without a response less than a second after they
 *                           were sent: refused or reset connections (a timeout takes longer), the sign of a target
 *                           that is gone rather than slow
 */
public record IntervalMetrics(
        long second,
        double offeredRps,
        long achievedRps,
        long completedRps,
        long errors,
        Double p50,
        Double p95,
        Double p99,
        long connectionFailures) {

    /** A second whose connection failures were not counted. */
    public IntervalMetrics(
            long second,
            double offeredRps,
            long achievedRps,
            long completedRps,
            long errors,
            Double p50,
            Double p95,
            Double p99) {
        this(second, offeredRps, achievedRps, completedRps, errors, p50, p95, p99, 0);
    }

    /** The same second, {@code seconds} later on the time axis. */
    public IntervalMetrics shifted(long seconds) {
        return new IntervalMetrics(
                second + seconds, offeredRps, achievedRps, completedRps, errors, p50, p95, p99, connectionFailures);
    }

    /** True when requests completed in this second and none of them got through to the target. */
    public boolean nothingConnected() {
        return completedRps > 0 && connectionFailures == completedRps;
    }
}
