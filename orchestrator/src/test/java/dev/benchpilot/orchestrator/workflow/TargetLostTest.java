package dev.benchpilot.orchestrator.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.demo.DemoTarget;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.tools.process.ChildEnvironment;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A target killed in the middle of the load ends the load within seconds and is never reported as a completed run. */
class TargetLostTest {

    @TempDir
    Path workspace;

    @Test
    void a_target_killed_during_the_load_ends_it_within_seconds_with_its_own_status_and_no_breaking_point()
            throws Exception {
        List<WorkflowEvent> events = new CopyOnWriteArrayList<>();
        AtomicLong killedAt = new AtomicLong();
        RunOutcome outcome;
        try (DemoTarget shop = DemoTarget.start(workspace.resolve("shop.log"))) {
            for (String variable : Files.readString(Path.of("/proc", String.valueOf(shop.pid()), "environ"))
                    .split("\0")) {
                String name = variable.contains("=") ? variable.substring(0, variable.indexOf('=')) : variable;
                assertThat(ChildEnvironment.kept(name) || name.isEmpty())
                        .as("the demo shop inherits only what it needs: " + name)
                        .isTrue();
            }
            BenchmarkRequest request = new BenchmarkRequest(
                    new BenchmarkRequest.Service(
                            shop.baseUrl(),
                            BaselineAgainstShopTest.SHOP_SOURCES,
                            null,
                            Credentials.parse("shopper{1..500}:" + ShopConfig.DEMO_PASSWORD)),
                    new BenchmarkRequest.Rate(30, LoadPattern.BASELINE, Duration.ofSeconds(30)),
                    new BenchmarkRequest.Options(
                            "gatling",
                            workspace,
                            true,
                            MeasureOptions.DEFAULTS.withObserved(shop.pid(), null),
                            null,
                            false,
                            null));
            outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                    .run(request, Checkpoint.AUTO_CONFIRM, event -> {
                        events.add(event);
                        if (event instanceof WorkflowEvent.Interval interval
                                && interval.interval().second() == 3
                                && killedAt.get() == 0) {
                            killedAt.set(System.nanoTime());
                            ProcessHandle.of(shop.pid()).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                        }
                    });
        }
        long ended =
                events.stream().filter(e -> e instanceof WorkflowEvent.Finished).count();
        assertThat(ended).isEqualTo(1);
        assertThat(killedAt.get()).as("the target was killed during the load").isPositive();
        long lastLoadSecond = events.stream()
                .filter(e -> e instanceof WorkflowEvent.Interval)
                .mapToLong(e -> ((WorkflowEvent.Interval) e).interval().second())
                .max()
                .orElseThrow();
        assertThat(lastLoadSecond)
                .as("the load ended within 5 s of the kill, not at its planned 30 s")
                .isLessThanOrEqualTo(3 + 5 + 1);

        assertThat(outcome).isInstanceOf(RunOutcome.TargetLost.class);
        assertThat(outcome.reason()).matches(".*the target's process \\(pid \\d+\\) exited at \\d+\\.\\d s.*");
        JsonNode summary = RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("summary.json").toFile());
        assertThat(summary.get("status").asText()).isEqualTo("target_lost");
        assertThat(summary.get("capacity").get("breakingPointRps").isNull()).isTrue();
        assertThat(summary.get("capacity").get("criteria").asText()).startsWith("not measured: the target went away");
        assertThat(summary.get("requests").get("total").asLong())
                .as("the figures until then are kept")
                .isPositive();
        if (!summary.get("achievedRps").isNull()) {
            assertThat(summary.get("achievedRps").asDouble())
                    .as("achieved counts answered requests")
                    .isLessThanOrEqualTo(30 * 1.1);
        }
        String report = Files.readString(outcome.workspace().resolve("final-benchmark-report.md"));
        assertThat(report)
                .contains("exited at")
                .doesNotContain("breaking signals at")
                .doesNotContain("AttachNotSupported")
                .doesNotContain("\tat ");
        assertThat(summary.get("warnings").toString()).contains("the target went away during the load");
    }
}
