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
 * @param completedRps       requests that finished (answered, failed or timed out) in the window, per second: the
 *                           target's throughput; null when the engine did not report completion times
 * @param schedule           how well the generator kept its plan in the window; null when the engine does not say
 */
public record StageMetrics(
        String name,
        boolean measured,
        double windowStartSeconds,
        double windowEndSeconds,
        double offeredRps,
        double achievedRps,
        long requests,
        long failed,
        long unanswered,
        double errorRate,
        LatencySummary latencyMs,
        Double completedRps,
        ScheduleLag schedule) {

    /** A stage whose generator schedule is not known. */
    public StageMetrics(
            String name,
            boolean measured,
            double windowStartSeconds,
            double windowEndSeconds,
            double offeredRps,
            double achievedRps,
            long requests,
            long failed,
            long unanswered,
            double errorRate,
            LatencySummary latencyMs,
            Double completedRps) {
        this(
                name,
                measured,
                windowStartSeconds,
                windowEndSeconds,
                offeredRps,
                achievedRps,
                requests,
                failed,
                unanswered,
                errorRate,
                latencyMs,
                completedRps,
                null);
    }

    /** A stage whose completion rate is not known. */
    public StageMetrics(
            String name,
            boolean measured,
            double windowStartSeconds,
            double windowEndSeconds,
            double offeredRps,
            double achievedRps,
            long requests,
            long failed,
            long unanswered,
            double errorRate,
            LatencySummary latencyMs) {
        this(
                name,
                measured,
                windowStartSeconds,
                windowEndSeconds,
                offeredRps,
                achievedRps,
                requests,
                failed,
                unanswered,
                errorRate,
                latencyMs,
                null);
    }
}
