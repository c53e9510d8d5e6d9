package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BottlenecksTest {

    /** Three levels of 10 s each: 100, 200, 400 rps; the last breaks on latency. */
    private static List<CapacityEstimate.Level> levels() {
        return levels(new double[] {10, 12, 60});
    }

    private static List<CapacityEstimate.Level> levels(double[] p95) {
        List<StageMetrics> stages = new ArrayList<>();
        double[] rates = {100, 200, 400};
        for (int i = 0; i < rates.length; i++) {
            stages.add(new StageMetrics(
                    "level " + i,
                    true,
                    i * 10,
                    i * 10 + 10,
                    rates[i],
                    rates[i],
                    (long) rates[i] * 10,
                    0,
                    0,
                    0,
                    new LatencySummary(
                            (long) rates[i] * 10,
                            1,
                            p95[i] / 2,
                            1,
                            p95[i] / 2,
                            p95[i],
                            p95[i],
                            p95[i],
                            p95[i],
                            p95[i])));
        }
        return CapacityEstimate.levels(stages, 10.0, s -> List.of());
    }

    private static List<TargetSample> samples(double poolActiveAtTop, double pendingAtTop, double cpuAtMiddle) {
        List<TargetSample> samples = new ArrayList<>();
        for (int second = 0; second < 30; second++) {
            int level = second / 10;
            double active = level == 2 ? poolActiveAtTop : 1 + level;
            double pending = level == 2 ? pendingAtTop : 0;
            double cpu = level == 1 ? cpuAtMiddle : 0.3;
            samples.add(new TargetSample(second, cpu, 2e8, active, pending, 4.0, 50.0, 1024.0, 30.0, null, null));
        }
        return samples;
    }

    @Test
    void names_a_full_pool_with_waiters_and_the_rate_it_filled_at() {
        var found = Bottlenecks.of(levels(), samples(4, 12, 0.3), null, null);

        assertThat(found).extracting(Bottlenecks.Bottleneck::resource).containsExactly("connection pool");
        assertThat(found.get(0).atRps()).isEqualTo(400);
        assertThat(found.get(0).evidence())
                .contains("4.0 of 4 connections active")
                .contains("12.0 requests waiting");
    }

    @Test
    void lists_resources_in_the_order_they_saturated() {
        var found = Bottlenecks.of(levels(), samples(4, 12, 0.92), null, null);

        assertThat(found).extracting(Bottlenecks.Bottleneck::resource).containsExactly("cpu", "connection pool");
        assertThat(found.get(0).atRps()).isEqualTo(200);
    }

    @Test
    void latency_rising_with_nothing_saturated_points_outside_the_target() {
        var found = Bottlenecks.of(levels(), samples(2, 0, 0.3), "lock contention: 3.2 s on java.lang.Object", null);

        assertThat(found).extracting(Bottlenecks.Bottleneck::resource).containsExactly("latency");
        assertThat(found.get(0).evidence())
                .contains("downstream dependency or lock contention")
                .contains("lock contention: 3.2 s");
    }

    @Test
    void a_latency_break_before_the_pool_measured_full_is_the_pool_filling_when_it_saturates_at_the_next_rate() {
        var found = Bottlenecks.of(levels(new double[] {10, 25, 60}), samples(4, 12, 0.3), null, null);

        assertThat(found).extracting(Bottlenecks.Bottleneck::resource).containsExactly("connection pool");
        assertThat(found.get(0).atRps()).isEqualTo(200);
        assertThat(found.get(0).evidence())
                .contains("4.0 of 4 connections active")
                .contains("p95 had already broken at 200 rps");
    }

    @Test
    void long_waits_for_a_connection_name_the_pool_before_it_looks_full() {
        List<TargetSample> samples = new ArrayList<>();
        for (int second = 0; second < 30; second++) {
            double acquire = second >= 20 ? 15.0 : 0.1;
            samples.add(new TargetSample(second, 0.3, 2e8, 0.6, 0.0, 1.0, 50.0, 1024.0, 30.0, acquire, 0.7));
        }

        var found = Bottlenecks.of(levels(), samples, null, null);

        assertThat(found).extracting(Bottlenecks.Bottleneck::resource).containsExactly("connection pool");
        assertThat(found.get(0).evidence())
                .contains("waited 15.0 ms on average for a database connection")
                .contains("busy 70%");
    }

    @Test
    void a_connection_wait_that_explains_most_of_the_rise_names_the_pool() {
        List<TargetSample> samples = new ArrayList<>();
        for (int second = 0; second < 30; second++) {
            samples.add(new TargetSample(
                    second, 0.3, 2e8, 0.1, 0.0, 1.0, 50.0, 1024.0, 30.0, second >= 20 ? 6.0 : 0.1, 0.1));
        }

        var found = Bottlenecks.of(levels(), samples, null, 20.0);

        assertThat(found).extracting(Bottlenecks.Bottleneck::resource).containsExactly("connection pool");
        assertThat(found.get(0).evidence()).contains("60% of its 10.0 ms rise over no load");
    }

    @Test
    void nothing_is_claimed_without_samples() {
        assertThat(Bottlenecks.of(levels(), List.of(), null, null)).isEmpty();
    }
}
