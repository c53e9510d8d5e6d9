package dev.benchpilot.orchestrator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure to publish is a warning that names the host and never the rest of the URL, where secrets live. */
class PublicationTest {

    static final String SUMMARY = """
            {"schemaVersion": 1, "runId": "benchmark-2026-12-05-120000", "status": "completed", "pattern": "baseline",
             "tool": "gatling", "target": "http://127.0.0.1:8080", "finishedAt": "2026-12-05T12:00:30Z",
             "targetRps": 50, "achievedRps": 49.6,
             "requests": {"total": 1488, "failed": 3, "errorRate": 0.002, "byStatus": {"200": 1485, "503": 3}},
             "latencyMs": {"noLoad": {"p50": 2, "p95": 4, "p99": 6},
                           "underLoad": {"min": 1, "mean": 3, "stddev": 1, "p50": 2.5, "p90": 5, "p95": 7.25,
                                         "p99": 12, "p999": 20, "max": 31}},
             "capacity": {"comfortableRps": null, "maximumRps": null, "breakingPointRps": null},
             "sla": {"passed": false, "clauses": [{"clause": "p95<5ms", "status": "breached", "measured": 7.25}]},
             "comparison": {"baselineRunId": "benchmark-2026-12-04-120000", "deltas": {"p95Ms": 40.0},
                            "regressions": ["p95 5.2 → 7.3 ms (+40%)"]},
             "generator": {"limited": false}}""";

    @TempDir
    Path dir;

    @Test
    void the_message_says_the_verdict_the_figures_the_sla_and_the_regression() throws Exception {
        Files.writeString(dir.resolve("summary.json"), SUMMARY);
        Files.writeString(dir.resolve("final-benchmark-report.md"), "# report");
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer hook = PublishedRunsTest.webhook(posted, 200);
        List<String> warnings = new ArrayList<>();
        try {
            new Publication(
                            null,
                            URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hooks/abc"))
                    .publish(dir, null, "shop", warnings::add);
        } finally {
            hook.stop(0);
        }

        assertThat(warnings).isEmpty();
        JsonNode message = PrometheusTools.JSON.readTree(posted.get(0));
        assertThat(message.path("text").asText())
                .startsWith("benchpilot SLA BREACHED, REGRESSED: baseline benchmark-2026-12-05-120000 of "
                        + "http://127.0.0.1:8080")
                .contains(
                        "achieved 49.6 rps of 50 rps planned; p50 2.5 ms, p95 7.3 ms, p99 12 ms; errors 0.20% of 1488")
                .contains("SLA BREACHED: p95<5ms breached")
                .contains("against benchmark-2026-12-04-120000: REGRESSED: p95 5.2 → 7.3 ms (+40%)")
                .contains("report: " + dir.resolve("final-benchmark-report.md").toAbsolutePath());
        assertThat(message.path("blocks").get(0).path("type").asText()).isEqualTo("header");
    }

    @Test
    void a_webhook_that_fails_or_is_not_there_is_a_warning_without_its_secret() throws Exception {
        Files.writeString(dir.resolve("summary.json"), SUMMARY);
        HttpServer failing = PublishedRunsTest.webhook(new CopyOnWriteArrayList<>(), 500);
        int closed = PrometheusTools.freePort();
        List<String> warnings = new ArrayList<>();
        try {
            URI answers500 = URI.create(
                    "http://127.0.0.1:" + failing.getAddress().getPort() + "/services/T1/B2/secret-token?x=secret-q");
            new Publication(null, answers500).publish(dir, null, "shop", warnings::add);
            new Publication(
                            URI.create("http://127.0.0.1:" + closed),
                            URI.create("http://127.0.0.1:" + closed + "/services/T1/B2/secret-token"))
                    .publish(dir, null, "shop", warnings::add);
        } finally {
            failing.stop(0);
        }

        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0))
                .isEqualTo("webhook not notified (http://127.0.0.1:"
                        + failing.getAddress().getPort() + "/…): the webhook answered 500");
        assertThat(warnings.get(1)).startsWith("metrics not pushed to http://127.0.0.1:" + closed + ": ");
        assertThat(warnings.get(2)).startsWith("webhook not notified (http://127.0.0.1:" + closed + "/…): ");
        assertThat(String.join("\n", warnings)).doesNotContain("secret");
    }

    @Test
    void the_pushed_figures_leave_out_what_was_not_measured() throws Exception {
        var snapshots = MetricsPush.snapshots(PrometheusTools.JSON.readTree(SUMMARY), null);
        List<String> names =
                snapshots.stream().map(s -> s.getMetadata().getPrometheusName()).toList();

        assertThat(names)
                .contains(
                        "benchpilot_result_status",
                        "benchpilot_result_latency_p95_milliseconds",
                        "benchpilot_result_sla_pass",
                        "benchpilot_result_regressions",
                        "benchpilot_result_generator_limited",
                        "benchpilot_result_finished_timestamp_seconds")
                .doesNotContain(
                        "benchpilot_result_breaking_point_rps",
                        "benchpilot_result_comfortable_rps",
                        "benchpilot_result_latency_milliseconds");
    }
}
