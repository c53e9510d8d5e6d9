package dev.benchpilot.tools.scenario;

import static dev.benchpilot.tools.scenario.ScenarioSetTest.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserLoadTest {

    @Test
    void users_become_the_rate_they_offer_by_littles_law() {
        ScenarioSet set = ScenarioSetTest.browseAndBuy();

        UserLoad load = UserLoad.of(100, set);

        // 2.125 requests per journey; 0.75 x 0.4 s + 0.25 x 0.8 s = 0.5 s per journey; 100 users: 200 journeys/s
        assertThat(load.requestsPerJourney()).isEqualTo(2.13);
        assertThat(load.journeySeconds()).isEqualTo(0.5);
        assertThat(load.rps()).isEqualTo(425.0);
        assertThat(load.description())
                .startsWith("100 concurrent users = 425 rps: a journey sends 2.13 requests over 0.50 s of think time");
        assertThat(UserLoad.of(1, set).rps()).isEqualTo(4.25);
    }

    @Test
    void flows_without_think_time_or_no_users_cannot_be_sized() {
        ScenarioSet noPauses = new ScenarioSet(
                List.of(new Flow("burst", "", 1, List.of(step(1, false), step(1, false)))),
                new ThinkTime(Duration.ofMillis(200), Duration.ofMillis(600)),
                List.of());
        assertThatThrownBy(() -> UserLoad.of(10, noPauses))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--users needs think time")
                .hasMessageContaining("give --rps instead");
        ScenarioSet paused = new ScenarioSet(
                List.of(new Flow("read", "", 1, List.of(step(1, true)))),
                new ThinkTime(Duration.ofMillis(200), Duration.ofMillis(600)),
                List.of());
        assertThatThrownBy(() -> UserLoad.of(0, paused)).hasMessage("--users must be at least 1, was 0");
    }
}
