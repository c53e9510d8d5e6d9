package dev.benchpilot.tools.metrics;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles in milliseconds, read from an HdrHistogram recorded in microseconds. This is
 * the only place benchpilot turns recorded latencies into percentiles.
 */
public record LatencySummary(
        long count,
        double min,
        double mean,
        double stddev,
        double p50,
        double p90,
        double p95,
        double p99,
        double p999,
        double max) {

    private static final double MICROS_PER_MILLI = 1000.0;

    /** The summary of {@code histogramMicros}, or null when it holds no value. */
    public static LatencySummary of(Histogram histogramMicros) {
        if (histogramMicros.getTotalCount() == 0) {
            return null;
        }
        return new LatencySummary(
                histogramMicros.getTotalCount(),
                ms(histogramMicros.getMinValue()),
                round(histogramMicros.getMean() / MICROS_PER_MILLI),
                round(histogramMicros.getStdDeviation() / MICROS_PER_MILLI),
                ms(histogramMicros.getValueAtPercentile(50)),
                ms(histogramMicros.getValueAtPercentile(90)),
                ms(histogramMicros.getValueAtPercentile(95)),
                ms(histogramMicros.getValueAtPercentile(99)),
                ms(histogramMicros.getValueAtPercentile(99.9)),
                ms(histogramMicros.getMaxValue()));
    }

    /** A histogram able to hold latencies from 1 microsecond to one hour at 3 significant digits. */
    public static Histogram newHistogramMicros() {
        return new Histogram(1, 3_600_000_000L, 3);
    }

    private static double ms(long micros) {
        return round(micros / MICROS_PER_MILLI);
    }

    /** Microsecond resolution, expressed in milliseconds. */
    private static double round(double millis) {
        return Math.round(millis * 1000.0) / 1000.0;
    }
}
