package dev.benchpilot.tools.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.RequestOutcome;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Lines in the shape k6's documentation gives for {@code --out json} (Metric declarations and Points). */
class K6OutputTest {

    private static final ResultLine.WallClock CLOCK = new ResultLine.WallClock(0);

    @Test
    void an_http_req_duration_point_is_one_request_named_by_its_tag_ending_at_its_time() {
        String line =
                "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:45.239531499+02:00\",\"value\":459.865729,"
                        + "\"tags\":{\"group\":\"::browse\",\"method\":\"GET\",\"name\":\"GET "
                        + "/api/products/{id}\",\"scenario\":\"browseFlow\","
                        + "\"status\":\"200\",\"url\":\"http://127.0.0.1:8080/api/products/7\"}},\"metric\":\"http_req_duration\"}";
        RequestOutcome outcome = K6Output.parse(line, CLOCK);

        OffsetDateTime time = OffsetDateTime.parse("2017-05-09T14:34:45.239531499+02:00");
        long end = time.toEpochSecond() * 1_000_000_000L + time.getNano();
        assertThat(outcome.endpointKey()).isEqualTo("GET /api/products/{id}");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.latencyNanos()).isEqualTo(459_865_729L);
        assertThat(outcome.sentNanos() + outcome.latencyNanos()).isEqualTo(end);
    }

    @Test
    void a_request_without_a_response_has_status_0_and_counts_as_failed() {
        String line =
                "{\"type\":\"Point\",\"metric\":\"http_req_duration\",\"data\":{\"time\":\"2026-11-22T10:00:00Z\",\"value\":10000,"
                        + "\"tags\":{\"name\":\"POST /api/checkout\",\"status\":\"0\",\"error_code\":\"1050\"}}}";
        RequestOutcome outcome = K6Output.parse(line, CLOCK);
        assertThat(outcome.status()).isEqualTo(RequestOutcome.NO_RESPONSE);
        assertThat(outcome.failed()).isTrue();
    }

    @Test
    void a_scenario_error_point_is_a_named_scenario_error_not_a_request() {
        String line =
                "{\"type\":\"Point\",\"metric\":\"benchpilot_scenario_errors\",\"data\":{\"time\":\"2026-11-22T10:00:00Z\","
                        + "\"value\":1,\"tags\":{\"name\":\"POST /visits\",\"flow\":\"visits\",\"missing\":\"petId\"}}}";
        RequestOutcome outcome = K6Output.parse(line, CLOCK);
        assertThat(outcome.isScenarioError()).isTrue();
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.endpointKey()).isEqualTo("POST /visits: petId not captured");
        assertThat(outcome.flow()).isEqualTo("visits");
    }

    @Test
    void a_dropped_iterations_point_is_a_user_the_generator_gave_up_on_not_a_request() {
        // k6's arrival-rate executors emit dropped_iterations when no VU was free to start a planned iteration
        String line =
                "{\"type\":\"Point\",\"metric\":\"dropped_iterations\",\"data\":{\"time\":\"2026-11-22T10:00:00Z\","
                        + "\"value\":1,\"tags\":{\"scenario\":\"browseFlow\"}}}";

        RequestOutcome outcome = K6Output.parse(line, CLOCK);

        assertThat(outcome.status()).isEqualTo(RequestOutcome.DROPPED);
        assertThat(outcome.isGeneratorReport()).isTrue();
        assertThat(outcome.latencyNanos()).as("how many users").isEqualTo(1);
        assertThat(outcome.failed()).isFalse();
    }

    @Test
    void declarations_other_metrics_and_setup_requests_are_not_requests_and_garbage_is_unreadable() {
        assertThat(K6Output.parse(
                        "{\"type\":\"Metric\",\"data\":{\"type\":\"trend\",\"contains\":\"time\",\"tainted\":null,"
                                + "\"thresholds\":[\"p(95)<200\"],\"submetrics\":null},\"metric\":\"http_req_duration\"}",
                        CLOCK))
                .isSameAs(ResultLine.NOT_A_REQUEST);
        assertThat(K6Output.parse(
                        "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:45.625742514+02:00\",\"value\":5,"
                                + "\"tags\":null},\"metric\":\"vus\"}",
                        CLOCK))
                .isSameAs(ResultLine.NOT_A_REQUEST);
        assertThat(K6Output.parse(
                        "{\"type\":\"Point\",\"metric\":\"http_req_waiting\",\"data\":{\"time\":\"2026-11-22T10:00:00Z\","
                                + "\"value\":3,\"tags\":{\"name\":\"GET /x\",\"status\":\"200\"}}}",
                        CLOCK))
                .isSameAs(ResultLine.NOT_A_REQUEST);
        assertThat(K6Output.parse(
                        "{\"type\":\"Point\",\"metric\":\"http_req_duration\",\"data\":{\"time\":\"2026-11-22T10:00:00Z\","
                                + "\"value\":3,\"tags\":{\"name\":\"setup: POST /api/login\",\"status\":\"200\"}}}",
                        CLOCK))
                .isSameAs(ResultLine.NOT_A_REQUEST);
        assertThat(K6Output.parse("not json {", CLOCK)).isNull();
        assertThat(K6Output.parse(
                        "{\"type\":\"Point\",\"metric\":\"http_req_duration\",\"data\":{\"time\":\"yesterday\","
                                + "\"value\":3,\"tags\":{\"name\":\"GET /x\"}}}",
                        CLOCK))
                .isNull();
    }

    @Test
    void exit_codes_are_named_as_k6_documents_them_and_old_versions_are_refused() {
        assertThat(K6Output.exitMeaning(99)).contains("thresholds crossed");
        assertThat(K6Output.exitMeaning(108)).contains("aborted");
        assertThat(K6Output.exitMeaning(3)).isEqualTo("exit code 3");
        assertThat(K6Engine.supported("k6 v0.52.0 (go1.22.5, linux/amd64)")).isTrue();
        assertThat(K6Engine.supported("k6 v1.0.0 (commit/41b4984b75, go1.24.2, linux/amd64)"))
                .isTrue();
        assertThat(K6Engine.supported(
                        "k6 v0.46.0 (2023-08-14T13:23:26+0000/v0.46.0-0-gcbd9e9ad, go1.20.7, linux/amd64)"))
                .isFalse();
        assertThat(K6Engine.supported("something else")).isFalse();
    }
}
