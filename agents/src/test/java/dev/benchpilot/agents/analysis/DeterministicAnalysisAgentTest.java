package dev.benchpilot.agents.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.EndpointMetrics;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.ScheduleLag;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.probe.NoLoadBaseline;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterministicAnalysisAgentTest {

    private static LatencySummary latency(double p95) {
        return new LatencySummary(100, p95 / 4, p95 / 2, 1, p95 / 2, p95 * 0.9, p95, p95 * 1.5, p95 * 2, p95 * 3);
    }

    static AnalysisInput input(double loadP95, long failed) {
        StageMetrics steady =
                new StageMetrics("steady", true, 3, 20, 50, 50, 850, failed, 0, failed / 850.0, latency(loadP95));
        EndpointMetrics list = new EndpointMetrics(
                "GET /api/products",
                850,
                failed,
                failed / 850.0,
                failed > 0 ? Map.of("200", 850 - failed, "503", failed) : Map.of("200", 850L),
                latency(loadP95));
        LoadMetrics metrics = new LoadMetrics(
                20,
                850,
                failed,
                failed / 850.0,
                50.0,
                Map.of("200", 850L),
                latency(loadP95),
                latency(loadP95),
                List.of(steady),
                List.of(list),
                List.of());
        NoLoadBaseline.Result baseline =
                new NoLoadBaseline.Result(Map.of("GET /api/products", latency(2.0)), latency(2.0), 10, Map.of());
        return new AnalysisInput(
                LoadProfiles.build(LoadPattern.BASELINE, 50, Duration.ofSeconds(20)),
                baseline,
                metrics,
                List.of(),
                null,
                null,
                null,
                null);
    }

    @Test
    void a_run_within_targets_suggests_finding_the_breaking_point() {
        Analysis analysis = new DeterministicAnalysisAgent().analyze(input(3.0, 0));

        assertThat(analysis.findings()).noneMatch(f -> f.severity().equals("critical"));
        assertThat(analysis.todos())
                .extracting(Todo::title)
                .containsExactly("Run a stress test to find the breaking point");
        assertThat(analysis.degradation().get(1).deltaPercent()).isEqualTo(50.0);
        assertThat(analysis.activity().implementation()).isEqualTo("deterministic");
    }

    @Test
    void errors_and_latency_growth_become_findings_and_numbered_todos() {
        Analysis analysis = new DeterministicAnalysisAgent().analyze(input(9.0, 30));

        assertThat(analysis.findings())
                .anyMatch(f -> f.severity().equals("critical") && f.evidence().contains("error rate 3.53% > 1%"));
        assertThat(analysis.todos()).extracting(Todo::id).containsExactly("bench-001", "bench-002");
        assertThat(analysis.todos().get(0).title()).isEqualTo("Fix failing requests on GET /api/products");
        assertThat(analysis.todos().get(1).evidence()).contains("p95 2.0 ms no load → 9.0 ms under load");
    }

    @Test
    void an_endpoint_with_too_few_samples_is_not_called_degraded() {
        AnalysisInput input = input(9.0, 0);
        var few = new LatencySummary(40, 1, 4, 1, 4, 8, 9, 9, 9, 9);
        var endpoint = new EndpointMetrics("GET /api/products", 40, 0, 0, Map.of("200", 40L), few);
        var metrics = input.metrics();
        AnalysisInput sparse = new AnalysisInput(
                input.profile(),
                input.baseline(),
                new LoadMetrics(
                        metrics.durationSeconds(),
                        metrics.requests(),
                        0,
                        0,
                        metrics.achievedRps(),
                        metrics.byStatus(),
                        metrics.latencyMs(),
                        metrics.measuredLatencyMs(),
                        metrics.stages(),
                        List.of(endpoint),
                        List.of()),
                List.of(),
                null,
                null,
                null,
                null);

        assertThat(new DeterministicAnalysisAgent().analyze(sparse).findings())
                .noneMatch(f -> f.title().startsWith("latency of"));
    }

    @Test
    void a_step_that_fails_without_load_is_a_warning_and_a_todo_never_a_breaking_signal() {
        AnalysisInput base = input(3.0, 0);
        var failure = new dev.benchpilot.tools.probe.Preflight.Failure(
                "read oops", "GET /api/oops", 500, "{\"error\":\"always\"}");
        var metrics = base.metrics();
        LoadMetrics withScenarioErrors = new LoadMetrics(
                metrics.durationSeconds(),
                metrics.requests(),
                0,
                0,
                metrics.achievedRps(),
                metrics.byStatus(),
                metrics.latencyMs(),
                metrics.measuredLatencyMs(),
                metrics.stages(),
                metrics.endpoints(),
                List.of(),
                List.of(),
                Map.of("POST /visits: petId not captured", 3L));
        AnalysisInput input = new AnalysisInput(
                base.profile(),
                base.baseline(),
                withScenarioErrors,
                List.of(dev.benchpilot.tools.probe.Preflight.WARNING + failure.describe()),
                null,
                null,
                null,
                null,
                List.of(failure));

        Analysis analysis = new DeterministicAnalysisAgent().analyze(input);

        assertThat(analysis.findings()).noneMatch(f -> f.severity().equals("critical"));
        assertThat(analysis.findings())
                .filteredOn(f -> f.evidence().contains("GET /api/oops"))
                .as("said once, not twice")
                .singleElement()
                .satisfies(f -> assertThat(f.title()).isEqualTo("fails without load: GET /api/oops"))
                .satisfies(f -> assertThat(f.evidence()).contains("HTTP 500", "always"));
        assertThat(analysis.findings())
                .anyMatch(f -> f.title().equals("scenario errors: 3 steps not sent")
                        && f.evidence().contains("POST /visits: petId not captured"));
        assertThat(analysis.todos())
                .extracting(Todo::title)
                .contains("Fix GET /api/oops, which fails without load (left out of the load)");
    }

    @Test
    void a_level_the_generator_could_not_offer_is_neither_a_breaking_signal_nor_the_targets_capacity() {
        // the generator started its users 900 ms late: the latency is its own queue, not the target's
        LatencySummary lag = new LatencySummary(50_000, 0, 500, 100, 450, 850, 900, 950, 990, 1000);
        StageMetrics steady = new StageMetrics(
                "steady",
                true,
                3,
                20,
                20_000,
                19_000,
                323_000,
                0,
                0,
                0,
                latency(300),
                19_000.0,
                new ScheduleLag(50_000, 0, lag));
        EndpointMetrics list =
                new EndpointMetrics("GET /api/products", 323_000, 0, 0, Map.of("200", 323_000L), latency(300));
        LoadMetrics metrics = new LoadMetrics(
                20,
                323_000,
                0,
                0,
                19_000.0,
                Map.of("200", 323_000L),
                latency(300),
                latency(300),
                List.of(steady),
                List.of(list),
                List.of());
        NoLoadBaseline.Result baseline =
                new NoLoadBaseline.Result(Map.of("GET /api/products", latency(2.0)), latency(2.0), 10, Map.of());
        AnalysisInput input = new AnalysisInput(
                LoadProfiles.build(LoadPattern.BASELINE, 20_000, Duration.ofSeconds(20)),
                baseline,
                metrics,
                List.of(),
                null,
                null,
                null,
                null);

        Analysis analysis = new DeterministicAnalysisAgent().analyze(input);

        assertThat(analysis.findings()).noneMatch(f -> f.severity().equals("critical"));
        assertThat(analysis.findings())
                .anyMatch(f -> f.title().equals("generator-limited at 20000 rps (steady)")
                        && f.evidence().contains("900 ms late at p95"));
        assertThat(analysis.capacity().generatorLimit().limitedAtRps()).isEqualTo(20_000);
        assertThat(analysis.capacity().generatorLimit().capacityText()).startsWith("unknown");
        assertThat(analysis.capacity().criteria()).contains("load generator could not keep its schedule");
        assertThat(analysis.todos())
                .extracting(Todo::title)
                .noneMatch(t -> t.startsWith("Profile"))
                .anyMatch(t -> t.startsWith("Measure beyond the load generator's limit"));
    }
}
