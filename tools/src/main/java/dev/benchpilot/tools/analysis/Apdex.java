package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.text.Numbers;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Apdex, the user-satisfaction index: (satisfied + tolerating / 2) / all, where satisfied answers took at most
 * T, tolerating at most 4T, and slower answers and failed requests frustrate. Ratings: Excellent ≥ 0.94,
 * Good ≥ 0.85, Fair ≥ 0.70, Poor ≥ 0.50, else Unacceptable.
 */
public record Apdex(double score, double thresholdMs, long satisfied, long tolerating, long frustrated, String rating) {

    public static final double DEFAULT_THRESHOLD_MS = 500;

    /**
     * @param answeredMicros latencies of the answered requests, in microseconds
     * @param failed         requests that failed (counted as frustrated, answered or not)
     * @return null when there were no requests
     */
    public static Apdex of(Histogram answeredMicros, long failed, double thresholdMs) {
        long total = answeredMicros.getTotalCount() + failed;
        if (total == 0) {
            return null;
        }
        long t = Math.round(thresholdMs * 1000);
        long satisfied = answeredMicros.getCountBetweenValues(0, t);
        long tolerating = answeredMicros.getCountBetweenValues(t + 1, 4 * t);
        long frustrated = total - satisfied - tolerating;
        double score = Math.round((satisfied + tolerating / 2.0) / total * 100) / 100.0;
        String rating = score >= 0.94
                ? "Excellent"
                : score >= 0.85 ? "Good" : score >= 0.70 ? "Fair" : score >= 0.50 ? "Poor" : "Unacceptable";
        return new Apdex(score, thresholdMs, satisfied, tolerating, frustrated, rating);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f (%s, T = %s ms)", score, rating, Numbers.plain(thresholdMs));
    }
}
