package dev.benchpilot.orchestrator.engines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BaselineAgainstShopTest;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.Workflow;
import dev.benchpilot.orchestrator.workflow.WorkflowEvent;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run on Locust with two workers, through every phase: the summary names the tool, the plan keeps why
 * and how many workers, progress says how the load is spread, and the figures come from both workers' lines.
 * Skipped with the reason printed where Locust is not installed.
 */
class OutsideEngineWorkflowTest {

    @TempDir
    Path workspace;

    @Test
    void a_locust_run_with_two_workers_completes_with_the_tool_in_the_summary() throws Exception {
        String missing = LoadEngines.byName("locust").orElseThrow().unavailableReason();
        if (missing != null) {
            System.out.println("skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, "locust not installed");
        List<WorkflowEvent> events = new CopyOnWriteArrayList<>();
        RunOutcome outcome;
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            BenchmarkRequest request = new BenchmarkRequest(
                    new BenchmarkRequest.Service(
                            shop.baseUrl(),
                            BaselineAgainstShopTest.SHOP_SOURCES,
                            null,
                            Credentials.parse("shopper{1..500}:" + ShopConfig.DEMO_PASSWORD)),
                    new BenchmarkRequest.Rate(30, LoadPattern.BASELINE, Duration.ofSeconds(12)),
                    new BenchmarkRequest.Options(
                            "locust", workspace, true, null, new LoadEngines.Options(2, null), false, null));
            outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                    .run(request, Checkpoint.AUTO_CONFIRM, events::add);
        }
        assertThat(outcome).isInstanceOf(RunOutcome.Completed.class);
        JsonNode summary = RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("summary.json").toFile());
        JsonNode plan = RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("plan.json").toFile());
        assertThat(summary.get("tool").asText()).isEqualTo("locust");
        assertThat(plan.get("toolReason").asText()).isEqualTo("chosen with --tool locust");
        assertThat(plan.get("workers").asInt()).isEqualTo(2);
        assertThat(summary.get("requests").get("failed").asLong()).isZero();
        assertThat(summary.get("achievedRps").asDouble()).isGreaterThan(0);
        assertThat(events).anyMatch(e -> e.toString().contains("a master and 2 workers on this machine"));
        List<Path> workerFiles;
        try (var files = Files.list(outcome.workspace().resolve("locust/results"))) {
            workerFiles = files.filter(f -> f.getFileName().toString().startsWith("requests-"))
                    .toList();
        }
        assertThat(workerFiles)
                .as("the workers' results come through the master")
                .hasSize(1);
        assertThat(Files.readString(outcome.workspace().resolve("setup.md")))
                .contains(
                        "--master --master-bind-host 0.0.0.0 --expect-workers 2",
                        "--worker --master-host <master host>");
        assertThat(summary.get("warnings").toString()).doesNotContain("own summary");
    }
}
