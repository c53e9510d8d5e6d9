package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static RunComparison.Figures run(String id, double p95, double p99, double errors, Double breaking) {
        return new RunComparison.Figures(id, "2026-11-22T10:00:00Z", 50.0, 3.0, p95, p99, errors, breaking);
    }

    @Test
    void changes_within_noise_are_deltas_not_regressions() {
        var result = RunComparison.compare(run("a", 10, 30, 0.0, 400.0), run("b", 11.5, 33, 0.004, 380.0));

        assertThat(result.baselineRunId()).isEqualTo("a");
        assertThat(result.deltas())
                .containsEntry("p95Ms", 15.0)
                .containsEntry("breakingPointRps", -5.0)
                .containsEntry("errorRate", 0.4);
        assertThat(result.regressions()).isEmpty();
    }

    @Test
    void latency_capacity_and_errors_beyond_noise_are_regressions() {
        var result = RunComparison.compare(run("a", 10, 30, 0.0, 400.0), run("b", 14, 45, 0.03, 300.0));

        assertThat(result.regressions())
                .containsExactly(
                        "p95 10.0 → 14.0 ms (+40%)",
                        "p99 30.0 → 45.0 ms (+50%)",
                        "error rate 0.00% → 3.00%",
                        "breaking point 400.0 → 300.0 rps (-25%)");
    }

    @Test
    void a_large_relative_change_of_a_tiny_latency_is_noise() {
        assertThat(RunComparison.compare(run("a", 1.0, 2.0, 0, null), run("b", 1.6, 2.5, 0, null))
                        .regressions())
                .isEmpty();
    }

    @Test
    void with_histograms_a_change_inside_the_percentiles_confidence_bands_is_noise() {
        var few = new PercentileBand(20.0, 40.0);
        var before =
                new RunComparison.Figures("a", null, 50.0, 3.0, 10.0, 27.0, 0.0, null, new PercentileBand(9, 11), few);
        var after = new RunComparison.Figures(
                "b", null, 50.0, 3.0, 10.2, 35.0, 0.0, null, new PercentileBand(9, 11.5), new PercentileBand(25, 45));
        var worse = new RunComparison.Figures(
                "c", null, 50.0, 3.0, 10.2, 60.0, 0.0, null, new PercentileBand(9, 11.5), new PercentileBand(50, 70));

        assertThat(RunComparison.compare(before, after).regressions()).isEmpty();
        assertThat(RunComparison.compare(before, worse).regressions())
                .singleElement()
                .asString()
                .startsWith("p99 27.0 → 60.0 ms")
                .contains("bands 20.0–40.0 and 50.0–70.0 ms do not overlap");
    }

    @Test
    void the_band_of_a_p99_from_few_samples_is_wide() {
        org.HdrHistogram.Histogram histogram = dev.benchpilot.tools.metrics.LatencySummary.newHistogramMicros();
        for (int i = 1; i <= 500; i++) {
            histogram.recordValue(i * 100L);
        }
        PercentileBand band = PercentileBand.of(histogram, 99);

        assertThat(band.lowMs()).isBetween(48.0, 49.5);
        assertThat(band.highMs()).isBetween(49.9, 50.1);
    }
}
