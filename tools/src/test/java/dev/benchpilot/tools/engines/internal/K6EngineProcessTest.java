package dev.benchpilot.tools.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The k6 engine's process handling, against a stand-in executable that behaves as k6 documents: {@code k6 version},
 * and {@code k6 run ... --out json=FILE} appending Metric and Point lines while it runs, then exit code 99
 * (thresholds crossed). k6 itself cannot be installed on this machine; the engine contract test runs the real one
 * against the shop when present.
 */
class K6EngineProcessTest {

    @TempDir
    Path dir;

    private static final String FAKE_K6 = """
            #!/bin/sh
            if [ "$1" = "version" ]; then echo "k6 v0.52.0 (stand-in, go1.22.5, linux/amd64)"; exit 0; fi
            out=""
            for a in "$@"; do case "$a" in json=*) out="${a#json=}";; esac; done
            [ -f load-test.js ] || { echo "no script"; exit 107; }
            echo "user=$BENCHPILOT_USERNAME header=${BENCHPILOT_AUTH_HEADER%%:*}" > env-seen.txt
            echo '{"type":"Metric","data":{"type":"trend","contains":"time","tainted":null,"thresholds":[],"submetrics":null},"metric":"http_req_duration"}' >> "$out"
            i=0
            while [ $i -lt 8 ]; do
              t=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
              echo "{\\"type\\":\\"Point\\",\\"data\\":{\\"time\\":\\"$t\\",\\"value\\":12.5,\\"tags\\":{\\"name\\":\\"GET /api/products\\",\\"status\\":\\"200\\",\\"method\\":\\"GET\\",\\"flow\\":\\"browse\\"}},\\"metric\\":\\"http_req_duration\\"}" >> "$out"
              echo "{\\"type\\":\\"Point\\",\\"data\\":{\\"time\\":\\"$t\\",\\"value\\":1,\\"tags\\":{\\"name\\":\\"GET /api/products\\"}},\\"metric\\":\\"http_reqs\\"}" >> "$out"
              i=$((i+1))
              sleep 0.25
            done
            t=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
            echo "{\\"type\\":\\"Point\\",\\"data\\":{\\"time\\":\\"$t\\",\\"value\\":10000,\\"tags\\":{\\"name\\":\\"GET /api/products\\",\\"status\\":\\"0\\"}},\\"metric\\":\\"http_req_duration\\"}" >> "$out"
            for a in "$@"; do case "$prev" in --summary-export) summary="$a";; esac; prev="$a"; done
            echo '{"metrics":{"http_reqs":{"count":9,"rate":3.9},"http_req_duration":{"avg":12.4,"p(95)":12.5}}}' > "$summary"
            exit 99
            """;

    private Path fakeK6(String body) throws Exception {
        Path k6 = dir.resolve("bin/k6");
        Files.createDirectories(k6.getParent());
        Files.writeString(k6, body);
        Files.setPosixFilePermissions(k6, PosixFilePermissions.fromString("rwx------"));
        return k6;
    }

    private LoadTest test(Credentials credentials) throws Exception {
        Step list = new Step("GET /api/products", "GET", "/api/products", 1.0, null, Map.of(), Map.of(), false, false);
        ScenarioSet scenarios = new ScenarioSet(
                List.of(new Flow("browse", "", 1, List.of(list))),
                new ThinkTime(Duration.ZERO, Duration.ZERO),
                List.of());
        LoadProfile profile =
                new LoadProfile(LoadPattern.BASELINE, 4, List.of(Stage.constant("steady", Duration.ofSeconds(2), 4)));
        return new LoadTest(
                URI.create("http://127.0.0.1:9"),
                scenarios,
                profile,
                credentials,
                Files.createDirectories(dir.resolve("run")),
                Duration.ofSeconds(2));
    }

    @Test
    void streams_k6_points_into_the_recorder_while_it_runs_and_names_exit_code_99() throws Exception {
        K6Engine engine = new K6Engine(fakeK6(FAKE_K6));
        assertThat(engine.unavailableReason()).isNull();
        List<IntervalMetrics> live = new CopyOnWriteArrayList<>();
        EngineRun run = engine.run(test(Credentials.parse("bob:pw-secret")), new LoadListener() {
            @Override
            public void onInterval(IntervalMetrics interval) {
                live.add(interval);
            }
        });

        assertThat(run.engine()).isEqualTo("k6");
        assertThat(run.metrics().requests()).isEqualTo(9);
        assertThat(run.metrics().failed()).isEqualTo(1);
        assertThat(run.metrics().byStatus()).containsEntry("200", 8L).containsEntry("0", 1L);
        assertThat(run.metrics().latencyMs().p50()).isBetween(12.0, 13.0);
        assertThat(run.metrics().groups())
                .as("the flow tag puts the requests in the flow's group")
                .singleElement()
                .satisfies(g -> assertThat(g.name()).isEqualTo("read-heavy"))
                .satisfies(g -> assertThat(g.requests()).isEqualTo(8));
        assertThat(run.warnings())
                .anyMatch(w -> w.contains("exit code 99: thresholds crossed"))
                .as("declarations and other metrics are not unreadable lines")
                .noneMatch(w -> w.contains("could not be read"))
                .as("k6's own count (the summary export) agrees with the lines read")
                .noneMatch(w -> w.contains("own summary"));
        assertThat(live).as("seconds published while k6 ran").isNotEmpty();
        Path workDir = dir.resolve("run/k6");
        assertThat(workDir.resolve("load-test.js")).exists();
        assertThat(Files.readString(workDir.resolve("env-seen.txt"))).startsWith("user=bob");
        try (var files = Files.walk(dir.resolve("run"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file))
                        .as("%s holds no password", file)
                        .doesNotContain("pw-secret");
            }
        }
    }

    @Test
    void execution_segments_run_as_processes_of_their_own_and_their_points_merge_into_one_recorder() throws Exception {
        K6Engine engine = new K6Engine(
                fakeK6(FAKE_K6.replace("[ -f load-test.js ]", "echo \"$*\" >> args-seen.txt; [ -f load-test.js ]")), 2);
        EngineRun run = engine.run(test(null), LoadListener.NONE);

        List<String> args = Files.readAllLines(dir.resolve("run/k6/args-seen.txt"));
        assertThat(args).hasSize(2);
        assertThat(args)
                .anyMatch(a ->
                        a.contains("--execution-segment 0:1/2") && a.contains("--execution-segment-sequence 0,1/2,1"))
                .anyMatch(a -> a.contains("--execution-segment 1/2:1") && a.contains("k6-points-1.ndjson"));
        assertThat(run.metrics().requests())
                .as("both segments' points, in one set of histograms")
                .isEqualTo(18);
        assertThat(run.metrics().byStatus()).containsEntry("200", 16L).containsEntry("0", 2L);
        assertThat(run.warnings())
                .as("the two summary exports add up to the lines read")
                .noneMatch(w -> w.contains("own summary"));
        assertThat(engine.describe()).contains("2 processes on this machine, one execution segment each");
    }

    @Test
    void a_k6_summary_that_disagrees_with_the_lines_read_is_a_warning_and_the_lines_win() throws Exception {
        K6Engine engine = new K6Engine(fakeK6(FAKE_K6.replace("\"count\":9", "\"count\":40")));
        EngineRun run = engine.run(test(null), LoadListener.NONE);
        assertThat(run.metrics().requests()).isEqualTo(9);
        assertThat(run.warnings())
                .anyMatch(w -> w.contains("k6's own summary counts 40 requests, but 9 per-request results were read"));
    }

    @Test
    void a_k6_that_sends_nothing_is_an_engine_error_with_its_output() throws Exception {
        K6Engine engine = new K6Engine(fakeK6("#!/bin/sh\nif [ \"$1\" = version ]; then echo 'k6 v0.52.0'; exit 0; fi\n"
                + "echo 'ERRO[0000] could not initialize load-test.js'\nexit 107\n"));
        assertThatThrownBy(() -> engine.run(test(null), LoadListener.NONE))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("k6 recorded no request (exit code 107: the script threw an exception)")
                .hasMessageContaining("could not initialize load-test.js");
    }

    @Test
    void a_missing_or_old_k6_says_how_to_install_it_or_to_use_gatling() throws Exception {
        assertThat(new K6Engine(dir.resolve("nowhere/k6")).unavailableReason())
                .contains("is not an executable file")
                .contains("--tool gatling");
        assertThat(new K6Engine(fakeK6("#!/bin/sh\necho 'k6 v0.45.1 (old)'\n")).unavailableReason())
                .contains("older than v0.50");
    }
}
