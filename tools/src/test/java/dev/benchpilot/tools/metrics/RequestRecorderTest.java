package dev.benchpilot.tools.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.Stage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRecorderTest {

    private static final long SECOND = 1_000_000_000L;
    private static final LoadProfile PROFILE = new LoadProfile(
            LoadPattern.BASELINE,
            10,
            List.of(
                    Stage.ramp("ramp-up", Duration.ofSeconds(2), 1, 10),
                    Stage.constant("steady", Duration.ofSeconds(10), 10)));

    private static RequestOutcome ok(String key, long sentNanos, long latencyMillis) {
        return new RequestOutcome(key, sentNanos, latencyMillis * 1_000_000, 200);
    }

    @Test
    void counts_a_stage_only_over_its_window_after_the_settle_time() {
        long start = 1_000 * SECOND;
        RequestRecorder recorder = new RequestRecorder(start, PROFILE, Duration.ofSeconds(2));
        for (int i = 0; i < 120; i++) {
            recorder.record(ok("GET /a", start + 2 * SECOND + i * (SECOND / 10), 5));
        }
        LoadMetrics metrics = recorder.snapshot();
        StageMetrics steady = metrics.stages().get(1);

        assertThat(steady.windowStartSeconds()).isEqualTo(4.0);
        assertThat(steady.windowEndSeconds()).isEqualTo(12.0);
        assertThat(steady.requests()).isEqualTo(80);
        assertThat(steady.achievedRps()).isEqualTo(10.0);
        assertThat(metrics.achievedRps()).isEqualTo(10.0);
        assertThat(metrics.requests()).isEqualTo(120);
    }

    @Test
    void errors_are_4xx_5xx_and_no_response_and_only_answered_requests_have_latency() {
        long start = 0;
        RequestRecorder recorder = new RequestRecorder(start, PROFILE, Duration.ZERO);
        recorder.record(ok("GET /a", 3 * SECOND, 4));
        recorder.record(new RequestOutcome("GET /a", 3 * SECOND, 2_000_000, 503));
        recorder.record(new RequestOutcome("POST /b", 3 * SECOND, 10 * SECOND, RequestOutcome.NO_RESPONSE));
        LoadMetrics metrics = recorder.snapshot();

        assertThat(metrics.failed()).isEqualTo(2);
        assertThat(metrics.errorRate()).isEqualTo(2.0 / 3);
        assertThat(metrics.byStatus())
                .containsEntry("200", 1L)
                .containsEntry("503", 1L)
                .containsEntry("0", 1L);
        assertThat(metrics.latencyMs().count()).isEqualTo(2);
        assertThat(metrics.latencyMs().max()).isLessThan(5.0);
        assertThat(metrics.stages().get(1).unanswered()).isEqualTo(1);
        assertThat(metrics.endpoints()).extracting(EndpointMetrics::endpointKey).containsExactly("GET /a", "POST /b");
    }

    @Test
    void latency_percentiles_keep_microsecond_resolution() {
        RequestRecorder recorder = new RequestRecorder(0, PROFILE, Duration.ZERO);
        for (int i = 1; i <= 100; i++) {
            recorder.record(new RequestOutcome("GET /a", 3 * SECOND, i * 10_000L, 200));
        }
        LatencySummary latency = recorder.snapshot().latencyMs();

        assertThat(latency.min()).isEqualTo(0.01);
        assertThat(latency.p50()).isEqualTo(0.5);
        assertThat(latency.p99()).isEqualTo(0.99);
        assertThat(latency.max()).isEqualTo(1.0);
    }

    @Test
    void closes_one_interval_per_elapsed_second_with_sends_by_send_time() {
        RequestRecorder recorder = new RequestRecorder(0, PROFILE, Duration.ZERO);
        recorder.markSent(SECOND / 2);
        recorder.record(ok("GET /a", SECOND / 2, 3));
        recorder.markSent(SECOND + SECOND / 2);
        recorder.record(ok("GET /a", SECOND + SECOND / 2, 3));

        List<IntervalMetrics> closed = recorder.closeElapsedIntervals(2 * SECOND + 1);

        assertThat(closed).extracting(IntervalMetrics::second).containsExactly(0L, 1L);
        assertThat(closed.get(0).achievedRps()).isEqualTo(1);
        assertThat(closed.get(0).offeredRps()).isEqualTo(3.25);
        assertThat(recorder.closeElapsedIntervals(2 * SECOND + 2)).isEmpty();
    }

    @Test
    void the_generators_reports_about_itself_go_to_the_stage_of_their_time_and_are_not_requests() {
        RequestRecorder recorder = new RequestRecorder(0, PROFILE, Duration.ZERO);
        recorder.record(ok("GET /a", 5 * SECOND, 4));
        for (int second = 3; second < 12; second++) {
            recorder.record(RequestOutcome.generatorLag(second * SECOND, second >= 8 ? 400_000_000L : 2_000_000L));
        }
        recorder.record(RequestOutcome.dropped(9 * SECOND, 7));
        LoadMetrics metrics = recorder.snapshot();
        ScheduleLag steady = metrics.stages().get(1).schedule();

        assertThat(metrics.requests()).isEqualTo(1);
        assertThat(metrics.stages().get(0).schedule())
                .as("nothing reported in the ramp's window")
                .isNull();
        assertThat(steady.samples()).isEqualTo(9);
        assertThat(steady.eventLoop())
                .as("seconds of an engine process, judged by their median")
                .isTrue();
        assertThat(steady.dropped()).isEqualTo(7);
        assertThat(steady.lagMs().p50()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(0.1));
        assertThat(steady.lagMs().max()).isCloseTo(400.0, org.assertj.core.api.Assertions.within(1.0));
    }
}
