package dev.benchpilot.tools.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.monitor.TargetHealth;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that accepts every connection and resets it at once: the load stops within seconds, and its achieved rate
 * is 0 (nothing was answered), not the rate that was sent.
 */
class ResettingTargetTest {

    @TempDir
    Path workDir;

    @Test
    void a_target_that_resets_every_connection_ends_the_load_early_with_nothing_achieved() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress())) {
            Thread resetter = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            try (Socket connection = server.accept()) {
                                connection.setSoLinger(true, 0); // close with RST
                            } catch (Exception closed) {
                                // the server closed, or the client went first
                            }
                        }
                    },
                    "resetting-target");
            resetter.setDaemon(true);
            resetter.start();
            URI target = URI.create("http://127.0.0.1:" + server.getLocalPort());
            Step list = new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of(), false, false);
            ScenarioSet scenarios = new ScenarioSet(
                    List.of(new Flow("browse", "", 1, List.of(list))),
                    new ThinkTime(Duration.ZERO, Duration.ZERO),
                    List.of());
            LoadProfile profile = new LoadProfile(
                    LoadPattern.BASELINE, 20, List.of(Stage.constant("steady", Duration.ofSeconds(30), 20)));
            LoadTest test = new LoadTest(target, scenarios, profile, null, workDir, Duration.ofSeconds(5));
            long started = System.nanoTime();
            EngineRun run;
            try (TargetHealth health = TargetHealth.watch(target, null, test.stop(), Duration.ofMinutes(2))) {
                run = LoadEngines.byName("gatling").orElseThrow().run(test, new LoadListener() {
                    @Override
                    public void onInterval(IntervalMetrics interval) {
                        health.onInterval(interval);
                    }
                });
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(test.stop().reason())
                    .isEqualTo("no request got through to the target from second 0 on (every connection refused "
                            + "or reset)");
            assertThat(seconds).as("stopped long before the planned 30 s").isLessThan(15);
            LoadMetrics metrics = run.metrics();
            assertThat(metrics.requests()).isPositive();
            assertThat(metrics.failed()).isEqualTo(metrics.requests());
            assertThat(metrics.achievedRps() == null || metrics.achievedRps() == 0.0)
                    .as("achieved " + metrics.achievedRps())
                    .isTrue();
        }
    }
}
