package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorCheckTest {

    private static final LatencySummary FAST = new LatencySummary(1000, 1, 3, 1, 3, 4, 5, 8, 9, 10);
    private static final LatencySummary SLOW = new LatencySummary(1000, 1, 30, 10, 30, 40, 50, 80, 90, 100);

    private static List<GeneratorCpu.Sample> cpu(double process, double machine) {
        List<GeneratorCpu.Sample> samples = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            samples.add(new GeneratorCpu.Sample(s, process, machine));
        }
        return samples;
    }

    private static StageMetrics stage(double offered, double achieved, LatencySummary latency) {
        return new StageMetrics("step", true, 5, 20, offered, achieved, (long) (achieved * 15), 0, 0, 0, latency);
    }

    @Test
    void a_shortfall_with_a_busy_generator_and_a_healthy_target_is_the_generators_limit() {
        var verdict = GeneratorCheck.of(stage(2000, 1500, FAST), cpu(0.95, 0.97), 4.0);

        assertThat(verdict.generatorLimited()).isTrue();
        assertThat(verdict.generatorCpu()).isEqualTo(0.95);
        assertThat(verdict.note()).contains("generator-limited").contains("not the target's capacity");
    }

    @Test
    void a_slow_target_is_not_blamed_on_the_generator() {
        var verdict = GeneratorCheck.of(stage(2000, 1500, SLOW), cpu(0.95, 0.97), 4.0);

        assertThat(verdict.generatorLimited()).isFalse();
        assertThat(verdict.note()).contains("machine's CPU was 97% busy");
    }

    @Test
    void an_idle_generator_is_never_the_limit() {
        var verdict = GeneratorCheck.of(stage(2000, 1500, FAST), cpu(0.20, 0.30), 4.0);

        assertThat(verdict.generatorLimited()).isFalse();
        assertThat(verdict.note()).isNull();
        assertThat(GeneratorCheck.of(stage(100, 100, FAST), List.of(), 4.0).generatorCpu()).isNull();
    }

    @Test
    void the_sampler_reports_this_process() throws InterruptedException {
        try (GeneratorCpu sampler = GeneratorCpu.start(10)) {
            long end = System.nanoTime() + 2_300_000_000L;
            double sink = 0;
            while (System.nanoTime() < end) {
                sink += Math.sqrt(sink + 1);
            }
            assertThat(sink).isPositive();
            assertThat(sampler.samples()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(sampler.samples().get(1).processFraction()).isNotNull().isGreaterThan(0.0);
        }
    }
}
