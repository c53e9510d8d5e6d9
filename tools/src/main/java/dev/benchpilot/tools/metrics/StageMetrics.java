package dev.benchpilot.tools.metrics;

/**
 * The figures of one load stage, over its measurement window: the stage minus the time the load takes
 * to settle after a rate change (an average user journey), so that a ramp-in does not read as a shortfall.
 *
 * @param windowStartSeconds start of the measurement window, in seconds since the run started
 * @param windowEndSeconds   end of the measurement window
 * @param offeredRps         the profile's mean rate over the window
 * @param achievedRps        requests sent in the window divided by its length
 * @param unanswered         requests sent in the window that got no response (timeouts, connection errors)
 * @param latencyMs          latencies of requests sent in the window; null when none completed
 */
public record StageMetrics(String name, boolean measured, double windowStartSeconds, double windowEndSeconds,
                           double offeredRps, double achievedRps, long requests, long failed, long unanswered,
                           double errorRate, LatencySummary latencyMs) {
}
