package dev.benchpilot.tools.monitor;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the target once a second from /proc (with a pid) and its Prometheus endpoint (with a URL) on one
 * daemon thread. Bounded: it stops by itself after {@code maxDuration}, and on {@link #close()}. A source that
 * fails is reported once in the warnings and sampled again the next second.
 */
public final class ResourceMonitor implements AutoCloseable {

    private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(2);
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final TargetWatch watch;
    private final long startNanos = System.nanoTime();
    private final List<ResourceSample> samples = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(SCRAPE_TIMEOUT).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "benchpilot-resource-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private ProcStats lastProc;
    private long lastProcNanos;
    private Double lastGcSum;
    private Double lastRequestCount;
    private Double lastAcquireSum;
    private Double lastAcquireCount;
    private Double lastUsageSum;
    private long lastScrapeNanos;

    private ResourceMonitor(TargetWatch watch) {
        this.watch = watch;
    }

    /** Starts sampling; checks the pid exists first ({@link IllegalArgumentException} if not). */
    public static ResourceMonitor start(TargetWatch watch, Duration maxDuration) {
        if (watch.pid() != null) {
            ProcStats.read(watch.pid());
        }
        ResourceMonitor monitor = new ResourceMonitor(watch);
        if (!watch.isEmpty()) {
            monitor.timer.scheduleAtFixedRate(monitor::sample, 0, 1, TimeUnit.SECONDS);
            monitor.timer.schedule(monitor.timer::shutdown, maxDuration.toMillis(), TimeUnit.MILLISECONDS);
        }
        return monitor;
    }

    private void sample() {
        long now = System.nanoTime();
        ResourceSample proc = proc(now);
        ResourceSample prom = prometheus(now);
        ResourceSample merged = new ResourceSample(
                (now - startNanos) / 1e9,
                proc == null ? null : proc.cpuFraction(),
                proc == null ? null : proc.rssBytes(),
                proc == null ? null : proc.threads(),
                proc == null ? null : proc.openFds(),
                proc == null ? null : proc.fdLimit(),
                proc == null ? Map.of() : proc.tcpByState(),
                prom == null ? null : prom.processCpuUsage(),
                prom == null ? null : prom.heapUsedBytes(),
                prom == null ? null : prom.gcPauseSeconds(),
                prom == null ? null : prom.poolActive(),
                prom == null ? null : prom.poolPending(),
                prom == null ? null : prom.poolMax(),
                prom == null ? null : prom.poolIdle(),
                prom == null ? null : prom.serverRequestsPerSecond(),
                prom == null ? null : prom.poolAcquireMillis(),
                prom == null ? null : prom.poolUtilisation());
        synchronized (samples) {
            samples.add(merged);
        }
    }

    private ResourceSample proc(long now) {
        if (watch.pid() == null) {
            return null;
        }
        try {
            ProcStats stats = ProcStats.read(watch.pid());
            Double cpu = null;
            if (lastProc != null && now > lastProcNanos) {
                double cpuSeconds = (stats.cpuTicks() - lastProc.cpuTicks()) / (double) ProcStats.TICKS_PER_SECOND;
                cpu = Math.round(cpuSeconds / ((now - lastProcNanos) / 1e9) / CORES * 1000) / 1000.0;
            }
            lastProc = stats;
            lastProcNanos = now;
            return new ResourceSample(
                    0,
                    cpu,
                    stats.rssBytes(),
                    stats.threads(),
                    stats.openFds(),
                    stats.fdLimit(),
                    stats.tcpByState(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        } catch (IllegalArgumentException e) {
            warn("process " + watch.pid() + ": " + e.getMessage());
            return null;
        }
    }

    private ResourceSample prometheus(long now) {
        if (watch.metricsUrl() == null) {
            return null;
        }
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(watch.metricsUrl())
                            .timeout(SCRAPE_TIMEOUT)
                            .header("Accept", "text/plain")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                warn("metrics URL " + watch.metricsUrl() + " answered " + response.statusCode());
                return null;
            }
            PrometheusText.Parsed parsed = PrometheusText.parse(response.body());
            double elapsed = lastScrapeNanos == 0 ? 0 : (now - lastScrapeNanos) / 1e9;
            Double gcSum = parsed.sum("jvm_gc_pause_seconds_sum");
            Double requests = parsed.sum("http_server_requests_seconds_count");
            Double gcDelta = gcSum != null && lastGcSum != null ? Math.max(0, gcSum - lastGcSum) : null;
            Double rate = requests != null && lastRequestCount != null && elapsed > 0
                    ? Math.max(0, requests - lastRequestCount) / elapsed
                    : null;
            Double acquireSum = parsed.sum("hikaricp_connections_acquire_seconds_sum");
            Double acquireCount = parsed.sum("hikaricp_connections_acquire_seconds_count");
            Double usageSum = parsed.sum("hikaricp_connections_usage_seconds_sum");
            Double poolMax = parsed.sum("hikaricp_connections_max");
            Double acquireMillis = delta(acquireSum, lastAcquireSum) != null
                            && delta(acquireCount, lastAcquireCount) != null
                            && delta(acquireCount, lastAcquireCount) > 0
                    ? delta(acquireSum, lastAcquireSum) / delta(acquireCount, lastAcquireCount) * 1000
                    : null;
            Double utilisation = delta(usageSum, lastUsageSum) != null && poolMax != null && poolMax > 0 && elapsed > 0
                    ? Math.min(1.0, delta(usageSum, lastUsageSum) / (elapsed * poolMax))
                    : null;
            lastGcSum = gcSum;
            lastRequestCount = requests;
            lastAcquireSum = acquireSum;
            lastAcquireCount = acquireCount;
            lastUsageSum = usageSum;
            lastScrapeNanos = now;
            return new ResourceSample(
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of(),
                    parsed.sum("process_cpu_usage"),
                    parsed.sum("jvm_memory_used_bytes", Map.of("area", "heap")),
                    gcDelta,
                    parsed.sum("hikaricp_connections_active"),
                    parsed.sum("hikaricp_connections_pending"),
                    poolMax,
                    parsed.sum("hikaricp_connections_idle"),
                    rate,
                    acquireMillis,
                    utilisation);
        } catch (java.io.IOException | RuntimeException e) {
            warn("metrics URL " + watch.metricsUrl() + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Double delta(Double now, Double before) {
        return now == null || before == null ? null : Math.max(0, now - before);
    }

    private void warn(String message) {
        synchronized (samples) {
            warnings.add(message);
        }
    }

    /** Everything sampled so far. */
    public ResourceTimeline timeline() {
        List<String> sources = new ArrayList<>();
        if (watch.pid() != null) {
            sources.add("/proc pid " + watch.pid());
        }
        if (watch.metricsUrl() != null) {
            sources.add("prometheus " + watch.metricsUrl());
        }
        synchronized (samples) {
            return new ResourceTimeline(samples, sources, List.copyOf(warnings), null, List.of());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
