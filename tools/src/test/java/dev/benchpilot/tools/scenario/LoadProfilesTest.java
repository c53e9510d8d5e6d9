package dev.benchpilot.tools.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadProfilesTest {

    @Test
    void baseline_ramps_for_fifteen_percent_then_holds_the_rate() {
        LoadProfile profile = LoadProfiles.build(LoadPattern.BASELINE, 50, Duration.ofSeconds(20));

        assertThat(profile.stages()).hasSize(2);
        assertThat(profile.stages().get(0).duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(profile.stages().get(0).measured()).isFalse();
        assertThat(profile.stages().get(1).startRps()).isEqualTo(50);
        assertThat(profile.totalDuration()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void stress_follows_the_reference_multiples_and_fills_the_duration() {
        LoadProfile profile = LoadProfiles.build(LoadPattern.STRESS, 10, Duration.ofSeconds(190));

        assertThat(profile.stages()).extracting(Stage::startRps).containsExactly(10.0, 40.0, 100.0, 200.0, 10.0);
        assertThat(profile.totalDuration()).isEqualTo(Duration.ofSeconds(190));
        assertThat(profile.peakRps()).isEqualTo(200);
    }

    @Test
    void spike_bursts_to_ten_times_in_the_middle() {
        LoadProfile profile = LoadProfiles.build(LoadPattern.SPIKE, 20, Duration.ofSeconds(90));

        assertThat(profile.stages()).extracting(Stage::startRps).containsExactly(20.0, 200.0, 20.0);
        assertThat(profile.rpsAt(Duration.ofSeconds(45))).isEqualTo(200.0);
    }

    @Test
    void rejects_zero_rate_and_too_short_runs() {
        assertThatThrownBy(() -> LoadProfiles.build(LoadPattern.BASELINE, 0, Duration.ofSeconds(30)))
                .hasMessageContaining("rps must be positive");
        assertThatThrownBy(() -> LoadProfiles.build(LoadPattern.BASELINE, 5, Duration.ofSeconds(2)))
                .hasMessageContaining("at least 5s");
    }

    @Test
    void unknown_pattern_names_the_accepted_ones() {
        assertThatThrownBy(() -> LoadPattern.parse("chaos"))
                .hasMessage("unknown pattern 'chaos' (expected one of: baseline, stress, spike, soak, scalability)");
    }

    @Test
    void scalability_offers_equal_measured_steps_up_to_ten_times_the_rate() {
        LoadProfile profile = LoadProfiles.build(LoadPattern.SCALABILITY, 20, Duration.ofSeconds(60));

        assertThat(profile.stages()).extracting(Stage::startRps).containsExactly(20.0, 40.0, 80.0, 120.0, 160.0, 200.0);
        assertThat(profile.stages())
                .allMatch(Stage::measured)
                .allMatch(s -> s.duration().equals(Duration.ofSeconds(10)));
    }

    @Test
    void a_search_step_holds_long_enough_for_two_thousand_requests_within_bounds() {
        LoadProfile slow = LoadProfiles.searchStep("step 1", 50, 25, Duration.ofSeconds(3));
        LoadProfile fast = LoadProfiles.searchStep("step 2", 800, 400, Duration.ofSeconds(3));

        assertThat(slow.stages().get(1).duration()).isEqualTo(Duration.ofSeconds(23));
        assertThat(fast.stages().get(1).duration()).isEqualTo(Duration.ofSeconds(13));
        assertThat(fast.stages().get(0).measured()).isFalse();
        assertThat(fast.stages().get(0).startRps()).isEqualTo(400);
        assertThat(fast.targetRps()).isEqualTo(800);
    }

    @Test
    void every_stage_lasts_whole_seconds_because_gatling_injects_users_by_the_second() {
        // a 12.75 s stage at 10,000 rps got 12 s worth of users from Gatling: 94% of the plan
        for (LoadPattern pattern : LoadPattern.values()) {
            for (int seconds : new int[] {15, 17, 23, 190}) {
                LoadProfile profile = LoadProfiles.build(pattern, 100, Duration.ofSeconds(seconds));
                assertThat(profile.stages())
                        .allSatisfy(stage ->
                                assertThat(stage.duration().toMillis() % 1000).isZero());
                assertThat(profile.totalDuration()).isEqualTo(Duration.ofSeconds(seconds));
            }
        }
        LoadProfile step = LoadProfiles.searchStep("step 1", 300, 150, Duration.ofMillis(650));
        assertThat(step.stages())
                .allSatisfy(
                        stage -> assertThat(stage.duration().toMillis() % 1000).isZero());
    }

    @Test
    void the_planned_time_of_a_request_inverts_the_offered_rate() {
        LoadProfile profile = new LoadProfile(
                LoadPattern.BASELINE,
                100,
                List.of(
                        Stage.ramp("ramp", Duration.ofSeconds(2), 0, 100),
                        Stage.constant("steady", Duration.ofSeconds(10), 100)));

        assertThat(profile.secondsAtRequest(0)).isZero();
        assertThat(profile.secondsAtRequest(25)).isCloseTo(1.0, within(1e-9)); // 100 t^2 / 4 = 25 at t = 1
        assertThat(profile.secondsAtRequest(100)).isCloseTo(2.0, within(1e-9));
        assertThat(profile.secondsAtRequest(600)).isCloseTo(7.0, within(1e-9));
        assertThat(profile.secondsAtRequest(10_000)).isEqualTo(12.0);
    }
}
