package dev.benchpilot.orchestrator.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.calibration.CalibrationApi;
import dev.benchpilot.examples.calibration.CalibrationApiMain;
import dev.benchpilot.examples.calibration.CalibrationConfig;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.MeasureOptions;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.Workflow;
import dev.benchpilot.orchestrator.workflow.WorkflowEvent;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaks flagged only where there is one, a CPU-bound capacity found, and a stall seen in full (no coordinated
 * omission).
 */
@Tag("load-timing")
class CalibratedBehaviourTest {

    @TempDir
    Path workspace;

    private JsonNode run(
            URI target,
            LoadPattern pattern,
            double rps,
            Duration duration,
            MeasureOptions measure,
            Consumer<WorkflowEvent> events)
            throws Exception {
        BenchmarkRequest request = new BenchmarkRequest(
                new BenchmarkRequest.Service(target, null, CalibratedCapacityTest.OPENAPI, null),
                new BenchmarkRequest.Rate(rps, pattern, duration),
                new BenchmarkRequest.Options("auto", workspace, true, measure, null, false, null));
        RunOutcome outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                .run(request, Checkpoint.AUTO_CONFIRM, events::accept);
        assertThat(outcome).as(String.valueOf(outcome.reason())).isInstanceOf(RunOutcome.Completed.class);
        return RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("summary.json").toFile());
    }

    /** The calibration target in its own small JVM, so that its heap is its own and collects often. */
    private record Child(Process process, URI baseUrl) implements AutoCloseable {
        static Child start(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-Xmn16m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CalibrationApiMain.class.getName(),
                    "--port",
                    "0"));
            command.addAll(List.of(args));
            command.add("--exit-on-stdin-close");
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String line = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(String.valueOf(line));
            assertThat(url.find()).as(line).isTrue();
            return new Child(process, URI.create(url.group(1)));
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            process.destroy();
        }
    }

    /** A 30 s soak at 150 rps of the child, its process and its metrics watched. */
    private JsonNode soak(Child child, String label) throws Exception {
        return run(
                child.baseUrl(),
                LoadPattern.SOAK,
                150,
                Duration.ofSeconds(30),
                new MeasureOptions(
                        false,
                        null,
                        null,
                        child.process().pid(),
                        child.baseUrl().resolve("/metrics"),
                        null,
                        label),
                e -> {});
    }

    @Test
    void flags_a_leak_on_the_leaking_target_and_not_on_a_steady_one() throws Exception {
        JsonNode leaking;
        JsonNode steady;
        try (Child child = Child.start("--mode", "leak", "--leak-bytes", "5000")) {
            leaking = soak(child, "leak");
        }
        try (Child child = Child.start("--mode", "latency", "--median-ms", "2", "--p99-ms", "5")) {
            steady = soak(child, "steady");
        }
        System.out.printf(Locale.ROOT, "leak: %s%nsteady: %s%n", leaking.get("bottlenecks"), steady.get("bottlenecks"));

        assertThat(leaking.get("bottlenecks").findValuesAsText("resource")).contains("memory");
        assertThat(steady.get("bottlenecks").findValuesAsText("resource")).doesNotContain("memory");
    }

    @Test
    void never_reports_a_cpu_bound_service_above_its_capacity() throws Exception {
        CalibrationConfig config = CalibrationConfig.cpu(1, 4);
        // In its own JVM: sharing the test JVM's heap and JIT with the load generator stalls the one worker at random
        // (a CI run in a JVM that had run every other test first broke at 160 rps; a fresh one at 220).
        try (Child child = Child.start("--mode", "cpu", "--workers", "1", "--work-ms", "4")) {
            JsonNode summary = run(
                    child.baseUrl(),
                    LoadPattern.STRESS,
                    80, // a step holds for 2,000 requests (20 s at 40 rps): the search starts where steps are short
                    Duration.ofSeconds(80),
                    new MeasureOptions(
                            false,
                            null,
                            null,
                            child.process().pid(),
                            child.baseUrl().resolve("/metrics"),
                            null,
                            null),
                    e -> {});
            System.out.printf(
                    Locale.ROOT,
                    "calibration cpu: configured %.0f rps, reported %s, bottlenecks %s%n",
                    config.capacityRps(),
                    summary.get("capacity"),
                    summary.get("bottlenecks"));

            // Never above the truth; below it by what a single worker's queue on cores shared with the generator costs.
            // Measured here: 220, 200 and 160 rps for 250 (one worker breaks on p95 at 64-88% of its ceiling), so the
            // ±15% the pool-bound case meets is not met for a one-core CPU-bound target on a 2-core machine.
            double breaking = summary.get("capacity").get("breakingPointRps").asDouble();
            assertThat(breaking).isBetween(0.5 * config.capacityRps(), 1.15 * config.capacityRps());
        }
    }

    @Test
    void a_one_second_stall_shows_in_the_p99_because_arrivals_do_not_wait_for_answers() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.latency(2, 5))) {
            AtomicBoolean stalled = new AtomicBoolean();
            JsonNode summary = run(
                    api.baseUrl(), LoadPattern.BASELINE, 50, Duration.ofSeconds(16), MeasureOptions.DEFAULTS, event -> {
                        if (event instanceof WorkflowEvent.Interval interval
                                && interval.interval().second() >= 7
                                && stalled.compareAndSet(false, true)) {
                            client.sendAsync(
                                    HttpRequest.newBuilder(api.baseUrl().resolve("/admin/stall?ms=1000"))
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                        }
                    });
            JsonNode underLoad = summary.get("latencyMs").get("underLoad");
            System.out.printf(Locale.ROOT, "stall: under load %s%n", underLoad);

            assertThat(stalled).isTrue();
            assertThat(underLoad.get("max").asDouble()).isGreaterThan(900);
            assertThat(underLoad.get("p99").asDouble())
                    .as("about 50 of ~600 requests arrived during the stall")
                    .isGreaterThan(500);
            assertThat(underLoad.get("p50").asDouble()).isLessThan(50);
        }
    }
}
