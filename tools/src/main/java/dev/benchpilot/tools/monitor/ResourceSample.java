package dev.benchpilot.tools.monitor;

import java.util.Map;

/**
 * One second of the target's resources. Every field is null when its source was not given or did not say.
 *
 * @param seconds              seconds since the monitor started
 * @param cpuFraction          CPU use from /proc as a fraction of all cores of the machine (1.0 = all busy)
 * @param rssBytes             resident memory
 * @param tcpByState           the process's TCP connections by state (ESTABLISHED, TIME_WAIT, ...)
 * @param processCpuUsage      Prometheus {@code process_cpu_usage} (fraction of all cores)
 * @param heapUsedBytes        Prometheus {@code jvm_memory_used_bytes{area="heap"}}, summed over pools
 * @param gcPauseSeconds       GC pause time in this second, from {@code jvm_gc_pause_seconds_sum}
 * @param poolActive           {@code hikaricp_connections_active}
 * @param poolPending          {@code hikaricp_connections_pending}
 * @param poolMax              {@code hikaricp_connections_max}
 * @param serverRequestsPerSecond {@code http_server_requests_seconds_count} per second
 * @param poolAcquireMillis    mean wait for a connection in this second ({@code hikaricp_connections_acquire_seconds})
 * @param poolUtilisation      share of the pool's connection-seconds in use in this second ({@code
 *     hikaricp_connections_usage_seconds_sum}
 *                             over pool size), which sees a busy pool between samples
 */
public record ResourceSample(
        double seconds,
        Double cpuFraction,
        Long rssBytes,
        Integer threads,
        Integer openFds,
        Long fdLimit,
        Map<String, Integer> tcpByState,
        Double processCpuUsage,
        Double heapUsedBytes,
        Double gcPauseSeconds,
        Double poolActive,
        Double poolPending,
        Double poolMax,
        Double poolIdle,
        Double serverRequestsPerSecond,
        Double poolAcquireMillis,
        Double poolUtilisation) {

    public ResourceSample {
        tcpByState = tcpByState == null ? Map.of() : Map.copyOf(tcpByState);
    }

    /** CPU use from /proc when sampled, else from Prometheus. */
    public Double cpu() {
        return cpuFraction != null ? cpuFraction : processCpuUsage;
    }

    /** Heap in use when known, else resident memory. */
    public Double memoryBytes() {
        return heapUsedBytes != null ? heapUsedBytes : rssBytes == null ? null : rssBytes.doubleValue();
    }
}
