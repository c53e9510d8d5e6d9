package dev.benchpilot.tools.scripts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class K6ScenarioTest {

    private static List<ArrivalStage> rates(double... usersPerSecond) {
        return java.util.Arrays.stream(usersPerSecond)
                .mapToObj(r -> new ArrivalStage("s", Duration.ofSeconds(1), 0, r))
                .toList();
    }

    @Test
    void writes_whole_rates_per_second() {
        assertThat(K6Scenario.timeUnit(rates(4, 10)).name()).isEqualTo("1s");
    }

    @Test
    void scales_fractional_rates_to_the_first_unit_that_makes_them_whole() {
        assertThat(K6Scenario.timeUnit(rates(1.6, 2.4)).name()).isEqualTo("1m");
        assertThat(K6Scenario.timeUnit(rates(1.0 / 90)).name()).isEqualTo("1h");
        assertThat(K6Scenario.timeUnit(rates(1.6)).target(1.6)).isEqualTo(96);
    }

    @Test
    void rounds_rates_that_no_unit_makes_whole_where_the_rounding_is_negligible() {
        assertThat(K6Scenario.timeUnit(rates(123.4567)).name()).isEqualTo("1m");
        assertThat(K6Scenario.timeUnit(rates(0.0123457)).name()).isEqualTo("1h");
    }

    @Test
    void writes_durations_as_k6_reads_them() {
        assertThat(K6Scenario.duration(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(K6Scenario.duration(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(K6Scenario.duration(Duration.ofSeconds(3723))).isEqualTo("1h2m3s");
        assertThat(K6Scenario.duration(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }
}
