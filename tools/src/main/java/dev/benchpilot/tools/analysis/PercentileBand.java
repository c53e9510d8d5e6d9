package dev.benchpilot.tools.analysis;

import org.HdrHistogram.Histogram;

/**
 * A distribution-free 95% confidence interval of a percentile, from order statistics: with n samples the
 * rank of the q-quantile is n·q ± 1.96·√(n·q·(1−q)), read back as values from the histogram. It is how wide a
 * p99 of 500 requests really is, and so what change of it is noise.
 */
public record PercentileBand(double lowMs, double highMs) {

    /** The band of {@code percentile} (e.g. 99.0) in a histogram of microseconds, or null when it is empty. */
    public static PercentileBand of(Histogram histogramMicros, double percentile) {
        long n = histogramMicros.getTotalCount();
        if (n == 0) {
            return null;
        }
        double q = percentile / 100.0;
        double spread = 1.96 * Math.sqrt(n * q * (1 - q));
        double lowRank = Math.max(0, n * q - spread);
        double highRank = Math.min(n, n * q + spread + 1);
        return new PercentileBand(
                histogramMicros.getValueAtPercentile(100.0 * lowRank / n) / 1000.0,
                histogramMicros.getValueAtPercentile(Math.min(100.0, 100.0 * highRank / n)) / 1000.0);
    }
}
