package dev.benchpilot.tools.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ThinkTime;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class NoLoadBaselineTest {

    @Test
    void a_target_that_never_answers_cannot_stretch_the_baseline_past_its_budget() throws Exception {
        HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        silent.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "silent-target");
            thread.setDaemon(true);
            return thread;
        }));
        silent.createContext("/", exchange -> {
            try {
                Thread.sleep(60_000); // holds every request; never answers within any timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.start();
        try {
            Step list = new Step("GET /items", "GET", "/items", 1.0, null, Map.of(), Map.of(), false, false);
            Step detail = new Step("GET /items/1", "GET", "/items/1", 1.0, null, Map.of(), Map.of(), false, false);
            ScenarioSet scenarios = new ScenarioSet(
                    List.of(new Flow("browse", "", 1, List.of(list, detail))),
                    new ThinkTime(Duration.ZERO, Duration.ZERO),
                    List.of());
            long started = System.nanoTime();

            NoLoadBaseline.Result result = NoLoadBaseline.measure(
                    URI.create("http://127.0.0.1:" + silent.getAddress().getPort()),
                    scenarios,
                    null,
                    10,
                    Duration.ofSeconds(10));

            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(seconds)
                    .as("bounded by the budget plus one request timeout")
                    .isLessThan(NoLoadBaseline.BUDGET
                                    .plus(NoLoadBaseline.REQUEST_TIMEOUT)
                                    .toSeconds()
                            + 2);
            assertThat(result.budgetSpent()).isTrue();
            assertThat(result.byEndpoint()).isEmpty();
            assertThat(result.failed()).containsKey("GET /items");
        } finally {
            silent.stop(0);
        }
    }
}
