package dev.benchpilot.tools.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchpilot.tools.analysis.GeneratorCheck;
import dev.benchpilot.tools.metrics.EndpointMetrics;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import dev.benchpilot.tools.scenario.ValueSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("load-timing")
class GatlingEngineTest {

    @TempDir
    Path workDir;

    private static ScenarioSet browseAndLogin() {
        Step list =
                new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of("itemId", "$..id"), false, true);
        Step detail =
                new Step("GET /items/{id}", "GET", "/items/{{itemId}}", 1.0, null, Map.of(), Map.of(), false, false);
        Step login = new Step(
                "POST /login",
                "POST",
                "/login",
                1.0,
                "{\"user\":\"{{user}}\"}",
                Map.of("user", new ValueSource.RandomString("u", 4)),
                Map.of("token", "$.token"),
                false,
                true);
        Step mine = new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of(), true, false);
        return new ScenarioSet(
                List.of(
                        new Flow("browse", "list then detail", 3, List.of(list, detail)),
                        new Flow("member", "login then list", 1, List.of(login, mine))),
                new ThinkTime(Duration.ofMillis(100), Duration.ofMillis(300)),
                List.of());
    }

    @Test
    void records_every_request_and_achieves_the_offered_rate() throws Exception {
        LoadProfile profile = new LoadProfile(
                LoadPattern.BASELINE,
                40,
                List.of(
                        Stage.ramp("ramp-up", Duration.ofSeconds(2), 4, 40),
                        Stage.constant("steady", Duration.ofSeconds(6), 40)));
        List<IntervalMetrics> live = new CopyOnWriteArrayList<>();
        try (LocalTarget target = new LocalTarget()) {
            EngineRun run = LoadEngines.byName("gatling")
                    .orElseThrow()
                    .run(
                            new LoadTest(
                                    target.baseUrl(), browseAndLogin(), profile, null, workDir, Duration.ofSeconds(5)),
                            new LoadListener() {
                                @Override
                                public void onInterval(IntervalMetrics interval) {
                                    live.add(interval);
                                }
                            });
            LoadMetrics metrics = run.metrics();

            assertThat(metrics.requests()).isEqualTo(target.served.get());
            assertThat(metrics.failed()).isZero();
            assertThat(metrics.endpoints())
                    .extracting(EndpointMetrics::endpointKey)
                    .containsExactly("GET /items", "GET /items/{id}", "POST /login");
            assertThat(metrics.endpoints().stream()
                            .mapToLong(EndpointMetrics::requests)
                            .sum())
                    .isEqualTo(metrics.requests());
            assertThat(metrics.achievedRps()).isCloseTo(40.0, within(4.0));
            assertThat(target.authorized.get())
                    .as("token captured from login and sent")
                    .isPositive();
            assertThat(metrics.latencyMs().min())
                    .isLessThanOrEqualTo(metrics.latencyMs().p50());
            assertThat(metrics.latencyMs().p99())
                    .isLessThanOrEqualTo(metrics.latencyMs().max());
            assertThat(live).isNotEmpty();
            assertThat(live.get(0).second()).isZero();
            // two flows at a few users a second each, after a ramp: Gatling rounds each stage's users per flow, which
            // must not read as a generator that fell behind
            assertThat(GeneratorCheck.of(metrics.stages().get(1), List.of(), null)
                            .reasons())
                    .isEmpty();
        }
    }

    @Test
    void counts_error_statuses_and_runs_again_in_the_same_jvm() throws Exception {
        Step missing = new Step("GET /missing", "GET", "/missing", 1.0, null, Map.of(), Map.of(), false, false);
        ScenarioSet scenarios = new ScenarioSet(
                List.of(new Flow("broken", "404s", 1, List.of(missing))),
                new ThinkTime(Duration.ZERO, Duration.ZERO),
                List.of());
        LoadProfile profile =
                new LoadProfile(LoadPattern.BASELINE, 20, List.of(Stage.constant("steady", Duration.ofSeconds(3), 20)));
        try (LocalTarget target = new LocalTarget()) {
            LoadMetrics metrics = LoadEngines.byName("gatling")
                    .orElseThrow()
                    .run(
                            new LoadTest(target.baseUrl(), scenarios, profile, null, workDir, Duration.ofSeconds(5)),
                            LoadListener.NONE)
                    .metrics();

            assertThat(metrics.requests()).isBetween(55L, 65L);
            assertThat(metrics.failed()).isEqualTo(metrics.requests());
            assertThat(metrics.byStatus()).containsOnlyKeys("404");
            assertThat(metrics.errorRate()).isEqualTo(1.0);
        }
    }

    private static ScenarioSet oneRequest() {
        Step list = new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of(), false, false);
        return new ScenarioSet(
                List.of(new Flow("list", "one request", 1, List.of(list))),
                new ThinkTime(Duration.ZERO, Duration.ZERO),
                List.of());
    }

    @Test
    void keep_alive_connections_are_shared_across_users_by_default_and_per_user_on_request() throws Exception {
        LoadProfile profile =
                new LoadProfile(LoadPattern.BASELINE, 60, List.of(Stage.constant("steady", Duration.ofSeconds(3), 60)));
        try (LocalTarget shared = new LocalTarget();
                LocalTarget perUser = new LocalTarget()) {
            LoadMetrics sharedRun = LoadEngines.byName("gatling")
                    .orElseThrow()
                    .run(
                            new LoadTest(
                                    shared.baseUrl(),
                                    oneRequest(),
                                    profile,
                                    null,
                                    workDir.resolve("shared"),
                                    Duration.ofSeconds(5)),
                            LoadListener.NONE)
                    .metrics();
            LoadEngine browserLike = LoadEngines.byName(
                            "gatling", new LoadEngines.Options(0, null, ConnectionModel.PER_USER))
                    .orElseThrow();
            LoadMetrics perUserRun = browserLike
                    .run(
                            new LoadTest(
                                    perUser.baseUrl(),
                                    oneRequest(),
                                    profile,
                                    null,
                                    workDir.resolve("per-user"),
                                    Duration.ofSeconds(5)),
                            LoadListener.NONE)
                    .metrics();

            assertThat(sharedRun.requests()).isBetween(170L, 190L);
            assertThat(shared.clientPorts)
                    .as("180 users over a few reused connections")
                    .hasSizeLessThan(30);
            assertThat(perUserRun.requests()).isBetween(170L, 190L);
            assertThat(perUser.clientPorts)
                    .as("one connection per arriving user")
                    .hasSizeGreaterThan(150);
            assertThat(browserLike.connections()).startsWith("per-user");
            assertThat(LoadEngines.byName("gatling").orElseThrow().connections())
                    .startsWith("shared");
        }
    }

    @Test
    void a_generator_asked_for_more_than_it_can_send_reports_its_schedule_lag() throws Exception {
        // far beyond what one JVM on a small machine can start: the generator, not the target, falls behind its plan
        LoadProfile starved = new LoadProfile(
                LoadPattern.BASELINE, 60_000, List.of(Stage.constant("steady", Duration.ofSeconds(2), 60_000)));
        LoadProfile easy =
                new LoadProfile(LoadPattern.BASELINE, 50, List.of(Stage.constant("steady", Duration.ofSeconds(2), 50)));
        try (LocalTarget target = new LocalTarget()) {
            LoadEngine gatling = LoadEngines.byName("gatling").orElseThrow();
            var kept = gatling.run(
                            new LoadTest(
                                    target.baseUrl(),
                                    oneRequest(),
                                    easy,
                                    null,
                                    workDir.resolve("easy"),
                                    Duration.ofSeconds(2)),
                            LoadListener.NONE)
                    .metrics()
                    .stages()
                    .get(0);
            var behind = gatling.run(
                            new LoadTest(
                                    target.baseUrl(),
                                    oneRequest(),
                                    starved,
                                    null,
                                    workDir.resolve("starved"),
                                    Duration.ofSeconds(2)),
                            LoadListener.NONE)
                    .metrics()
                    .stages()
                    .get(0);

            assertThat(kept.schedule().samples()).isBetween(90L, 101L);
            assertThat(kept.schedule().lagMs().p95()).isLessThan(GeneratorCheck.LAG_P95_MS);
            assertThat(GeneratorCheck.of(kept, List.of(), 1.0).generatorLimited())
                    .isFalse();
            assertThat(behind.schedule().lagMs().p95()).isGreaterThan(GeneratorCheck.LAG_P95_MS);
            var verdict = GeneratorCheck.of(behind, List.of(), 1.0);
            assertThat(verdict.generatorLimited()).isTrue();
            assertThat(verdict.note())
                    .contains("generator-limited")
                    .contains("late at p95")
                    .contains("not the target's capacity");
        }
    }

    /**
     * Journeys over their own data under load: ids from a create's body and from its Location, nested resources, a
     * listed id drawn from what existed before; a step whose value is never captured is a named scenario error (not a
     * request, not a timeout); nothing that existed before the run is changed.
     */
    @Test
    void journeys_write_only_what_they_created_and_a_missing_value_is_a_scenario_error() throws Exception {
        LoadProfile profile =
                new LoadProfile(LoadPattern.BASELINE, 30, List.of(Stage.constant("steady", Duration.ofSeconds(4), 30)));
        try (dev.benchpilot.tools.probe.ClinicTarget clinic = new dev.benchpilot.tools.probe.ClinicTarget()) {
            ScenarioSet walked = dev.benchpilot.tools.probe.Preflight.walk(
                            clinic.baseUrl(),
                            dev.benchpilot.tools.probe.PreflightTestFlows.clinic(),
                            null,
                            Duration.ofSeconds(5))
                    .scenarios();
            Step broken = new Step(
                    "POST /appointments",
                    "POST",
                    "/appointments",
                    1.0,
                    "{\"petId\": {{petId}}}",
                    Map.of(),
                    Map.of(),
                    false,
                    false);
            ScenarioSet scenarios = new ScenarioSet(
                    java.util.stream.Stream.concat(
                                    walked.flows().stream(),
                                    java.util.stream.Stream.of(new Flow("appointments", "", 1, List.of(broken))))
                            .toList(),
                    walked.thinkTime(),
                    List.of());
            java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
            java.io.PrintStream out = System.out;
            LoadMetrics metrics;
            try (java.io.PrintStream capture = new java.io.PrintStream(console, true)) {
                System.setOut(capture);
                metrics = LoadEngines.byName("gatling")
                        .orElseThrow()
                        .run(
                                new LoadTest(
                                        clinic.baseUrl(), scenarios, profile, null, workDir, Duration.ofSeconds(5)),
                                LoadListener.NONE)
                        .metrics();
            } finally {
                System.setOut(out);
            }

            assertThat(metrics.failed())
                    .as("errors, statuses %s", metrics.byStatus())
                    .isZero();
            assertThat(metrics.byStatus()).doesNotContainKey("0");
            assertThat(metrics.scenarioErrors()).containsOnlyKeys("POST /appointments: petId not captured");
            assertThat(metrics.scenarioErrors().get("POST /appointments: petId not captured"))
                    .isPositive();
            assertThat(metrics.endpoints())
                    .extracting(EndpointMetrics::endpointKey)
                    .doesNotContain("POST /appointments")
                    .contains(
                            "GET /owners/{ownerId}/pets/{petId}",
                            "POST /visits",
                            "DELETE /pets/{petId}",
                            "DELETE /owners/{ownerId}");
            assertThat(clinic.writesToDataBefore()).isEmpty();
            assertThat(clinic.owners())
                    .as("every owner the run created was deleted")
                    .isEqualTo(3);
            assertThat(clinic.visits()).as("and every visit").isZero();
            assertThat(console.toString()).doesNotContain("No attribute named");
        }
    }
}
