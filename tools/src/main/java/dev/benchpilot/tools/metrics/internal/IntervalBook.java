package dev.benchpilot.tools.metrics.internal;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One-second intervals: sends counted by send time, latencies by completion time. A second is summarised
 * when it closes and its histogram is dropped, so a long soak keeps one small record per second.
 * Not thread-safe; guarded by the recorder.
 */
public final class IntervalBook {

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final long startNanos;
    private final LoadProfile profile;
    private final Map<Long, Long> sentLive = new HashMap<>();
    private final Map<Long, Long> sentRecorded = new HashMap<>();
    private final List<IntervalMetrics> closed = new ArrayList<>();
    private Histogram open = new Histogram(1, 3_600_000_000L, 2);
    private long openSecond;
    private long openCompleted;
    private long openErrors;
    private long openConnectionFailures;

    public IntervalBook(long startNanos, LoadProfile profile) {
        this.startNanos = startNanos;
        this.profile = profile;
    }

    public void markSent(long sentNanos) {
        sentLive.merge(secondOf(sentNanos), 1L, Long::sum);
    }

    public void record(long sentNanos, long completedNanos, long latencyMicros, boolean responded, boolean failure) {
        sentRecorded.merge(secondOf(sentNanos), 1L, Long::sum);
        // a completion that lands in an already closed second counts in the open one
        openCompleted++;
        if (failure) {
            openErrors++;
        }
        if (!responded && latencyMicros < 1_000_000) {
            openConnectionFailures++;
        }
        if (responded) {
            open.recordValue(Math.min(latencyMicros, open.getHighestTrackableValue()));
        }
    }

    public List<IntervalMetrics> closeBefore(long nowNanos) {
        long nowSecond = secondOf(nowNanos);
        List<IntervalMetrics> fresh = new ArrayList<>();
        while (openSecond < nowSecond) {
            LatencySummary latency = LatencySummary.of(open);
            long sent = Math.max(sentLive.getOrDefault(openSecond, 0L), sentRecorded.getOrDefault(openSecond, 0L));
            IntervalMetrics interval = new IntervalMetrics(
                    openSecond,
                    offeredAt(openSecond),
                    sent,
                    openCompleted,
                    openErrors,
                    latency == null ? null : latency.p50(),
                    latency == null ? null : latency.p95(),
                    latency == null ? null : latency.p99(),
                    openConnectionFailures);
            closed.add(interval);
            fresh.add(interval);
            open = new Histogram(1, 3_600_000_000L, 2);
            openCompleted = 0;
            openErrors = 0;
            openConnectionFailures = 0;
            openSecond++;
        }
        return fresh;
    }

    /** The closed intervals with each second's send count as finally recorded. */
    public List<IntervalMetrics> finalIntervals() {
        return closed.stream()
                .map(i -> new IntervalMetrics(
                        i.second(),
                        i.offeredRps(),
                        sentRecorded.getOrDefault(i.second(), 0L),
                        i.completedRps(),
                        i.errors(),
                        i.p50(),
                        i.p95(),
                        i.p99(),
                        i.connectionFailures()))
                .toList();
    }

    private double offeredAt(long second) {
        return Math.round(profile.rpsAt(Duration.ofMillis(second * 1000 + 500)) * 100.0) / 100.0;
    }

    private long secondOf(long nanos) {
        return Math.max(0, Math.floorDiv(nanos - startNanos, SECOND_NANOS));
    }
}
