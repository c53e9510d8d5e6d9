package dev.benchpilot.tools.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void plain_writes_whole_numbers_without_decimals_and_the_rest_with_one() {
        assertThat(Numbers.plain(50.0)).isEqualTo("50");
        assertThat(Numbers.plain(12.5)).isEqualTo("12.5");
        assertThat(Numbers.plain(7.349)).isEqualTo("7.3");
        assertThat(Numbers.plain(-3.0)).isEqualTo("-3");
        assertThat(Numbers.plain((Double) null)).isEqualTo("n/a");
    }

    @Test
    void planned_keeps_two_decimals_without_trailing_zeros() {
        assertThat(Numbers.planned(46.15)).isEqualTo("46.15");
        assertThat(Numbers.planned(0.5)).isEqualTo("0.5");
        assertThat(Numbers.planned(20)).isEqualTo("20");
        assertThat(Numbers.planned(1.0 / 3)).isEqualTo("0.33");
    }

    @Test
    void figure_keeps_more_decimals_for_small_values() {
        assertThat(Numbers.figure(1234.56)).isEqualTo("1234.6");
        assertThat(Numbers.figure(12.345)).isEqualTo("12.35");
        assertThat(Numbers.figure(0.1234)).isEqualTo("0.123");
        assertThat(Numbers.figure(8)).isEqualTo("8");
    }
}
