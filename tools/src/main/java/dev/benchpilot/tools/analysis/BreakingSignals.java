package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference's breaking signals, evaluated on one stage: p95 above twice the no-load p95, error rate
 * above 1%, requests without a response (timeouts), and throughput short of the load. "Achieved below 95% of
 * offered" is read as the target's throughput: requests finished in the window below 95% of those sent in
 * it (the target falls behind). Requests sent below {@value #SENT_FRACTION} of the planned rate also count:
 * the load generator's schedule alone was measured to fall up to about 5% short on a busy 2-core machine, so
 * a tighter bound would fire on the generator's jitter, not on the target.
 */
public final class BreakingSignals {

    public static final double P95_FACTOR = 2.0;
    public static final double ERROR_RATE = 0.01;
    public static final double ACHIEVED_FRACTION = 0.95;
    public static final double SENT_FRACTION = 0.90;
    /** Fewer latencies than this make a p95 too noisy to call one endpoint degraded. */
    public static final long MIN_LATENCY_SAMPLES = 100;

    private BreakingSignals() {}

    /** The signals that fired, in words with the figures; empty when the stage held. */
    public static List<String> of(StageMetrics stage, Double noLoadP95Ms) {
        List<String> fired = new ArrayList<>();
        if (stage.latencyMs() != null
                && noLoadP95Ms != null
                && noLoadP95Ms > 0
                && stage.latencyMs().p95() > P95_FACTOR * noLoadP95Ms) {
            fired.add(String.format(
                    "p95 %.1f ms > %.0fx no-load p95 %.1f ms", stage.latencyMs().p95(), P95_FACTOR, noLoadP95Ms));
        }
        if (stage.errorRate() > ERROR_RATE) {
            fired.add(String.format("error rate %.2f%% > %.0f%%", stage.errorRate() * 100, ERROR_RATE * 100));
        }
        if (stage.unanswered() > 0) {
            fired.add(stage.unanswered() + " requests without a response (timeouts or connection errors)");
        }
        if (stage.completedRps() != null
                && stage.achievedRps() > 0
                && stage.completedRps() < ACHIEVED_FRACTION * stage.achievedRps()) {
            fired.add(String.format(
                    Locale.ROOT,
                    "throughput %.1f rps < %.0f%% of the %.1f rps sent: the target fell behind",
                    stage.completedRps(),
                    ACHIEVED_FRACTION * 100,
                    stage.achievedRps()));
        }
        if (stage.offeredRps() > 0 && stage.achievedRps() < SENT_FRACTION * stage.offeredRps()) {
            fired.add(String.format(
                    Locale.ROOT,
                    "achieved %.1f rps < %.0f%% of offered %.1f rps",
                    stage.achievedRps(),
                    SENT_FRACTION * 100,
                    stage.offeredRps()));
        }
        return fired;
    }
}
