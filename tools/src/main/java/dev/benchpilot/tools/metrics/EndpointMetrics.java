package dev.benchpilot.tools.metrics;

import java.util.Map;

/** The figures of one endpoint over the whole run. */
public record EndpointMetrics(
        String endpointKey,
        long requests,
        long failed,
        double errorRate,
        Map<String, Long> byStatus,
        LatencySummary latencyMs) {

    public String method() {
        return endpointKey.substring(0, endpointKey.indexOf(' '));
    }

    public String path() {
        return endpointKey.substring(endpointKey.indexOf(' ') + 1);
    }
}
