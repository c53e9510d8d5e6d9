package dev.benchpilot.orchestrator.engines;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.benchpilot.tools.analysis.BreakingSignals;
import dev.benchpilot.tools.analysis.GeneratorCheck;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A generator deliberately starved, on every engine this machine has: one process of the engine asked for a rate far
 * beyond what it can start on a small machine, against a fast loopback service. The engine's own lag reports (the
 * embedded engine: each user's start against the plan; Locust and Artillery: their event loop, once a second; any
 * outside engine: its busiest process's CPU) must make the level generator-limited, so that it is neither a
 * breaking signal of the target nor its capacity. k6 (not
 * installable here) reports {@code dropped_iterations}, tested on its documented output in {@code K6OutputTest}.
 */
@Tag("load-timing")
class StarvedGeneratorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at {1} rps")
    @CsvSource({"gatling, 60000", "locust, 4000", "artillery, 4000", "k6, 200000"})
    void a_generator_asked_for_more_than_it_can_start_is_generator_limited(String name, double rps) throws Exception {
        LoadEngine engine = LoadEngines.byName(name).orElseThrow();
        if (engine.unavailableReason() != null) {
            System.out.println("skipped engine " + name + ": " + engine.unavailableReason());
        }
        Assumptions.assumeTrue(engine.unavailableReason() == null, name + " is not installed");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        byte[] body = "[{\"id\":1}]".getBytes(StandardCharsets.UTF_8);
        server.createContext("/items", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Step list = new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of(), false, false);
            ScenarioSet scenarios = new ScenarioSet(
                    List.of(new Flow("list", "one request", 1, List.of(list))),
                    new ThinkTime(Duration.ZERO, Duration.ZERO),
                    List.of());
            LoadProfile profile = new LoadProfile(
                    LoadPattern.BASELINE, rps, List.of(Stage.constant("steady", Duration.ofSeconds(6), rps)));
            EngineRun run;
            List<GeneratorCpu.Sample> cpu;
            try (GeneratorCpu sampler = GeneratorCpu.start(60)) {
                run = engine.run(
                        new LoadTest(
                                URI.create("http://127.0.0.1:"
                                        + server.getAddress().getPort()),
                                scenarios,
                                profile,
                                null,
                                Files.createDirectories(dir.resolve(name)),
                                Duration.ofSeconds(3)),
                        LoadListener.NONE);
                cpu = sampler.samples();
            }
            StageMetrics steady = run.metrics().stages().get(0);
            GeneratorCheck.Verdict verdict = GeneratorCheck.of(steady, cpu, 1.0);
            System.out.printf(
                    "%s at %.0f rps: sent %.0f rps, schedule %s, breaking signals %s, verdict %s, cpu %s%n",
                    name,
                    rps,
                    steady.achievedRps(),
                    steady.schedule(),
                    BreakingSignals.of(steady, 1.0),
                    verdict.reasons(),
                    cpu);

            assertThat(steady.schedule())
                    .as("%s reports its own schedule", name)
                    .isNotNull();
            assertThat(verdict.generatorLimited())
                    .as("%s starved: generator-limited, not the target's limit", name)
                    .isTrue();
        } finally {
            server.stop(0);
        }
    }
}
