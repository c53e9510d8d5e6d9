package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.monitor.ResourceSample;

/**
 * One second of the target's resources, as the bottleneck analysis reads them; every field null when it
 * was not sampled. Filled from whatever monitor sources a run had (/proc for a pid, Prometheus metrics).
 *
 * @param seconds     seconds since the load's time zero
 * @param cpuFraction the target's CPU use as a fraction of all cores of its machine (1.0 = all busy)
 * @param memoryBytes heap in use when known, else resident memory
 * @param poolActive  connections in use in the target's database pool
 * @param poolPending requests waiting for a connection
 * @param poolMax     the pool's size
 * @param poolAcquireMillis mean wait for a connection in that second
 * @param poolUtilisation   share of the pool's connection-seconds in use in that second
 */
public record TargetSample(
        double seconds,
        Double cpuFraction,
        Double memoryBytes,
        Double poolActive,
        Double poolPending,
        Double poolMax,
        Double openFds,
        Double fdLimit,
        Double threads,
        Double poolAcquireMillis,
        Double poolUtilisation) {

    /** The fields the analysis reads, shifted by {@code offsetSeconds} onto the load's time axis. */
    public static TargetSample from(ResourceSample sample, double offsetSeconds) {
        return new TargetSample(
                sample.seconds() + offsetSeconds,
                sample.cpu(),
                sample.memoryBytes(),
                sample.poolActive(),
                sample.poolPending(),
                sample.poolMax(),
                sample.openFds() == null ? null : sample.openFds().doubleValue(),
                sample.fdLimit() == null ? null : sample.fdLimit().doubleValue(),
                sample.threads() == null ? null : sample.threads().doubleValue(),
                sample.poolAcquireMillis(),
                sample.poolUtilisation());
    }
}
