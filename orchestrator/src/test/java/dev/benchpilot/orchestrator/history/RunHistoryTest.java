package dev.benchpilot.orchestrator.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.orchestrator.cli.Cli;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.RecordedHistograms;
import java.nio.file.Path;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    static JsonNode summary(String id, String startedAt, double p95, Double breaking) throws Exception {
        return JSON.readTree("""
                {"runId":"%s","status":"completed","pattern":"stress","tool":"gatling","target":"http://127.0.0.1:9/",
                 "startedAt":"%s","targetRps":50,"achievedRps":49.5,"requests":{"errorRate":0.0},
                 "latencyMs":{"underLoad":{"p50":2.0,"p95":%s,"p99":%s}},"capacity":{"breakingPointRps":%s},
                 "stages":[{"name":"step 1","offeredRps":50,"achievedRps":49.5,"latencyMs":{"p95":%s},"errorRate":0}],
                 "endpoints":[{"method":"GET","path":"/work","requests":1000,"latencyMs":{"p95":%s},"errorRate":0}]}
                """.formatted(id, startedAt, p95, p95 * 3, breaking, p95, p95));
    }

    private static RecordedHistograms histograms(long micros) {
        Histogram all = LatencySummary.newHistogramMicros();
        for (int i = 0; i < 1000; i++) {
            all.recordValue(micros + i);
        }
        return new RecordedHistograms(all, all.copy(), Map.of("GET /work", all.copy()));
    }

    @Test
    void stores_runs_in_sqlite_and_reads_figures_histograms_and_the_previous_run_back() throws Exception {
        RunHistory history = RunHistory.forWorkspace(workspace.resolve(".benchpilot"));
        history.store(summary("run-a", "2026-11-22T10:00:00Z", 10, 400.0), "demo:shop-api", histograms(2_000));
        history.store(summary("run-b", "2026-11-22T11:00:00Z", 15, 300.0), "demo:shop-api", histograms(3_000));
        RunHistory reopened = RunHistory.forWorkspace(workspace.resolve(".benchpilot"));

        assertThat(workspace.resolve(".benchpilot/history.db")).exists();
        assertThat(reopened.list(null, null, null, 10))
                .extracting(RunHistory.Entry::runId)
                .containsExactly("run-b", "run-a");
        assertThat(reopened.previous("demo:shop-api", "stress", "run-b"))
                .hasValueSatisfying(f -> assertThat(f.runId()).isEqualTo("run-a"));
        assertThat(reopened.previous("elsewhere", "stress", "run-b")).isEmpty();
        Histogram decoded = reopened.histogram("run-a", "endpoint:GET /work").orElseThrow();
        assertThat(decoded.getTotalCount()).isEqualTo(1000);
        assertThat(decoded.getValueAtPercentile(50)).isBetween(2_490L, 2_510L);
    }

    @Test
    void history_and_compare_commands_read_the_store_and_compare_exits_1_on_a_regression() throws Exception {
        RunHistory history = RunHistory.forWorkspace(workspace.resolve(".benchpilot"));
        history.store(summary("run-a", "2026-11-22T10:00:00Z", 10, 400.0), "demo:shop-api", null);
        history.store(summary("run-b", "2026-11-22T11:00:00Z", 15, 300.0), "demo:shop-api", null);

        Cli.Result list = Cli.run("history", "--workspace", workspace.toString());
        Cli.Result compare = Cli.run("compare", "run-a", "run-b", "--workspace", workspace.toString());
        Cli.Result unknown = Cli.run("compare", "run-a", "run-zzz", "--workspace", workspace.toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("run-b").contains("run-a").contains("2 run(s)");
        assertThat(compare.exitCode()).isEqualTo(1);
        assertThat(compare.out()).contains("p95 10.0 → 15.0 ms (+50%)").contains("breaking point 400.0 → 300.0 rps");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no run 'run-zzz' in the history");
    }
}
