package dev.benchpilot.agents.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import dev.benchpilot.tools.engines.LoadEngines;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.monitor.TargetWatch;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ExecutionAgent} promises for a run without a search, checked on the deterministic agent and on the
 * LLM agent (LangChain4j's real client, pointed at a scripted local server that must not be asked: a run without a
 * search has no rate to choose): the flows walked once, the no-load baseline per endpoint, then the load in the
 * profile's stages, on real short load against a loopback server.
 */
class ExecutionAgentContractTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "llm"})
    void a_run_without_a_search_walks_the_flows_measures_no_load_then_runs_the_profile(String implementation)
            throws Exception {
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        target.setExecutor(Executors.newFixedThreadPool(2));
        byte[] body = "[{\"id\":1}]".getBytes(StandardCharsets.UTF_8);
        target.createContext("/items", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        target.start();
        try (ScriptedOpenAiServer model = new ScriptedOpenAiServer()) {
            ExecutionAgent agent = implementation.equals("deterministic")
                    ? new DeterministicExecutionAgent()
                    : new LlmExecutionAgent(ModelConfig.resolve(
                            "openai:test-model", Map.of(ModelConfig.ENV_BASE_URL, model.baseUrl()), Map.of()));
            Step list = new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of(), false, false);
            ScenarioSet scenarios = new ScenarioSet(
                    List.of(new Flow("list", "one request", 1, List.of(list))),
                    new ThinkTime(Duration.ZERO, Duration.ZERO),
                    List.of());
            LoadProfile profile = new LoadProfile(
                    LoadPattern.BASELINE,
                    20,
                    List.of(
                            Stage.ramp("warm-up", Duration.ofSeconds(1), 5, 20),
                            Stage.constant("steady", Duration.ofSeconds(3), 20)));
            LoadTest test = new LoadTest(
                    URI.create("http://127.0.0.1:" + target.getAddress().getPort()),
                    scenarios,
                    profile,
                    null,
                    dir,
                    Duration.ofSeconds(5));

            ExecutionReport report = agent.execute(
                    new ExecutionRequest(
                            test, LoadEngines.byName("gatling").orElseThrow(), 5, null, TargetWatch.NOTHING),
                    ExecutionListener.NONE);

            assertThat(report.preflight().failures()).isEmpty();
            assertThat(report.baseline().byEndpoint()).containsKey("GET /items");
            assertThat(report.baseline().requests()).isGreaterThanOrEqualTo(5);
            assertThat(report.run().engine()).isEqualTo("gatling");
            assertThat(report.run().metrics().stages())
                    .extracting(stage -> stage.name())
                    .containsExactly("warm-up", "steady");
            assertThat(report.run().metrics().requests()).isGreaterThan(40);
            assertThat(report.run().metrics().failed()).isZero();
            assertThat(report.search()).isNull();
            assertThat(report.targetLost()).isNull();
            assertThat(report.activity().implementation()).isEqualTo("deterministic");
            assertThat(model.requests()).as("nothing to choose, nothing asked").isEmpty();
        } finally {
            target.stop(0);
        }
    }
}
