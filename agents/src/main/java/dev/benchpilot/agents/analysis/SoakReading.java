package dev.benchpilot.agents.analysis;

import dev.benchpilot.tools.analysis.LeakCheck;
import dev.benchpilot.tools.analysis.Trend;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trends of a soak run: p95 latency per second over the measured window, and the target's live set (heap
 * after forced full collections) when it is a JVM watched with --pid. A latency drift counts when the whole 95%
 * confidence interval of its slope is above
 * zero and it adds more than {@value #MIN_RELATIVE_DRIFT} of the mean p95 over the window.
 *
 * @param latencyEvidence the p95 trend in words, or null with too few seconds
 * @param latencyDrifting p95 rose steadily
 * @param memory          the leak check over the target's live sets, or null when there were none (not a JVM target
 *     given with --pid)
 */
public record SoakReading(String latencyEvidence, boolean latencyDrifting, LeakCheck.Result memory) {

    public static final double MIN_RELATIVE_DRIFT = 0.20;

    /** @param liveSets (seconds, bytes) live sets of the target, empty when not probed */
    static SoakReading of(List<IntervalMetrics> seconds, List<StageMetrics> stages, List<double[]> liveSets) {
        double from = stages.stream()
                .filter(StageMetrics::measured)
                .mapToDouble(StageMetrics::windowStartSeconds)
                .min()
                .orElse(0);
        double to = stages.stream()
                .filter(StageMetrics::measured)
                .mapToDouble(StageMetrics::windowEndSeconds)
                .max()
                .orElse(0);
        List<double[]> p95 = new ArrayList<>();
        for (IntervalMetrics second : seconds) {
            if (second.second() >= from && second.second() < to && second.p95() != null) {
                p95.add(new double[] {second.second(), second.p95()});
            }
        }
        Trend trend = Trend.of(p95);
        String evidence = null;
        boolean drifting = false;
        if (trend != null) {
            double rise = trend.relativeRise(to - from);
            drifting = trend.risingSignificantly() && rise > MIN_RELATIVE_DRIFT;
            evidence = String.format(
                    Locale.ROOT,
                    "per-second p95 moved %+.2f ms/min (95%% CI %+.2f to %+.2f), %+.0f%% of its mean %.1f ms over %.0f s",
                    trend.slope() * 60,
                    trend.slopeLow() * 60,
                    trend.slopeHigh() * 60,
                    rise * 100,
                    trend.meanY(),
                    to - from);
        }
        LeakCheck.Result memory = liveSets.isEmpty() ? null : LeakCheck.ofLiveSets(liveSets);
        return new SoakReading(evidence, drifting, memory);
    }
}
