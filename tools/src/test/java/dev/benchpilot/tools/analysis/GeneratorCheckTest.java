package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.ScheduleLag;
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
        assertThat(GeneratorCheck.of(stage(100, 100, FAST), List.of(), 4.0).generatorCpu())
                .isNull();
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
            assertThat(sampler.samples().get(1).ephemeralPorts())
                    .as("read from /proc/net/tcp")
                    .isNotNull()
                    .isNotNegative();
        }
    }

    private static StageMetrics scheduled(LatencySummary latency, LatencySummary lag, long dropped) {
        return new StageMetrics(
                "step",
                true,
                5,
                20,
                10_000,
                10_000,
                150_000,
                0,
                0,
                0,
                latency,
                10_000.0,
                new ScheduleLag(50_000, dropped, lag));
    }

    private static LatencySummary lag(double p95) {
        return new LatencySummary(1000, 0, p95 / 2, 1, p95 / 2, p95 * 0.9, p95, p95 * 1.1, p95 * 1.2, p95 * 1.3);
    }

    @Test
    void users_started_late_make_a_level_generator_limited_whatever_the_latency() {
        var verdict = GeneratorCheck.of(scheduled(FAST, lag(900), 0), List.of(), 4.0);

        assertThat(verdict.generatorLimited()).isTrue();
        assertThat(verdict.reasons()).singleElement().asString().contains("900 ms late at p95");
    }

    @Test
    void a_latency_rise_the_generators_own_delay_explains_is_not_the_targets() {
        LatencySummary risen = new LatencySummary(1000, 1, 20, 10, 20, 30, 40, 45, 48, 50);

        assertThat(GeneratorCheck.of(scheduled(risen, lag(30), 0), List.of(), 4.0)
                        .generatorLimited())
                .isTrue();
        assertThat(GeneratorCheck.of(scheduled(risen, lag(3), 0), List.of(), 4.0)
                        .generatorLimited())
                .as("a generator on time: the rise is the target's")
                .isFalse();
        assertThat(GeneratorCheck.of(scheduled(SLOW, lag(8), 0), List.of(), 1.0).generatorLimited())
                .as("lag far below the rise")
                .isFalse();
    }

    @Test
    void dropped_users_make_a_level_generator_limited() {
        assertThat(GeneratorCheck.of(scheduled(FAST, lag(1), 2_000), List.of(), 4.0)
                        .reasons())
                .singleElement()
                .asString()
                .contains("dropped 2000 users");
        assertThat(GeneratorCheck.of(scheduled(FAST, lag(1), 100), List.of(), 4.0)
                        .generatorLimited())
                .isFalse();
    }

    @Test
    void an_engine_process_is_judged_by_its_typical_seconds_worst_delay_not_its_worst_seconds() {
        // each sample is one second's worst event-loop delay: a few bad seconds are not a generator that cannot keep up
        LatencySummary someBadSeconds = new LatencySummary(20, 0, 20, 25, 4, 60, 80, 90, 90, 90);
        LatencySummary everySecondLate = new LatencySummary(20, 200, 350, 50, 340, 400, 420, 450, 450, 450);
        StageMetrics fine = new StageMetrics(
                "steady",
                true,
                5,
                20,
                1000,
                1000,
                15_000,
                0,
                0,
                0,
                FAST,
                1000.0,
                new ScheduleLag(15, 0, someBadSeconds, true));
        StageMetrics behind = new StageMetrics(
                "steady",
                true,
                5,
                20,
                1000,
                1000,
                15_000,
                0,
                0,
                0,
                FAST,
                1000.0,
                new ScheduleLag(15, 0, everySecondLate, true));

        assertThat(GeneratorCheck.of(fine, List.of(), 4.0).generatorLimited()).isFalse();
        assertThat(GeneratorCheck.of(behind, List.of(), 4.0).reasons())
                .singleElement()
                .asString()
                .contains("340 ms late in a typical second");
    }

    @Test
    void a_saturated_engine_process_is_the_limit_only_when_it_fell_short_or_the_latency_rose() {
        List<GeneratorCpu.Sample> busyChild = new ArrayList<>();
        for (int second = 0; second < 30; second++) {
            busyChild.add(new GeneratorCpu.Sample(second, 0.05, 0.6, 1.02));
        }

        assertThat(GeneratorCheck.of(stage(4000, 1350, FAST), busyChild, 4.0).reasons())
                .singleElement()
                .asString()
                .contains("busiest engine process used 102% of a core")
                .contains("sent 1350.0 of 4000.0 rps");
        assertThat(GeneratorCheck.of(stage(1000, 1000, FAST), busyChild, 4.0).generatorLimited())
                .as("at full CPU but on schedule with normal latency it kept up")
                .isFalse();
    }

    @Test
    void a_machine_out_of_ephemeral_ports_is_the_generators_limit_not_a_target_refusing_connections() {
        Integer range = GeneratorCpu.ephemeralPortCount();
        org.junit.jupiter.api.Assumptions.assumeTrue(range != null, "no /proc/sys/net/ipv4/ip_local_port_range here");
        List<GeneratorCpu.Sample> taken = new ArrayList<>();
        for (int second = 0; second < 30; second++) {
            taken.add(new GeneratorCpu.Sample(second, 0.3, 0.6, null, (int) (range * 0.85)));
        }

        StageMetrics unanswered = new StageMetrics("step", true, 5, 20, 8000, 5000, 75_000, 900, 900, 0.012, SLOW);
        assertThat(GeneratorCheck.of(unanswered, taken, 4.0).reasons())
                .singleElement()
                .asString()
                .contains("ephemeral ports were taken")
                .contains("900 requests got no answer");
        assertThat(GeneratorCheck.of(stage(8000, 8000, FAST), taken, 4.0).generatorLimited())
                .as("ports held (by anyone) while every request was answered are no limit")
                .isFalse();
    }
}
