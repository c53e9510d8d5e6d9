package dev.benchpilot.tools.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioSetTest {

    static Step step(double probability, boolean think) {
        return new Step("GET /x", "GET", "/x", probability, null, Map.of(), Map.of(), false, think);
    }

    /**
     * browse (3 of 4 users): 1.5 requests, one pause; buy (1 of 4): 4 requests, two pauses; pauses of 0.4 s on average.
     */
    static ScenarioSet browseAndBuy() {
        Flow browse = new Flow("browse", "", 3, List.of(step(1, true), step(0.5, false)));
        Flow buy = new Flow("buy", "", 1, List.of(step(1, true), step(1, true), step(1, false), step(1, false)));
        return new ScenarioSet(
                List.of(browse, buy), new ThinkTime(Duration.ofMillis(200), Duration.ofMillis(600)), List.of());
    }

    @Test
    void users_per_second_divides_the_rate_by_requests_per_user_over_the_mix() {
        ScenarioSet set = browseAndBuy();

        assertThat(set.expectedRequestsPerUser()).isCloseTo(0.75 * 1.5 + 0.25 * 4, within(1e-9));
        assertThat(set.usersPerSecondFor(21.25)).isCloseTo(10.0, within(1e-9));
        assertThat(set.requestShares().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(set.settleTime()).isEqualTo(Duration.ofMillis(800));
        assertThat(set.expectedJourney()).isEqualTo(Duration.ofMillis(Math.round((0.75 * 1 + 0.25 * 2) * 400)));
    }

    @Test
    void credentials_never_print_the_password() {
        Credentials credentials = Credentials.parse("alice:s3:cret");

        assertThat(credentials.next().password()).isEqualTo("s3:cret");
        assertThat(credentials.toString()).doesNotContain("s3:cret");
        assertThat(credentials.next().toString()).doesNotContain("s3:cret");
    }

    @Test
    void numbered_users_are_handed_out_round_robin() {
        Credentials credentials = Credentials.parse("shopper{1..3}:pw,admin:other");

        assertThat(credentials.accounts()).hasSize(4);
        assertThat(java.util.stream.Stream.generate(credentials::next).limit(5).map(Credentials.Account::username))
                .containsExactly("shopper1", "shopper2", "shopper3", "admin", "shopper1");
    }
}
