package dev.benchpilot.orchestrator.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@code --tool}: the auto rules, the fallback to Gatling with a warning, and the usage errors. */
class ToolChoiceTest {

    /** Engines by name; those in {@code installed} can run, the others say they are not installed. */
    private static Function<String, LoadEngine> engines(String... installed) {
        Set<String> present = Set.of(installed);
        return name -> !LoadEngines.names().contains(name)
                ? null
                : new LoadEngine() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public String connections() {
                        return "per-user";
                    }

                    @Override
                    public String unavailableReason() {
                        return name.equals("gatling") || present.contains(name)
                                ? null
                                : name + " is not on PATH: install it";
                    }

                    @Override
                    public EngineRun run(LoadTest test, LoadListener listener) {
                        throw new AssertionError("choosing a tool must not run it");
                    }
                };
    }

    private static BenchmarkRequest request(String tool, LoadPattern pattern, int workers) {
        return new BenchmarkRequest(
                new BenchmarkRequest.Service(URI.create("http://127.0.0.1:8080"), null, null, null),
                new BenchmarkRequest.Rate(50, pattern, Duration.ofSeconds(30)),
                new BenchmarkRequest.Options(
                        tool, null, true, null, new LoadEngines.Options(workers, null), false, null));
    }

    private static ToolChoice auto(List<String> detectors, String... installed) {
        return ToolChoice.choose(request("auto", LoadPattern.BASELINE, 0), detectors, engines(installed));
    }

    @Test
    void auto_follows_the_stack_and_what_is_installed() {
        assertThat(auto(List.of("spring")).engine().name()).isEqualTo("gatling");
        assertThat(auto(List.of("spring")).warning()).isNull();
        assertThat(auto(List.of("fastapi"), "locust").engine().name()).isEqualTo("locust");
        assertThat(auto(List.of("fastapi"), "locust").reason()).startsWith("auto: a Python service (fastapi)");
        assertThat(auto(List.of("express"), "k6", "artillery").engine().name()).isEqualTo("k6");
        assertThat(auto(List.of("express"), "artillery").engine().name()).isEqualTo("artillery");
    }

    @Test
    void a_preferred_tool_that_is_missing_falls_back_to_gatling_with_a_warning() {
        ToolChoice choice = auto(List.of("express"));
        assertThat(choice.engine().name()).isEqualTo("gatling");
        assertThat(choice.warning()).contains("k6 or artillery", "none is installed", "running Gatling instead");
        assertThat(choice.reason()).contains("fell back to Gatling");
    }

    @Test
    void adaptive_stress_stays_on_gatling_and_workers_need_locust() {
        ToolChoice stress =
                ToolChoice.choose(request("auto", LoadPattern.STRESS, 0), List.of("flask"), engines("locust"));
        assertThat(stress.engine().name()).isEqualTo("gatling");
        assertThat(stress.reason()).contains("adaptive stress search");
        ToolChoice workers =
                ToolChoice.choose(request("auto", LoadPattern.BASELINE, 2), List.of("spring"), engines("locust"));
        assertThat(workers.engine().name()).isEqualTo("locust");
        assertThatThrownBy(() -> ToolChoice.choose(request("auto", LoadPattern.BASELINE, 2), List.of(), engines()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--workers needs Locust");
    }

    @Test
    void an_explicit_tool_runs_as_asked_or_is_a_usage_error_saying_how_to_install_it() {
        assertThat(ToolChoice.choose(request("artillery", LoadPattern.BASELINE, 0), List.of(), engines("artillery"))
                        .reason())
                .isEqualTo("chosen with --tool artillery");
        assertThatThrownBy(() -> ToolChoice.choose(request("k6", LoadPattern.BASELINE, 0), List.of(), engines()))
                .isInstanceOf(UsageException.class)
                .hasMessage("--tool k6 cannot run here: k6 is not on PATH: install it");
        assertThatThrownBy(() -> ToolChoice.choose(request("jmeter", LoadPattern.BASELINE, 0), List.of(), engines()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown tool 'jmeter'")
                .hasMessageContaining("locust");
        assertThatThrownBy(() ->
                        ToolChoice.choose(request("gatling", LoadPattern.BASELINE, 2), List.of(), engines("locust")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("use them with --tool locust or --tool k6");
    }
}
