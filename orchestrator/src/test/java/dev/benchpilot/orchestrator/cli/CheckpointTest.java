package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return Cli.run(answers, true, "benchmark", "--target", shop.baseUrl().toString(), "--source", BadInputTest.SHOP_SOURCES,
                "--credentials", "shopper{1..500}:demo-password", "--duration", "10s", "--rps", "20", "--workspace", workspace.toString());
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
        assertThat(result.out()).contains("Benchmark plan ready. Proceed?").contains("cancelled: cancelled at the checkpoint");
        Path run = onlyRun();
        JsonNode summary = RunWorkspace.JSON.readTree(run.resolve("summary.json").toFile());
        assertThat(summary.get("status").asText()).isEqualTo("cancelled");
        assertThat(summary.get("requests").isNull()).isTrue();
        assertThat(summary.get("latencyMs").isNull()).isTrue();
        assertThat(run.resolve("results.json")).doesNotExist();
        assertThat(RunWorkspace.JSON.readTree(run.resolve("run.json").toFile()).get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void review_prints_the_scenarios_and_asks_again_and_end_of_input_cancels() throws Exception {
        Cli.Result result = benchmark("3\n");

        assertThat(result.out()).contains("## User flows").contains("member-checkout").contains("GET /api/products/{{productId}}");
        assertThat(result.out().split("Benchmark plan ready", -1)).hasSize(3);
        assertThat(RunWorkspace.JSON.readTree(onlyRun().resolve("summary.json").toFile()).get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void adjust_re_plans_with_the_new_rate_and_duration_before_asking_again() throws Exception {
        Cli.Result result = benchmark("2\n35\n1m\n4\n");

        assertThat(result.out()).contains("baseline test, 1m, 35 rps, gatling");
        JsonNode plan = RunWorkspace.JSON.readTree(onlyRun().resolve("plan.json").toFile());
        assertThat(plan.get("targetRps").asDouble()).isEqualTo(35.0);
        assertThat(plan.get("durationSeconds").asLong()).isEqualTo(60);
    }
}
