package dev.benchpilot.orchestrator.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.calibration.CalibrationApi;
import dev.benchpilot.examples.calibration.CalibrationConfig;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.orchestrator.workflow.Agents;
import dev.benchpilot.orchestrator.workflow.BaselineAgainstShopTest;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.MeasureOptions;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.Workflow;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adaptive stress search against targets whose capacity is known: the breaking point must land within
 * 15% of the configured capacity, and the right bottleneck must be named.
 */
@Tag("load-timing")
class CalibratedCapacityTest {

    @TempDir
    Path workspace;

    static final Path OPENAPI = Path.of("../examples/calibration-api/src/main/resources/calibration-openapi.yaml");

    private JsonNode stress(CalibrationConfig config, double startRps, Duration budget) throws Exception {
        try (CalibrationApi api = CalibrationApi.start(config)) {
            JsonNode summary = run(new BenchmarkRequest(
                    new BenchmarkRequest.Service(api.baseUrl(), null, OPENAPI, null),
                    new BenchmarkRequest.Rate(startRps, LoadPattern.STRESS, budget),
                    new BenchmarkRequest.Options(
                            "auto",
                            workspace,
                            true,
                            new MeasureOptions(
                                    false, null, null, null, api.baseUrl().resolve("/metrics"), null, null),
                            null,
                            false,
                            null)));
            System.out.printf(
                    Locale.ROOT,
                    "calibration %s: configured %.0f rps, reported %s, bottlenecks %s%n",
                    config.mode(),
                    config.capacityRps(),
                    summary.get("capacity"),
                    summary.get("bottlenecks"));
            return summary;
        }
    }

    private JsonNode run(BenchmarkRequest request) throws Exception {
        RunOutcome outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                .run(request, Checkpoint.AUTO_CONFIRM, event -> {});
        assertThat(outcome).isInstanceOf(RunOutcome.Completed.class);
        return RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("summary.json").toFile());
    }

    @Test
    void finds_the_breaking_point_of_a_pool_bound_service_within_fifteen_percent() throws Exception {
        CalibrationConfig config = CalibrationConfig.pool(8, 20);

        // From 120 rps: a step holds for 2,000 requests (at least 10 s), so a search from 60 spent 20 s learning that
        // 60 holds;
        // the steps that bracket the capacity are the same.
        JsonNode summary = stress(config, 120, Duration.ofSeconds(100));

        JsonNode capacity = summary.get("capacity");
        double breaking = capacity.get("breakingPointRps").asDouble();
        assertThat(breaking)
                .as(capacity.toString())
                .isBetween(0.85 * config.capacityRps(), 1.15 * config.capacityRps());
        assertThat(capacity.get("maximumRps").asDouble()).isLessThan(breaking);
        assertThat(capacity.get("criteria").asText()).contains("breaking point");
        assertThat(summary.get("bottlenecks").get(0).get("resource").asText()).isEqualTo("connection pool");
    }

    @Test
    void names_the_shops_connection_pool_as_its_bottleneck_when_its_metrics_are_watched() throws Exception {
        ShopConfig defaults = ShopConfig.defaults();
        try (ShopApi shop = ShopApi.start(new ShopConfig(
                0, 1, Duration.ofSeconds(2), defaults.products(), defaults.users(), defaults.orderLines()))) {
            JsonNode summary = run(new BenchmarkRequest(
                    new BenchmarkRequest.Service(
                            shop.baseUrl(),
                            BaselineAgainstShopTest.SHOP_SOURCES,
                            null,
                            Credentials.parse("shopper{1..500}:" + ShopConfig.DEMO_PASSWORD)),
                    new BenchmarkRequest.Rate(100, LoadPattern.STRESS, Duration.ofSeconds(80)),
                    new BenchmarkRequest.Options(
                            "auto",
                            workspace,
                            true,
                            new MeasureOptions(
                                    false, null, null, null, shop.baseUrl().resolve("/metrics"), null, null),
                            null,
                            false,
                            null)));
            System.out.printf(
                    Locale.ROOT,
                    "shop, pool of 1: %s, bottlenecks %s%n",
                    summary.get("capacity"),
                    summary.get("bottlenecks"));

            assertThat(summary.get("capacity").get("breakingPointRps").isNumber())
                    .isTrue();
            assertThat(summary.get("bottlenecks").get(0).get("resource").asText())
                    .isEqualTo("connection pool");
        }
    }
}
