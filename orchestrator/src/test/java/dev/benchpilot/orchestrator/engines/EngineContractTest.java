package dev.benchpilot.orchestrator.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.scenario.DeterministicScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioRequest;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.workflow.BaselineAgainstShopTest;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One plan, every engine this machine has: the shop's detected flows at a constant 40 requests/s for 30 s, each
 * engine against a fresh shop on loopback. Every engine's requests go through benchpilot's recorder, so the figures
 * must agree: achieved rates within 10% of each other, no failures, and percentiles of the same order. Engines that
 * are not installed are skipped with the reason printed ({@code .ci/run} installs Artillery and Locust; k6 cannot be
 * installed here).
 */
class EngineContractTest {

    // 1,200 requests a run: the flows' random mix (2 to 6 requests a journey) leaves about 2% noise on the count of
    // each run, so 10% between two engines is a real difference, not chance (15 s at 30 rps left 4%, and flaked).
    static final double RPS = 40;
    static final Duration LOAD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static ScenarioSet shopScenarios() {
        var endpoints = EndpointDetection.detect(BaselineAgainstShopTest.SHOP_SOURCES, null).endpoints();
        return new DeterministicScenarioAgent().design(new ScenarioRequest(endpoints, LoadPattern.BASELINE, RPS, true)).scenarios();
    }

    static EngineRun run(LoadEngine engine, Path workDir) throws Exception {
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            LoadTest test = new LoadTest(shop.baseUrl(), shopScenarios(),
                    new LoadProfile(LoadPattern.BASELINE, RPS, List.of(Stage.constant("steady", LOAD, RPS))),
                    Credentials.parse("shopper{1..500}:" + ShopConfig.DEMO_PASSWORD), Files.createDirectories(workDir), Duration.ofSeconds(10));
            return engine.run(test, LoadListener.NONE);
        }
    }

    @Test
    void every_available_engine_gives_the_same_figures_for_the_same_plan() throws Exception {
        Map<String, LoadMetrics> results = new LinkedHashMap<>();
        for (String name : LoadEngines.names()) {
            LoadEngine engine = LoadEngines.byName(name).orElseThrow();
            if (engine.unavailableReason() != null) {
                System.out.println("skipped engine " + name + ": " + engine.unavailableReason());
                continue;
            }
            EngineRun run = run(engine, dir.resolve(name));
            LoadMetrics metrics = run.metrics();
            System.out.printf("engine %-9s achieved %.1f rps, %d requests, %d failed, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; warnings %s%n",
                    name, metrics.achievedRps(), metrics.requests(), metrics.failed(), metrics.measuredLatencyMs().p50(),
                    metrics.measuredLatencyMs().p95(), metrics.measuredLatencyMs().p99(), run.warnings());
            assertThat(run.engine()).isEqualTo(name);
            assertThat(metrics.failed()).as("%s failures", name).isZero();
            assertThat(metrics.groups()).as("%s says which flow sent each request: every request is in a group", name)
                    .extracting(g -> g.name()).contains("read-heavy", "mixed");
            assertThat(metrics.groups().stream().mapToLong(g -> g.requests()).sum()).as(name).isEqualTo(metrics.requests());
            assertThat(run.warnings()).as("%s: its own count agrees with the lines read, every line readable", name)
                    .noneMatch(w -> w.contains("own summary") || w.contains("could not be read"));
            results.put(name, metrics);
        }
        assertThat(results).containsKey("gatling");
        double gatling = results.get("gatling").achievedRps();
        double gatlingP50 = results.get("gatling").measuredLatencyMs().p50();
        results.forEach((name, metrics) -> {
            assertThat(metrics.achievedRps()).as("%s achieved rps vs gatling's %.1f", name, gatling).isCloseTo(gatling,
                    org.assertj.core.data.Percentage.withPercentage(10));
            assertThat(metrics.measuredLatencyMs().p50()).as("%s p50", name).isLessThanOrEqualTo(metrics.measuredLatencyMs().p95());
            // same order of magnitude: every engine times the same shop on the same machine; client overheads differ by ms
            assertThat(metrics.measuredLatencyMs().p50()).as("%s p50 vs gatling's %.1f ms", name, gatlingP50)
                    .isBetween(gatlingP50 / 4, gatlingP50 * 4 + 5);
        });
    }

    @Test
    void locust_with_two_workers_merges_both_workers_requests_into_one_set_of_figures() throws Exception {
        LoadEngine locust = LoadEngines.byName("locust", new LoadEngines.Options(2, null)).orElseThrow();
        if (locust.unavailableReason() != null) {
            System.out.println("skipped: " + locust.unavailableReason());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(locust.unavailableReason() == null, "locust not installed");
        EngineRun run = run(locust, dir.resolve("locust-workers"));
        List<Path> files;
        try (var list = Files.list(dir.resolve("locust-workers/locust/results"))) {
            files = list.filter(f -> f.getFileName().toString().startsWith("requests-")).toList();
        }
        long lines = 0;
        for (Path file : files) {
            long count = Files.readAllLines(file).size();
            assertThat(count).as("requests sent by the worker writing %s", file.getFileName()).isPositive();
            lines += count;
        }
        assertThat(files).as("one result file per worker process").hasSize(2);
        assertThat(run.metrics().requests()).isEqualTo(lines);
        assertThat(run.metrics().failed()).isZero();
        assertThat(run.warnings()).noneMatch(w -> w.contains("own summary"));
        assertThat(run.metrics().achievedRps()).isCloseTo(RPS, org.assertj.core.data.Percentage.withPercentage(15));
    }
}
