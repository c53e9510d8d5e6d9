package dev.benchpilot.orchestrator.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.report.FileReports;
import dev.benchpilot.tools.scenario.AuthHeader;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real, short baseline against the shop API on a free loopback port, end to end through every phase. */
public class BaselineAgainstShopTest {

    public static final Path SHOP_SOURCES = Path.of("../examples/shop-api/src/main/java");

    @TempDir
    Path workspace;

    @Test
    void a_twelve_second_baseline_completes_at_the_target_rate_without_errors() throws Exception {
        List<WorkflowEvent> events = new CopyOnWriteArrayList<>();
        RunOutcome outcome;
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            BenchmarkRequest request = new BenchmarkRequest(
                    new BenchmarkRequest.Service(
                            shop.baseUrl(),
                            SHOP_SOURCES,
                            null,
                            Credentials.parse("shopper{1..500}:" + ShopConfig.DEMO_PASSWORD)),
                    new BenchmarkRequest.Rate(40, LoadPattern.BASELINE, Duration.ofSeconds(12)),
                    new BenchmarkRequest.Options("auto", workspace, true, null, null, false, null));
            outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                    .run(request, Checkpoint.AUTO_CONFIRM, events::add);
        }
        assertThat(outcome).isInstanceOf(RunOutcome.Completed.class);
        JsonNode summary = RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("summary.json").toFile());

        assertThat(summary.get("status").asText()).isEqualTo("completed");
        assertThat(summary.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(summary.get("achievedRps").asDouble()).isCloseTo(40.0, within(4.0));
        assertThat(summary.get("requests").get("failed").asLong()).isZero();
        JsonNode underLoad = summary.get("latencyMs").get("underLoad");
        assertThat(underLoad.get("min").asDouble())
                .isLessThanOrEqualTo(underLoad.get("p50").asDouble());
        assertThat(underLoad.get("p50").asDouble())
                .isLessThanOrEqualTo(underLoad.get("p95").asDouble());
        assertThat(underLoad.get("p95").asDouble())
                .isLessThanOrEqualTo(underLoad.get("p99").asDouble());
        assertThat(underLoad.get("p99").asDouble())
                .isLessThanOrEqualTo(underLoad.get("max").asDouble());
        long perEndpoint = 0;
        for (JsonNode endpoint : summary.get("endpoints")) {
            perEndpoint += endpoint.get("requests").asLong();
        }
        assertThat(perEndpoint).isEqualTo(summary.get("requests").get("total").asLong());
        long perGroup = 0;
        for (JsonNode group : summary.get("groups")) {
            perGroup += group.get("requests").asLong();
            assertThat(group.get("latencyMs").get("p95").isNumber()).isTrue();
        }
        assertThat(summary.get("groups").findValuesAsText("name"))
                .as("flow groups run concurrently, each with its own figures")
                .contains("read-heavy", "write-heavy");
        assertThat(perGroup).isEqualTo(summary.get("requests").get("total").asLong());
        assertThat(summary.get("endpoints").findValuesAsText("path"))
                .contains("/api/products/{id}", "/api/checkout", "/api/dashboard");
        assertThat(summary.get("latencyMs").get("noLoad").get("p95").isNumber()).isTrue();
        assertThat(summary.get("capacity").get("breakingPointRps").isNull())
                .as("not measured by a baseline")
                .isTrue();
        assertThat(summary.get("agents").get("scenario").get("implementation").asText())
                .isEqualTo("deterministic");
        assertThat(summary.has("comparison")).isTrue();
        assertThat(summary.get("artifacts").findValuesAsText("")).isEmpty();
        for (String artifact : List.of(
                "run.json",
                "plan.json",
                "endpoints.json",
                "test-scenarios.md",
                "setup.md",
                "load-test.js",
                "LoadTestSimulation.java",
                "results.json",
                "phase-2-baseline-test.json",
                "phase-3-analysis.md",
                "final-benchmark-report.md",
                "todos.md",
                "summary.json")) {
            assertThat(outcome.workspace().resolve(artifact)).as(artifact).exists();
        }
        String everything = String.join(
                "\n",
                Files.readString(outcome.workspace().resolve("plan.json")),
                Files.readString(outcome.workspace().resolve("summary.json")),
                Files.readString(outcome.workspace().resolve("load-test.js")),
                Files.readString(outcome.workspace().resolve("final-benchmark-report.md")));
        assertThat(everything).as("the password never reaches a file").doesNotContain(ShopConfig.DEMO_PASSWORD);
        assertThat(events).anyMatch(e -> e instanceof WorkflowEvent.Interval);
        assertThat(events)
                .filteredOn(e -> e instanceof WorkflowEvent.PhaseFinished)
                .hasSize(5);
        assertThat(RunWorkspace.JSON
                        .readTree(outcome.workspace().resolve("run.json").toFile())
                        .get("lastCompletedPhase")
                        .asText())
                .isEqualTo("REPORT");
    }

    @Test
    void a_static_auth_header_signs_in_every_member_journey_without_a_login_step() throws Exception {
        RunOutcome outcome;
        String token;
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            HttpResponse<String> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(shop.baseUrl().resolve("/api/login"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"username\":\"shopper7\",\"password\":\"" + ShopConfig.DEMO_PASSWORD
                                                    + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            token = RunWorkspace.JSON.readTree(login.body()).get("token").asText();
            BenchmarkRequest request = new BenchmarkRequest(
                    new BenchmarkRequest.Service(
                            shop.baseUrl(),
                            SHOP_SOURCES,
                            null,
                            Credentials.of(AuthHeader.parse("Authorization: Bearer " + token))),
                    new BenchmarkRequest.Rate(40, LoadPattern.BASELINE, Duration.ofSeconds(6)),
                    new BenchmarkRequest.Options("auto", workspace, true, null, null, false, null));
            outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                    .run(request, Checkpoint.AUTO_CONFIRM, e -> {});
        }
        assertThat(outcome).isInstanceOf(RunOutcome.Completed.class);
        JsonNode plan = RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("plan.json").toFile());
        assertThat(plan.get("scenarios").get("flows").findValuesAsText("endpointKey"))
                .contains("GET /api/dashboard")
                .doesNotContain("POST /api/login");
        JsonNode summary = RunWorkspace.JSON.readTree(
                outcome.workspace().resolve("summary.json").toFile());
        long members =
                0; // requests to endpoints that need auth; at 40 rps for 6 s about 70 journeys, 15% of them members
        for (JsonNode endpoint : summary.get("endpoints")) {
            if (List.of("/api/cart", "/api/checkout", "/api/dashboard")
                    .contains(endpoint.get("path").asText())) {
                members += endpoint.get("requests").asLong();
            }
        }
        assertThat(members).as("requests to endpoints that need auth").isPositive();
        // one header is one user for every journey, so checkouts may conflict (409); but no request may be refused auth
        assertThat(summary.get("requests").get("byStatus").has("401"))
                .as("byStatus %s", summary.get("requests").get("byStatus"))
                .isFalse();
        assertThat(summary.get("requests").get("byStatus").has("200")).isTrue();
        String everything = String.join(
                "\n",
                Files.readString(outcome.workspace().resolve("plan.json")),
                Files.readString(outcome.workspace().resolve("summary.json")),
                Files.readString(outcome.workspace().resolve("load-test.js")),
                Files.readString(outcome.workspace().resolve("locustfile.py")),
                Files.readString(outcome.workspace().resolve("final-benchmark-report.md")));
        assertThat(everything).as("the token never reaches a file").doesNotContain(token);
    }
}
