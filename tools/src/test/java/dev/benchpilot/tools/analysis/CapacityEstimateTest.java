package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityEstimateTest {

    static StageMetrics level(double offered, double achieved, double p95, double errorRate) {
        long requests = Math.round(achieved * 10);
        return new StageMetrics(
                "level " + offered,
                true,
                0,
                10,
                offered,
                achieved,
                requests,
                Math.round(requests * errorRate),
                0,
                errorRate,
                new LatencySummary(requests, 1, p95 / 2, 1, p95 / 2, p95 * 0.9, p95, p95 * 1.5, p95 * 2, p95 * 3));
    }

    @Test
    void reads_comfortable_maximum_and_breaking_point_from_the_levels() {
        var levels = CapacityEstimate.levels(
                List.of(
                        level(400, 398, 30, 0.02),
                        level(100, 100, 11, 0),
                        level(200, 199, 17, 0),
                        level(300, 299, 19, 0.0005)),
                10.0,
                s -> List.of());

        var capacity = CapacityEstimate.of(levels);

        assertThat(capacity.comfortableRps()).isEqualTo(100);
        assertThat(capacity.maximumRps()).isEqualTo(300);
        assertThat(capacity.breakingPointRps()).isEqualTo(400);
        assertThat(capacity.criteria())
                .contains("breaking point 400 rps")
                .contains("p95 30.0 ms > 2x")
                .contains("error rate 2.00%");
    }

    @Test
    void the_sla_lowers_the_maximum_but_not_the_breaking_point() {
        var levels = CapacityEstimate.levels(
                List.of(level(100, 100, 11, 0), level(200, 199, 17, 0), level(400, 398, 30, 0)),
                10.0,
                s -> s.latencyMs().p95() > 15 ? List.of("p95 > 15 ms") : List.of());

        var capacity = CapacityEstimate.of(levels);

        assertThat(capacity.maximumRps()).isEqualTo(100);
        assertThat(capacity.breakingPointRps()).isEqualTo(400);
    }

    @Test
    void no_breaking_point_when_every_level_held() {
        var capacity = CapacityEstimate.of(
                CapacityEstimate.levels(List.of(level(100, 100, 11, 0), level(200, 200, 12, 0)), 10.0, s -> List.of()));

        assertThat(capacity.breakingPointRps()).isNull();
        assertThat(capacity.maximumRps()).isEqualTo(200);
        assertThat(capacity.criteria()).contains("lower bound");
    }

    @Test
    void a_shortfall_of_achieved_rate_is_a_breaking_signal() {
        var capacity = CapacityEstimate.of(
                CapacityEstimate.levels(List.of(level(100, 100, 11, 0), level(200, 150, 12, 0)), 10.0, s -> List.of()));

        assertThat(capacity.breakingPointRps()).isEqualTo(200);
        assertThat(capacity.criteria()).contains("achieved 150.0 rps < 90% of offered");
    }

    @Test
    void levels_too_short_to_judge_are_left_out() {
        StageMetrics tiny = new StageMetrics("tiny", true, 0, 1, 500, 20, 20, 10, 0, 0.5, null);
        assertThat(CapacityEstimate.levels(List.of(tiny), 10.0, s -> List.of())).isEmpty();
        assertThat(CapacityEstimate.of(List.of()).breakingPointRps()).isNull();
    }
}
