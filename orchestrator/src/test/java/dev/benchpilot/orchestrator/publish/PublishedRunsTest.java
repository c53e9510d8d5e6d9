package dev.benchpilot.orchestrator.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.benchpilot.examples.calibration.CalibrationApi;
import dev.benchpilot.examples.calibration.CalibrationConfig;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.api.ApiServer;
import dev.benchpilot.orchestrator.cli.Cli;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs published where teams look, end to end on real parts: CLI runs push their figures to a real Pushgateway and
 * post to a webhook (a local server); a real Prometheus scrapes the Pushgateway and a {@code serve} that runs a load;
 * then every query of the Grafana dashboard is evaluated by that Prometheus and must return series.
 */
class PublishedRunsTest {

    static final Path DASHBOARD = Path.of("../integrations/grafana/benchpilot.json");
    static final String TOKEN = "publish-test-token-0123456789";
    static final String SHOP_SOURCES = "../examples/shop-api/src/main/java";
    static final String CALIBRATION_OPENAPI = "../examples/calibration-api/src/main/resources/calibration-openapi.yaml";

    @TempDir
    Path dir;

    @Test
    void pushed_runs_and_a_serving_server_give_every_dashboard_query_its_series() throws Exception {
        Path pushgatewayBinary = PrometheusTools.require("prometheus-pushgateway", "prometheus-pushgateway");
        Path prometheusBinary = PrometheusTools.require("prometheus", "prometheus");
        long start = System.currentTimeMillis() / 1000 - 1;
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer hook = webhook(posted, 200);
        int pushPort = PrometheusTools.freePort();
        URI pushgateway = URI.create("http://127.0.0.1:" + pushPort);
        try (PrometheusTools.Daemon gateway = PrometheusTools.Daemon.start(
                        dir.resolve("pushgateway.log"),
                        pushgateway,
                        "/-/ready",
                        pushgatewayBinary.toString(),
                        "--web.listen-address=127.0.0.1:" + pushPort);
                ShopApi shop = ShopApi.start(ShopConfig.defaults());
                CalibrationApi pool = CalibrationApi.start(CalibrationConfig.pool(1, 20));
                ApiServer serve = new ApiServer(
                        new ApiServer.Settings(
                                "127.0.0.1", 0, TOKEN, new TargetPolicy(List.of()), 2, workspace, List.of()),
                        new BenchmarkRequests(workspace))) {
            int servePort = serve.start();
            int prometheusPort = PrometheusTools.freePort();
            Path config = Files.writeString(dir.resolve("prometheus.yml"), """
                    global: {scrape_interval: 1s, evaluation_interval: 1s}
                    scrape_configs:
                      - job_name: benchpilot-serve
                        authorization: {type: Bearer, credentials: %s}
                        static_configs: [{targets: ['127.0.0.1:%d']}]
                      - job_name: pushgateway
                        honor_labels: true
                        static_configs: [{targets: ['127.0.0.1:%d']}]
                    """.formatted(TOKEN, servePort, pushPort));
            URI prometheusUrl = URI.create("http://127.0.0.1:" + prometheusPort);
            try (PrometheusTools.Daemon prometheus = PrometheusTools.Daemon.start(
                    dir.resolve("prometheus.log"),
                    prometheusUrl,
                    "/-/ready",
                    prometheusBinary.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("tsdb"),
                    "--web.listen-address=127.0.0.1:" + prometheusPort)) {
                URI secretHook = URI.create(
                        "http://127.0.0.1:" + hook.getAddress().getPort() + "/services/T000/B000/secret-part-xyz");
                Cli.Result baseline = Cli.run(
                        "benchmark",
                        "--target",
                        shop.baseUrl().toString(),
                        "--source",
                        SHOP_SOURCES,
                        "--credentials",
                        "shopper{1..500}:" + ShopConfig.DEMO_PASSWORD,
                        "--duration",
                        "8s",
                        "--rps",
                        "20",
                        "--sla",
                        "p95<5s,errors<5%",
                        "--label",
                        "shop",
                        "--push-metrics",
                        pushgateway.toString(),
                        "--notify",
                        secretHook.toString(),
                        "--workspace",
                        workspace.toString(),
                        "--yes");
                assertThat(baseline.exitCode()).as(baseline.err()).isZero();
                assertThat(baseline.out() + baseline.err()).doesNotContain("secret-part-xyz");
                assertThat(posted).singleElement().satisfies(message -> {
                    JsonNode json = PrometheusTools.JSON.readTree(message);
                    assertThat(json.path("text").asText())
                            .startsWith("benchpilot PASSED: baseline ")
                            .contains("achieved ", "p95 ", "SLA passed", "report: ");
                    assertThat(json.path("blocks")
                                    .get(1)
                                    .path("text")
                                    .path("type")
                                    .asText())
                            .isEqualTo("mrkdwn");
                });

                Cli.Result stress = Cli.run(
                        "benchmark",
                        "--target",
                        pool.baseUrl().toString(),
                        "--openapi",
                        CALIBRATION_OPENAPI,
                        "--pattern",
                        "stress",
                        "--rps",
                        "150",
                        "--duration",
                        "25s",
                        "--label",
                        "pool",
                        "--push-metrics",
                        pushgateway.toString(),
                        "--workspace",
                        workspace.toString(),
                        "--yes");
                assertThat(stress.exitCode()).as(stress.err()).isIn(0, 1, 5);

                HttpResponse<String> started = PrometheusTools.HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + servePort + "/api/v1/runs"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        """
                                        {"target": "%s", "source": "%s", "credentials": "shopper{1..500}:%s",
                                         "duration": "10s", "rps": 20, "autoConfirm": true}""".formatted(shop.baseUrl(), SHOP_SOURCES, ShopConfig.DEMO_PASSWORD)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
                String id =
                        PrometheusTools.JSON.readTree(started.body()).path("id").asText();
                awaitEnd(servePort, id);
                Thread.sleep(3_000); // two more scrapes of everything

                long end = System.currentTimeMillis() / 1000;
                List<String> empty = new ArrayList<>();
                int queries = 0;
                for (JsonNode panel :
                        PrometheusTools.JSON.readTree(DASHBOARD.toFile()).path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        String query = target.path("expr").asText();
                        queries++;
                        JsonNode result = PrometheusTools.range(prometheusUrl, query, start, end);
                        System.out.printf(
                                "panel '%s': %s -> %d series%n",
                                panel.path("title").asText(), query, result.size());
                        if (result.isEmpty()) {
                            empty.add(panel.path("title").asText() + ": " + query);
                        }
                    }
                }
                assertThat(queries).isEqualTo(12);
                assertThat(empty).as("queries without series").isEmpty();
                JsonNode breaking = PrometheusTools.range(
                        prometheusUrl, "benchpilot_result_breaking_point_rps{label=\"pool\"}", start, end);
                assertThat(breaking.get(0).path("metric").path("pattern").asText())
                        .isEqualTo("stress");
                assertThat(breaking.get(0).path("metric").path("run_id").asText())
                        .startsWith("benchmark-");
            }
        } finally {
            hook.stop(0);
        }
    }

    private static void awaitEnd(int port, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> run = PrometheusTools.HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/runs/" + id))
                            .header("Authorization", "Bearer " + TOKEN)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String status =
                    PrometheusTools.JSON.readTree(run.body()).path("status").asText();
            if (status.equals("completed") || status.equals("failed") || status.equals("target_lost")) {
                assertThat(status).isEqualTo("completed");
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run " + id + " did not end in 90 s");
    }

    /** A local webhook: records each posted body and answers {@code status}. */
    static HttpServer webhook(List<String> posted, int status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
