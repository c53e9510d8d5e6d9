package dev.benchpilot.tools.metrics;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The raw latency histograms (microseconds) behind a {@link LoadMetrics}: what lets runs be merged,
 * stored and compared without re-reading percentiles of percentiles. Copies; safe to keep.
 *
 * @param all        every answered request
 * @param measured   answered requests of the measured stages at the target rate
 * @param byEndpoint answered requests per endpoint key ({@code GET /products})
 */
public record RecordedHistograms(Histogram all, Histogram measured, Map<String, Histogram> byEndpoint) {

    public RecordedHistograms {
        byEndpoint = Map.copyOf(byEndpoint);
    }

    /** Empty histograms, the identity of {@link #plus}. */
    public static RecordedHistograms empty() {
        return new RecordedHistograms(
                LatencySummary.newHistogramMicros(), LatencySummary.newHistogramMicros(), Map.of());
    }

    /** This and {@code other} added together; {@code other}'s measured values count only when {@code countMeasured}. */
    public RecordedHistograms plus(RecordedHistograms other, boolean countMeasured) {
        Histogram sumAll = all.copy();
        sumAll.add(other.all);
        Histogram sumMeasured = measured.copy();
        if (countMeasured) {
            sumMeasured.add(other.measured);
        }
        Map<String, Histogram> endpoints = new TreeMap<>();
        byEndpoint.forEach((key, histogram) -> endpoints.put(key, histogram.copy()));
        other.byEndpoint.forEach((key, histogram) -> endpoints.merge(key, histogram.copy(), (a, b) -> {
            a.add(b);
            return a;
        }));
        return new RecordedHistograms(sumAll, sumMeasured, endpoints);
    }
}
