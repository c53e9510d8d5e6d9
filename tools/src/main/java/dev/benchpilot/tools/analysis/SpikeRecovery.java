package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.util.List;

/**
 * How long a target takes to recover from a spike: the seconds from the end of the spike until p95 is back
 * within {@value #TOLERANCE} of its pre-spike value and stays there for {@value #STABLE_SECONDS} seconds,
 * read from the per-second series. The pre-spike p95 is the median of the per-second p95s before the spike.
 *
 * @param preSpikeP95Ms     null when no second before the spike had a p95
 * @param recoverySeconds   null when the p95 did not come back before the run ended
 * @param errorsDuringSpike failed requests completed between the start of the spike and its end
 */
public record SpikeRecovery(
        Double preSpikeP95Ms, Double recoverySeconds, long errorsDuringSpike, long requestsDuringSpike) {

    public static final double TOLERANCE = 0.20;
    public static final int STABLE_SECONDS = 3;

    public static SpikeRecovery of(List<IntervalMetrics> seconds, double spikeStartSeconds, double spikeEndSeconds) {
        List<Double> before = seconds.stream()
                .filter(s -> s.second() + 1 <= spikeStartSeconds && s.p95() != null)
                .map(IntervalMetrics::p95)
                .sorted()
                .toList();
        Double pre = before.isEmpty() ? null : before.get(before.size() / 2);
        long errors = 0;
        long requests = 0;
        for (IntervalMetrics s : seconds) {
            if (s.second() >= spikeStartSeconds && s.second() < spikeEndSeconds) {
                errors += s.errors();
                requests += s.completedRps();
            }
        }
        if (pre == null) {
            return new SpikeRecovery(null, null, errors, requests);
        }
        List<IntervalMetrics> after =
                seconds.stream().filter(s -> s.second() >= spikeEndSeconds).toList();
        for (int i = 0; i + STABLE_SECONDS <= after.size(); i++) {
            boolean stable = true;
            for (int j = i; j < i + STABLE_SECONDS; j++) {
                Double p95 = after.get(j).p95();
                stable &= p95 != null && p95 <= pre * (1 + TOLERANCE);
            }
            if (stable) {
                return new SpikeRecovery(pre, Math.max(0, after.get(i).second() - spikeEndSeconds), errors, requests);
            }
        }
        return new SpikeRecovery(pre, null, errors, requests);
    }
}
