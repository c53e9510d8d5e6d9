package dev.benchpilot.tools.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StressSearchTest {

    /** Runs a search against a target that holds every rate up to {@code capacity}. */
    private static List<Double> search(double start, double max, double capacity) {
        StressSearch search = new StressSearch(start, max);
        List<Double> offered = new ArrayList<>();
        for (OptionalDouble next = search.next(); next.isPresent() && offered.size() < 50; next = search.next()) {
            double rps = next.getAsDouble();
            offered.add(rps);
            search.record(rps, rps <= capacity, rps <= capacity ? List.of() : List.of("p95 too high"));
        }
        return offered;
    }

    @Test
    void doubles_until_a_rate_breaks_then_bisects_to_within_ten_percent() {
        StressSearch search = new StressSearch(50, 10_000);
        List<Double> offered = new ArrayList<>();
        for (OptionalDouble next = search.next(); next.isPresent(); next = search.next()) {
            offered.add(next.getAsDouble());
            search.record(next.getAsDouble(), next.getAsDouble() <= 437, List.of());
        }

        assertThat(offered).startsWith(50.0, 100.0, 200.0, 400.0, 800.0, 600.0, 500.0, 450.0);
        assertThat(search.lastGoodRps()).isLessThanOrEqualTo(437);
        assertThat(search.firstBadRps()).isGreaterThan(437);
        assertThat((search.firstBadRps() - search.lastGoodRps()) / search.lastGoodRps())
                .isLessThanOrEqualTo(StressSearch.PRECISION);
        assertThat(search.stopReason()).startsWith("bracketed");
    }

    @Test
    void brackets_any_capacity_within_ten_percent_in_few_steps() {
        for (double capacity : new double[] {7, 55, 99, 430, 1234, 5000}) {
            List<Double> offered = search(10, 100_000, capacity);
            double good = offered.stream()
                    .filter(r -> r <= capacity)
                    .max(Double::compare)
                    .orElseThrow();
            double bad = offered.stream()
                    .filter(r -> r > capacity)
                    .min(Double::compare)
                    .orElseThrow();
            assertThat((bad - good) / good).as("capacity %s", capacity).isLessThanOrEqualTo(0.10);
            assertThat(offered).as("capacity %s", capacity).hasSizeLessThanOrEqualTo(14);
        }
    }

    @Test
    void halves_when_the_first_rate_already_breaks() {
        assertThat(search(400, 1000, 90)).startsWith(400.0, 200.0, 100.0, 50.0);
    }

    @Test
    void stops_at_the_ceiling_when_everything_holds() {
        StressSearch search = new StressSearch(100, 300);
        List<Double> offered = new ArrayList<>();
        for (OptionalDouble next = search.next(); next.isPresent(); next = search.next()) {
            offered.add(next.getAsDouble());
            search.record(next.getAsDouble(), true, List.of());
        }
        assertThat(offered).containsExactly(100.0, 200.0, 300.0);
        assertThat(search.firstBadRps()).isNull();
        assertThat(search.stopReason()).contains("highest rate allowed");
    }

    @Test
    void ignores_a_rate_that_held_above_one_that_broke() {
        StressSearch search = new StressSearch(100, 1000);
        search.record(100, true, List.of());
        search.record(200, false, List.of("errors"));
        search.record(300, true, List.of());
        assertThat(search.lastGoodRps()).isEqualTo(100);
        assertThat(search.next().getAsDouble()).isEqualTo(150);
    }

    @Test
    void refuses_a_start_rate_above_the_ceiling() {
        assertThatThrownBy(() -> new StressSearch(100, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_generator_limited_step_is_neither_held_nor_broken_and_the_search_bisects_below_it() {
        // the target never breaks; the generator keeps up to 22,000 rps
        StressSearch search = new StressSearch(1000, 200_000);
        List<Double> offered = new ArrayList<>();
        for (OptionalDouble next = search.next(); next.isPresent(); next = search.next()) {
            double rps = next.getAsDouble();
            offered.add(rps);
            if (rps > 22_000) {
                search.generatorLimited(rps, List.of("it started users 900 ms late at p95"));
            } else {
                search.record(rps, true, List.of());
            }
        }

        assertThat(offered).startsWith(1000.0, 2000.0, 4000.0, 8000.0, 16000.0, 32000.0, 24000.0, 20000.0);
        assertThat(search.firstBadRps()).as("no breaking point").isNull();
        assertThat(search.lastGoodRps()).isGreaterThanOrEqualTo(20_000.0).isLessThanOrEqualTo(22_000.0);
        assertThat(search.generatorLimitRps()).isGreaterThan(22_000.0).isLessThanOrEqualTo(24_000.0);
        assertThat(search.stopReason()).startsWith("generator-limited").contains("the target's limit is above");
    }

    @Test
    void a_real_break_below_the_generator_limit_is_still_the_breaking_point() {
        StressSearch search = new StressSearch(1000, 200_000);
        for (OptionalDouble next = search.next(); next.isPresent(); next = search.next()) {
            double rps = next.getAsDouble();
            if (rps > 30_000) {
                search.generatorLimited(rps, List.of("late"));
            } else {
                search.record(rps, rps <= 5000, rps <= 5000 ? List.of() : List.of("p95 high"));
            }
        }

        assertThat(search.firstBadRps()).isLessThanOrEqualTo(5500.0);
        assertThat(search.generatorLimitRps()).isNull();
        assertThat(search.stopReason()).startsWith("bracketed");
    }
}
