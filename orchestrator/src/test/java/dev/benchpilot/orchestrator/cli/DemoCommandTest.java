package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchpilot demo}: the shop API as a child process, a short real run, summary.json on stdout. */
class DemoCommandTest {

    @TempDir
    Path workspace;

    @Test
    void demo_runs_against_the_bundled_shop_and_prints_summary_json() throws Exception {
        Cli.Result result = Cli.run(
                "demo",
                "--duration",
                "8s",
                "--rps",
                "20",
                "--yes",
                "--format",
                "json",
                "--sla",
                "p95<0.001ms,errors<50%",
                "--workspace",
                workspace.toString());

        assertThat(result.exitCode())
                .as("an SLA breach exits 1: " + result.err())
                .isEqualTo(1);
        JsonNode summary = RunWorkspace.JSON.readTree(result.out());
        assertThat(summary.get("status").asText()).isEqualTo("completed");
        assertThat(summary.get("target").asText()).startsWith("http://127.0.0.1:");
        assertThat(summary.get("requests").get("total").asLong()).isPositive();
        assertThat(summary.get("sla").get("passed").asBoolean()).isFalse();
        assertThat(summary.get("sla").get("clauses").findValuesAsText("status")).containsExactly("breach", "pass");
        assertThat(summary.get("bottlenecks").isArray()).isTrue();
        assertThat(result.err()).contains("watching the target: /proc pid");
        assertThat(result.err()).contains("Shop API listening on").contains("phase 4 report");
        java.util.regex.Matcher pid =
                java.util.regex.Pattern.compile("\\(pid (\\d+)\\)").matcher(result.err());
        assertThat(pid.find()).isTrue();
        assertThat(ProcessHandle.of(Long.parseLong(pid.group(1)))
                        .map(ProcessHandle::isAlive)
                        .orElse(false))
                .as("the shop API child process is stopped")
                .isFalse();
        assertThat(workspace.resolve(".benchpilot/demo/shop-api-src/dev/benchpilot/examples/shop/ShopRoutes.java"))
                .exists();
    }
}
