package dev.benchpilot.tools.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a run with an earlier one of the same target and pattern. A change is a regression only when it is
 * larger than run-to-run noise. Latency (p95, p99): when both runs' histograms are known, the 95% confidence
 * bands of the percentile ({@link PercentileBand}) must not overlap, and the change must also exceed
 * {@value #LATENCY_FLOOR} relative and {@value #LATENCY_FLOOR_MS} ms; without bands, the change must exceed
 * {@value #LATENCY_NOISE}. The breaking point must drop by more than {@value #CAPACITY_NOISE} (the adaptive
 * search's own precision); the error rate must rise by more than {@value #ERROR_RATE_NOISE} (absolute).
 */
public final class RunComparison {

    public static final double LATENCY_NOISE = 0.25;
    public static final double LATENCY_FLOOR = 0.10;
    public static final double LATENCY_FLOOR_MS = 1.0;
    public static final double CAPACITY_NOISE = 0.10;
    public static final double ERROR_RATE_NOISE = 0.01;

    /**
     * The figures of one run that are compared; null where the run did not measure them.
     *
     * @param p95Band the 95% confidence band of the p95, or null when the histogram is not known
     */
    public record Figures(
            String runId,
            String startedAt,
            Double achievedRps,
            Double p50Ms,
            Double p95Ms,
            Double p99Ms,
            Double errorRate,
            Double breakingPointRps,
            PercentileBand p95Band,
            PercentileBand p99Band) {

        public Figures(
                String runId,
                String startedAt,
                Double achievedRps,
                Double p50Ms,
                Double p95Ms,
                Double p99Ms,
                Double errorRate,
                Double breakingPointRps) {
            this(runId, startedAt, achievedRps, p50Ms, p95Ms, p99Ms, errorRate, breakingPointRps, null, null);
        }
    }

    /**
     * @param deltas      relative changes in percent for rates and latencies ({@code p95Ms: +12.5}), absolute change in
     *                    percentage points for {@code errorRate}; only figures both runs measured
     * @param regressions each change beyond the noise, in words
     */
    public record Result(String baselineRunId, Map<String, Double> deltas, List<String> regressions) {}

    private RunComparison() {}

    public static Result compare(Figures previous, Figures current) {
        Map<String, Double> deltas = new LinkedHashMap<>();
        List<String> regressions = new ArrayList<>();
        relative(deltas, "achievedRps", previous.achievedRps(), current.achievedRps());
        relative(deltas, "p50Ms", previous.p50Ms(), current.p50Ms());
        latency(deltas, regressions, "p95", previous.p95Ms(), current.p95Ms(), previous.p95Band(), current.p95Band());
        latency(deltas, regressions, "p99", previous.p99Ms(), current.p99Ms(), previous.p99Band(), current.p99Band());
        if (previous.errorRate() != null && current.errorRate() != null) {
            double change = current.errorRate() - previous.errorRate();
            deltas.put("errorRate", round(change * 100));
            if (change > ERROR_RATE_NOISE) {
                regressions.add(String.format(
                        Locale.ROOT,
                        "error rate %.2f%% → %.2f%%",
                        previous.errorRate() * 100,
                        current.errorRate() * 100));
            }
        }
        Double capacity = relative(deltas, "breakingPointRps", previous.breakingPointRps(), current.breakingPointRps());
        if (capacity != null && capacity < -CAPACITY_NOISE * 100) {
            regressions.add(String.format(
                    Locale.ROOT,
                    "breaking point %.1f → %.1f rps (%.0f%%)",
                    previous.breakingPointRps(),
                    current.breakingPointRps(),
                    capacity));
        }
        return new Result(previous.runId(), deltas, regressions);
    }

    private static void latency(
            Map<String, Double> deltas,
            List<String> regressions,
            String name,
            Double before,
            Double now,
            PercentileBand beforeBand,
            PercentileBand nowBand) {
        Double change = relative(deltas, name + "Ms", before, now);
        if (change == null || now - before <= LATENCY_FLOOR_MS) {
            return;
        }
        boolean banded = beforeBand != null && nowBand != null;
        boolean beyondNoise = banded
                ? nowBand.lowMs() > beforeBand.highMs() && change > LATENCY_FLOOR * 100
                : change > LATENCY_NOISE * 100;
        if (beyondNoise) {
            regressions.add(String.format(
                    Locale.ROOT,
                    "%s %.1f → %.1f ms (+%.0f%%)%s",
                    name,
                    before,
                    now,
                    change,
                    banded
                            ? String.format(
                                    Locale.ROOT,
                                    ", 95%% bands %.1f–%.1f and %.1f–%.1f ms do not overlap",
                                    beforeBand.lowMs(),
                                    beforeBand.highMs(),
                                    nowBand.lowMs(),
                                    nowBand.highMs())
                            : ""));
        }
    }

    private static Double relative(Map<String, Double> deltas, String key, Double before, Double now) {
        if (before == null || now == null || before == 0) {
            return null;
        }
        double change = round(100 * (now - before) / before);
        deltas.put(key, change);
        return change;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
