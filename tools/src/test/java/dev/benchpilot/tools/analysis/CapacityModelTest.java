package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(UslFit.fit(List.of(new UslFit.Point(1, 10), new UslFit.Point(2, 19))))
                .isNull();
        assertThat(UslFit.fit(
                        List.of(new UslFit.Point(0.2, 40), new UslFit.Point(0.4, 80), new UslFit.Point(0.6, 120))))
                .isNull();
    }

    @Test
    void flags_a_leak_when_the_live_set_grows_and_not_when_it_wobbles() {
        List<double[]> growing = List.of(
                new double[] {0, 20e6}, new double[] {20, 36e6}, new double[] {40, 51e6}, new double[] {60, 68e6});
        List<double[]> steady = List.of(
                new double[] {0, 20e6}, new double[] {20, 22e6}, new double[] {40, 19e6}, new double[] {60, 21e6});

        LeakCheck.Result leak = LeakCheck.ofLiveSets(growing);
        LeakCheck.Result none = LeakCheck.ofLiveSets(steady);

        assertThat(leak.leak()).isTrue();
        assertThat(leak.trend().slope() * 60 / 1e6).isCloseTo(47.6, within(1.0));
        assertThat(leak.evidence()).contains("live set after forced full GCs grew from 20.0 to 68.0 MB");
        assertThat(none.leak()).isFalse();
        assertThat(LeakCheck.ofLiveSets(growing.subList(0, 2)).evidence()).isNull();
    }

    @Test
    void a_small_steady_rise_of_a_few_megabytes_is_not_a_leak() {
        List<double[]> warming = List.of(
                new double[] {0, 10e6}, new double[] {20, 11e6}, new double[] {40, 12e6}, new double[] {60, 13e6});

        assertThat(LeakCheck.ofLiveSets(warming).leak()).isFalse();
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
        assertThat(SpikeRecovery.of(seconds.subList(0, 18), 10, 15).recoverySeconds())
                .isNull();
    }

    @Test
    void months_until_capacity_compound_the_growth() {
        assertThat(CapacityPlan.monthsUntil(50, 0.20, 200.0)).isEqualTo(7.6);
        assertThat(CapacityPlan.monthsUntil(300, 0.20, 200.0)).isEqualTo(0.0);
        assertThat(CapacityPlan.monthsUntil(50, 0.20, null)).isNull();
    }
}
