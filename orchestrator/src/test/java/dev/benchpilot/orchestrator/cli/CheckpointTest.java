package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
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
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive checkpoint, driven through picocli's execute() with scripted answers. */
class CheckpointTest {

    private static ShopApi shop;

    @TempDir
    Path workspace;

    @BeforeAll
    static void start() {
        shop = ShopApi.start(ShopConfig.defaults());
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    private Cli.Result benchmark(String answers) {
        return Cli.run(
                answers,
                true,
                "benchmark",
                "--target",
                shop.baseUrl().toString(),
                "--source",
                BadInputTest.SHOP_SOURCES,
                "--credentials",
                "shopper{1..500}:demo-password",
                "--duration",
                "10s",
                "--rps",
                "20",
                "--workspace",
                workspace.toString());
    }

    private Path onlyRun() throws Exception {
        try (Stream<Path> runs = Files.list(workspace.resolve(".benchpilot/runs"))) {
            return runs.findFirst().orElseThrow();
        }
    }

    @Test
    void cancel_at_the_checkpoint_leaves_a_cancelled_run_and_sends_no_load() throws Exception {
        Cli.Result result = benchmark("4\n");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Benchmark plan ready. Proceed?")
                .contains("cancelled: cancelled at the checkpoint");
        Path run = onlyRun();
        JsonNode summary =
                RunWorkspace.JSON.readTree(run.resolve("summary.json").toFile());
        assertThat(summary.get("status").asText()).isEqualTo("cancelled");
        assertThat(summary.get("requests").isNull()).isTrue();
        assertThat(summary.get("latencyMs").isNull()).isTrue();
        assertThat(run.resolve("results.json")).doesNotExist();
        assertThat(RunWorkspace.JSON
                        .readTree(run.resolve("run.json").toFile())
                        .get("status")
                        .asText())
                .isEqualTo("cancelled");
    }

    /** Route-like code the detection could not resolve is in plan.json and in the run's warnings, so in its report. */
    @Test
    void routes_not_understood_are_named_in_the_plan_and_the_run_warnings() throws Exception {
        Path source = workspace.resolve("source");
        try (Stream<Path> files = Files.walk(Path.of(BadInputTest.SHOP_SOURCES))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = source.resolve(
                        Path.of(BadInputTest.SHOP_SOURCES).relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.writeString(source.resolve("admin.js"), """
                const express = require('express')
                const app = express()
                app.get(ADMIN_PATH, (req, res) => res.send('ok'))
                """);

        Cli.Result result = Cli.run(
                "4\n",
                true,
                "benchmark",
                "--target",
                shop.baseUrl().toString(),
                "--source",
                source.toString(),
                "--duration",
                "10s",
                "--rps",
                "20",
                "--workspace",
                workspace.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String expected =
                "admin.js:3: route not understood (express): the path of app.get(...) is not a string literal; check "
                        + "it, "
                        + "or give --openapi";
        JsonNode plan =
                RunWorkspace.JSON.readTree(onlyRun().resolve("plan.json").toFile());
        assertThat(plan.get("notUnderstood")).extracting(JsonNode::asText).containsExactly(expected);
        assertThat(RunWorkspace.JSON
                        .readTree(onlyRun().resolve("summary.json").toFile())
                        .toString())
                .contains(expected);
    }

    @Test
    void review_prints_the_scenarios_and_asks_again_and_end_of_input_cancels() throws Exception {
        Cli.Result result = benchmark("3\n");

        assertThat(result.out())
                .contains("## User flows")
                .contains("members: cart, checkout")
                .contains("GET /api/products/{{productId}}")
                .as("the checkpoint says what the run will write")
                .contains("writes: posts to cart/add, checkout; changes and deletes nothing");
        assertThat(result.out().split("Benchmark plan ready", -1)).hasSize(3);
        assertThat(RunWorkspace.JSON
                        .readTree(onlyRun().resolve("summary.json").toFile())
                        .get("status")
                        .asText())
                .isEqualTo("cancelled");
    }

    @Test
    void adjust_re_plans_with_the_new_rate_and_duration_before_asking_again() throws Exception {
        Cli.Result result = benchmark("2\n35\n1m\n4\n");

        assertThat(result.out()).contains("baseline test, 1m, 35 rps, gatling");
        JsonNode plan =
                RunWorkspace.JSON.readTree(onlyRun().resolve("plan.json").toFile());
        assertThat(plan.get("targetRps").asDouble()).isEqualTo(35.0);
        assertThat(plan.get("durationSeconds").asLong()).isEqualTo(60);
    }

    /** An answer the plan cannot take (3 s is shorter than a baseline's stages) is refused and asked again. */
    @Test
    void an_adjust_the_plan_cannot_take_is_asked_again_not_a_failed_run() throws Exception {
        Cli.Result result = benchmark("2\n20\n3s\nfast\n40s\n20\n40s\n4\n");

        assertThat(result.out())
                .contains("Not applied: duration")
                .contains("Not applied: rps must be a positive number")
                .contains("baseline test, 40s, 20 rps, gatling")
                .contains("cancelled: cancelled at the checkpoint");
        assertThat(result.exitCode()).isZero();
    }

    /**
     * A checkpoint of the caller's own that answers with an adjustment the plan cannot take: the workflow checks it
     * too, says why in the run's warnings and asks again, rather than failing the run.
     */
    @Test
    void the_workflow_checks_an_adjustment_from_any_checkpoint() throws Exception {
        List<Checkpoint.Decision> answers = new ArrayList<>(List.of(
                new Checkpoint.Decision.Adjust(20, Duration.ofSeconds(3)), new Checkpoint.Decision.Cancel("enough")));
        List<String> warnings = new ArrayList<>();
        RunOutcome outcome = new Workflow(Agents.deterministic(), TargetPolicy.fromEnvironment(), new FileReports())
                .run(
                        new BenchmarkRequest(
                                new BenchmarkRequest.Service(
                                        shop.baseUrl(),
                                        Path.of(BadInputTest.SHOP_SOURCES),
                                        null,
                                        Credentials.parse("shopper{1..500}:demo-password")),
                                new BenchmarkRequest.Rate(20, LoadPattern.BASELINE, Duration.ofSeconds(10)),
                                new BenchmarkRequest.Options(
                                        "auto", workspace, false, MeasureOptions.DEFAULTS, null, false, null)),
                        plan -> answers.remove(0),
                        event -> {
                            if (event instanceof WorkflowEvent.Warning warning) {
                                warnings.add(warning.message());
                            }
                        });

        assertThat(outcome).isInstanceOf(RunOutcome.Cancelled.class);
        assertThat(outcome.reason()).isEqualTo("enough");
        assertThat(warnings)
                .anySatisfy(w -> assertThat(w).startsWith("adjustment not applied, plan unchanged: duration"));
    }

    /**
     * {@code --users 30}: the plan's rate is 30 users' load, recomputed here from the flows written to plan.json
     * (requests and think time per journey, weighted by flow), shown at the checkpoint; the run then sends that rate.
     */
    @Test
    void users_size_the_rate_from_the_flows_and_the_run_sends_it() throws Exception {
        Cli.Result result = Cli.run(
                "1\n",
                true,
                "benchmark",
                "--target",
                shop.baseUrl().toString(),
                "--source",
                BadInputTest.SHOP_SOURCES,
                "--credentials",
                "shopper{1..500}:demo-password",
                "--duration",
                "12s",
                "--users",
                "30",
                "--workspace",
                workspace.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode plan =
                RunWorkspace.JSON.readTree(onlyRun().resolve("plan.json").toFile());
        JsonNode scenarios = plan.get("scenarios");
        double thinkMean = (java.time.Duration.parse(
                                        scenarios.get("thinkTime").get("min").asText())
                                .toMillis()
                        + java.time.Duration.parse(
                                        scenarios.get("thinkTime").get("max").asText())
                                .toMillis())
                / 2000.0;
        double weights = 0;
        double requests = 0;
        double think = 0;
        for (JsonNode flow : scenarios.get("flows")) {
            double weight = flow.get("weight").asDouble();
            weights += weight;
            for (JsonNode step : flow.get("steps")) {
                requests += weight * step.get("probability").asDouble();
                think += step.get("thinkAfter").asBoolean()
                        ? weight * step.get("probability").asDouble() * thinkMean
                        : 0;
            }
        }
        double expected = 30 * (requests / weights) / (think / weights);
        assertThat(plan.get("users").get("users").asInt()).isEqualTo(30);
        assertThat(plan.get("targetRps").asDouble())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(expected * 0.01));
        double rps = plan.get("targetRps").asDouble();
        String rate = rps == Math.rint(rps) ? String.valueOf((long) rps) : String.valueOf(rps);
        assertThat(result.out())
                .contains("baseline test, 12s, " + rate + " rps, gatling")
                .contains("30 concurrent users = " + rate + " rps");
        assertThat(Files.readString(onlyRun().resolve("test-scenarios.md")))
                .contains("**Sized by users** (`--users`): 30 concurrent users");
        JsonNode summary =
                RunWorkspace.JSON.readTree(onlyRun().resolve("summary.json").toFile());
        assertThat(summary.get("targetRps").asDouble())
                .isEqualTo(plan.get("targetRps").asDouble());
        assertThat(summary.get("achievedRps").asDouble())
                .isCloseTo(plan.get("targetRps").asDouble(), org.assertj.core.data.Percentage.withPercentage(15));
    }
}
