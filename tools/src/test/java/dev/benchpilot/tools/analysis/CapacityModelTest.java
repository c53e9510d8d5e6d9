package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CapacityModelTest {

    @Test
    void usl_fit_recovers_known_coefficients_and_the_peak() {
        double lambda = 100;
        double sigma = 0.05;
        double kappa = 0.002;
        List<UslFit.Point> points = new ArrayList<>();
        for (int n : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            points.add(new UslFit.Point(n, UslFit.throughput(lambda, sigma, kappa, n)));
        }

        UslFit fit = UslFit.fit(points);

        assertThat(fit.lambda()).isCloseTo(lambda, within(0.5));
        assertThat(fit.sigma()).isCloseTo(sigma, within(0.002));
        assertThat(fit.kappa()).isCloseTo(kappa, within(0.0001));
        double peakN = Math.sqrt((1 - sigma) / kappa);
        assertThat(fit.peakConcurrency()).isCloseTo(peakN, within(0.5));
        assertThat(fit.peakRps()).isCloseTo(UslFit.throughput(lambda, sigma, kappa, peakN), within(1.0));
        assertThat(fit.rSquared()).isGreaterThan(0.999);
    }

    @Test
    void usl_fit_needs_three_points_with_work_in_flight() {
        assertThat(UslFit.fit(List.of(new UslFit.Point(1, 10), new UslFit.Point(2, 19)))).isNull();
        assertThat(UslFit.fit(List.of(new UslFit.Point(0.2, 40), new UslFit.Point(0.4, 80), new UslFit.Point(0.6, 120)))).isNull();
    }

    @Test
    void flags_leak_when_the_memory_floor_rises_steadily() {
        Random random = new Random(7);
        List<double[]> leaking = new ArrayList<>();
        List<double[]> steady = new ArrayList<>();
        for (int second = 0; second < 300; second++) {
            double sawTooth = (second % 7) * 20e6 + random.nextDouble() * 5e6;
            leaking.add(new double[] {second, 200e6 + second * 0.5e6 + sawTooth});
            steady.add(new double[] {second, 200e6 + sawTooth});
        }

        LeakCheck.Result leak = LeakCheck.of(leaking);
        LeakCheck.Result none = LeakCheck.of(steady);

        assertThat(leak.leak()).isTrue();
        assertThat(leak.floorTrend().slope() * 60 / 1e6).isCloseTo(30.0, within(1.0));
        assertThat(leak.evidence()).contains("memory floor rose by");
        assertThat(none.leak()).isFalse();
        assertThat(LeakCheck.of(leaking.subList(0, 5)).evidence()).isNull();
    }

    @Test
    void a_heap_that_grew_without_a_collection_gives_no_verdict() {
        List<double[]> growing = new ArrayList<>();
        for (int second = 0; second < 120; second++) {
            growing.add(new double[] {second, 100e6 + second * 2e6});
        }

        LeakCheck.Result result = LeakCheck.of(growing);

        assertThat(result.leak()).isFalse();
        assertThat(result.evidence()).isNull();
    }

    @Test
    void spike_recovery_is_the_time_until_p95_stays_within_twenty_percent() {
        List<IntervalMetrics> seconds = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            double p95 = s < 10 ? 10 : s < 15 ? 200 : s < 19 ? 50 : 11;
            long errors = s >= 10 && s < 15 ? 3 : 0;
            seconds.add(new IntervalMetrics(s, 10, 10, 10, errors, 5.0, p95, p95 * 2));
        }

        SpikeRecovery recovery = SpikeRecovery.of(seconds, 10, 15);

        assertThat(recovery.preSpikeP95Ms()).isEqualTo(10);
        assertThat(recovery.recoverySeconds()).isEqualTo(4);
        assertThat(recovery.errorsDuringSpike()).isEqualTo(15);
        assertThat(SpikeRecovery.of(seconds.subList(0, 18), 10, 15).recoverySeconds()).isNull();
    }

    @Test
    void months_until_capacity_compound_the_growth() {
        assertThat(CapacityPlan.monthsUntil(50, 0.20, 200.0)).isEqualTo(7.6);
        assertThat(CapacityPlan.monthsUntil(300, 0.20, 200.0)).isEqualTo(0.0);
        assertThat(CapacityPlan.monthsUntil(50, 0.20, null)).isNull();
    }
}
