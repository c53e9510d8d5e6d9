package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.StageMetrics;
import org.junit.jupiter.api.Test;

class BreakingSignalsTest {

    private static StageMetrics stage(double offered, double achieved, double p95, long failed, long unanswered) {
        LatencySummary latency =
                new LatencySummary(1000, 1, p95 / 2, 1, p95 / 2, p95 * 0.9, p95, p95 * 1.2, p95 * 1.5, p95 * 2);
        return new StageMetrics(
                "s", true, 0, 10, offered, achieved, 1000, failed, unanswered, failed / 1000.0, latency);
    }

    @Test
    void a_healthy_stage_fires_nothing() {
        assertThat(BreakingSignals.of(stage(100, 99, 3.0, 0, 0), 2.0)).isEmpty();
    }

    @Test
    void each_reference_signal_fires_with_its_figures() {
        LatencySummary latency = new LatencySummary(1000, 1, 2.5, 1, 2.5, 4.5, 5, 6, 7.5, 10);
        StageMetrics behind = new StageMetrics("s", true, 0, 10, 100, 85, 1000, 20, 3, 0.02, latency, 70.0);

        assertThat(BreakingSignals.of(behind, 2.0))
                .containsExactly(
                        "p95 5.0 ms > 2x no-load p95 2.0 ms",
                        "error rate 2.00% > 1%",
                        "3 requests without a response (timeouts or connection errors)",
                        "throughput 70.0 rps < 95% of the 85.0 rps sent: the target fell behind",
                        "achieved 85.0 rps < 90% of offered 100.0 rps");
    }

    @Test
    void a_few_percent_short_of_the_plan_is_the_generators_jitter_not_a_signal() {
        assertThat(BreakingSignals.of(stage(200, 189.5, 3.0, 0, 0), 2.0)).isEmpty();
        StageMetrics keepingUp = new StageMetrics(
                "s",
                true,
                0,
                10,
                200,
                190,
                1900,
                0,
                0,
                0,
                stage(1, 1, 3.0, 0, 0).latencyMs(),
                189.0);
        assertThat(BreakingSignals.of(keepingUp, 2.0)).isEmpty();
    }

    @Test
    void degradation_is_relative_to_no_load() {
        var rows = Degradation.of(
                new LatencySummary(10, 1, 1, 0, 2, 3, 4, 5, 5, 5),
                new LatencySummary(10, 1, 1, 0, 3, 6, 8, 10, 10, 10));

        assertThat(rows.get(1).deltaMs()).isEqualTo(4.0);
        assertThat(rows.get(1).deltaPercent()).isEqualTo(100.0);
        assertThat(Degradation.of(null, null).get(0).deltaMs()).isNull();
    }
}
