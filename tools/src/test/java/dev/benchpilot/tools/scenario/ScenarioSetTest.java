package dev.benchpilot.tools.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioSetTest {

    private static Step step(double probability, boolean think) {
        return new Step("GET /x", "GET", "/x", probability, null, Map.of(), Map.of(), false, think);
    }

    @Test
    void users_per_second_divides_the_rate_by_requests_per_user_over_the_mix() {
        Flow browse = new Flow("browse", "", 3, List.of(step(1, true), step(0.5, false)));
        Flow buy = new Flow("buy", "", 1, List.of(step(1, true), step(1, true), step(1, false), step(1, false)));
        ScenarioSet set = new ScenarioSet(List.of(browse, buy), new ThinkTime(Duration.ofMillis(200), Duration.ofMillis(600)), List.of());

        assertThat(set.expectedRequestsPerUser()).isCloseTo(0.75 * 1.5 + 0.25 * 4, within(1e-9));
        assertThat(set.usersPerSecondFor(21.25)).isCloseTo(10.0, within(1e-9));
        assertThat(set.expectedJourney()).isEqualTo(Duration.ofMillis(Math.round((0.75 * 1 + 0.25 * 2) * 400)));
    }

    @Test
    void credentials_never_print_the_password() {
        Credentials credentials = Credentials.parse("alice:s3:cret");

        assertThat(credentials.password()).isEqualTo("s3:cret");
        assertThat(credentials.toString()).doesNotContain("s3:cret");
    }
}
