package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.api.ApiServer;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchpilot serve} over real HTTP on loopback: auth, bad bodies, the allowlist, a whole run with its checkpoint
 * and SSE.
 */
class ServeApiTest {

    static final String TOKEN = "test-token-0123456789";
    static final String SHOP_SOURCES =
            Path.of("../examples/shop-api/src/main/java").toAbsolutePath().toString();

    @TempDir
    Path workspace;

    private ApiServer server;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = new ApiServer(
                new ApiServer.Settings("127.0.0.1", 0, TOKEN, new TargetPolicy(List.of()), 2, workspace, List.of()),
                new BenchmarkRequests(workspace));
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, body, TOKEN);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return RunWorkspace.JSON.readTree(response.body());
    }

    @Test
    void health_is_open_and_everything_else_needs_the_token() throws Exception {
        assertThat(call("GET", "/health", null, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/runs", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/runs", null, "wrong").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/runs", null).statusCode()).isEqualTo(200);
    }

    @Test
    void bad_bodies_are_400s_naming_the_field_and_a_refused_target_is_403_before_any_request() throws Exception {
        HttpResponse<String> notJson = call("POST", "/api/v1/runs", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("error").asText()).contains("not JSON");
        assertThat(json(call("POST", "/api/v1/runs", "{\"target\": \"http://127.0.0.1:1\", \"speed\": 3}"))
                        .get("error")
                        .asText())
                .contains("unknown field 'speed'");
        HttpResponse<String> badRps = call(
                "POST",
                "/api/v1/runs",
                "{\"target\": \"http://127.0.0.1:1\", \"rps\": 0, \"source\": \"" + SHOP_SOURCES + "\"}");
        assertThat(badRps.statusCode()).isEqualTo(400);
        assertThat(json(badRps).get("error").asText()).contains("--rps must be a positive number");
        HttpResponse<String> both =
                call("POST", "/api/v1/runs", "{\"target\": \"http://127.0.0.1:1\", \"rps\": 10, \"users\": 20}");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(json(both).get("error").asText()).contains("--rps and --users both size the load");
        HttpResponse<String> refused = call(
                "POST", "/api/v1/runs", "{\"target\": \"http://10.9.8.7:8080\", \"source\": \"" + SHOP_SOURCES + "\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").asText()).contains("is not allowed");
        assertThat(call(
                                "POST",
                                "/api/v1/commands",
                                "{\"text\": \"/benchmark --target http://127.0.0.1:1 --pattern chaos\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(Files.exists(workspace.resolve(".benchpilot/runs")))
                .as("no run was started")
                .isFalse();
    }

    @Test
    void a_client_starts_a_run_answers_the_checkpoint_watches_it_live_and_fetches_the_report() throws Exception {
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            HttpResponse<String> started = call(
                    "POST",
                    "/api/v1/runs",
                    "{\"target\": \"" + shop.baseUrl() + "\", \"source\": \"" + SHOP_SOURCES
                            + "\", \"duration\": \"6s\", \"rps\": 20, \"credentials\": \"shopper{1..50}:"
                            + ShopConfig.DEMO_PASSWORD + "\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String id = json(started).get("id").asText();

            JsonNode waiting = awaitStatus(id, "awaiting_confirmation");
            assertThat(waiting.get("plan").get("flows").size()).isPositive();
            HttpResponse<String> reviewed =
                    call("POST", "/api/v1/runs/" + id + "/checkpoint", "{\"choice\": \"review\"}");
            JsonNode review = json(reviewed);
            assertThat(review.get("scenarios").findValuesAsText("name")).contains("browse products");

            assertThat(call(
                                    "POST",
                                    "/api/v1/runs/" + id + "/checkpoint",
                                    "{\"choice\": \"adjust\", \"duration\": \"3s\"}")
                            .body())
                    .contains("field 'duration'", "at least 5s");
            assertThat(call(
                                    "POST",
                                    "/api/v1/runs/" + id + "/checkpoint",
                                    "{\"choice\": \"adjust\", \"pattern\": \"chaos\"}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(call(
                                    "POST",
                                    "/api/v1/runs/" + id + "/checkpoint",
                                    "{\"choice\": \"adjust\", \"rps\": 10, \"duration\": \"6s\", "
                                            + "\"pattern\": \"spike\"}")
                            .statusCode())
                    .isEqualTo(202);
            JsonNode adjusted = awaitStatus(id, "awaiting_confirmation");
            assertThat(adjusted.get("plan").get("pattern").asText()).isEqualTo("spike");
            assertThat(adjusted.get("plan").get("targetRps").asDouble()).isEqualTo(10.0);
            assertThat(adjusted.get("plan").get("stages").findValuesAsText("name"))
                    .contains("spike 10x");

            CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> sse(id));
            assertThat(call("POST", "/api/v1/runs/" + id + "/checkpoint", "{\"choice\": \"execute\"}")
                            .statusCode())
                    .isEqualTo(202);
            List<String> lines = events.get(120, TimeUnit.SECONDS);
            assertThat(lines)
                    .anyMatch(l -> l.equals("event: metrics"))
                    .anyMatch(l -> l.equals("event: checkpoint"))
                    .anyMatch(l -> l.equals("event: finished"));

            JsonNode done = awaitStatus(id, "completed");
            assertThat(done.get("summary").get("tool").asText()).isEqualTo("gatling");
            assertThat(done.get("summary").get("requests").get("total").asLong())
                    .isPositive();
            assertThat(json(call("GET", "/api/v1/runs/" + id + "/artifacts", null))
                            .get("artifacts")
                            .findValuesAsText(""))
                    .isEmpty();
            assertThat(call("GET", "/api/v1/runs/" + id + "/artifacts", null).body())
                    .contains("summary.json", "final-benchmark-report.md");
            HttpResponse<String> report =
                    call("GET", "/api/v1/runs/" + id + "/artifacts/final-benchmark-report.md", null);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).contains("Benchmark");
            for (String escape : List.of("..%2F..%2F..%2Fetc%2Fpasswd", "%2E%2E%2Fhistory.db", "%2Fetc%2Fpasswd")) {
                assertThat(call("GET", "/api/v1/runs/" + id + "/artifacts/" + escape, null)
                                .statusCode())
                        .as(escape)
                        .isEqualTo(404);
            }
            assertThat(call("POST", "/api/v1/runs/" + id + "/checkpoint", "{\"choice\": \"execute\"}")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(call("GET", "/api/v1/runs?status=completed", null).body())
                    .contains(id);

            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            assertThat(call("GET", "/api/v1/runs?status=completed&pattern=spike&from=" + today + "&to=" + today, null)
                            .body())
                    .contains(id);
            assertThat(call("GET", "/api/v1/runs?from=2099-01-01", null).body()).doesNotContain(id);
            assertThat(call("GET", "/api/v1/runs?from=yesterday", null).statusCode())
                    .isEqualTo(400);
            HttpResponse<String> csv = call("GET", "/api/v1/runs?format=csv", null);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body())
                    .startsWith("id,status,target,pattern,startedAt,achievedRps,p95Ms,errorRate,breakingPointRps\r\n"
                            + id + ",completed,");
            String metrics = call("GET", "/metrics", null).body();
            assertThat(metrics).contains("benchpilot_runs{status=\"completed\"} 1.0", "benchpilot_runs_active 0.0");
            assertThat(call("GET", "/metrics", null, null).statusCode()).isEqualTo(401);
        }
        // a server started later on the same workspace finds the run in the stored history, with its report
        try (ApiServer later = new ApiServer(
                new ApiServer.Settings("127.0.0.1", 0, TOKEN, new TargetPolicy(List.of()), 2, workspace, List.of()),
                new BenchmarkRequests(workspace))) {
            base = "http://127.0.0.1:" + later.start();
            String id = json(call("GET", "/api/v1/runs", null))
                    .get("runs")
                    .get(0)
                    .get("id")
                    .asText();
            JsonNode stored = json(call("GET", "/api/v1/runs/" + id, null));
            assertThat(stored.get("status").asText()).isEqualTo("completed");
            assertThat(stored.get("summary").get("requests").get("total").asLong())
                    .isPositive();
            assertThat(call("GET", "/api/v1/runs/" + id + "/artifacts/summary.json", null)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_second_run_against_a_busy_target_queues_until_the_first_has_finished_and_a_queued_run_can_be_cancelled()
            throws Exception {
        server.close();
        server = new ApiServer(
                new ApiServer.Settings("127.0.0.1", 0, TOKEN, new TargetPolicy(List.of()), 3, workspace, List.of()),
                new BenchmarkRequests(workspace));
        base = "http://127.0.0.1:" + server.start();
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            String body = "{\"target\": \"" + shop.baseUrl() + "\", \"source\": \"" + SHOP_SOURCES
                    + "\", \"duration\": \"8s\", \"rps\": 10, "
                    + "\"autoConfirm\": true, \"credentials\": \"shopper{1..50}:" + ShopConfig.DEMO_PASSWORD + "\"}";
            String first = json(call("POST", "/api/v1/runs", body)).get("id").asText();
            awaitStatus(first, "running");
            String cancelled =
                    json(call("POST", "/api/v1/runs", body)).get("id").asText();
            awaitStatus(cancelled, "queued");
            assertThat(call("POST", "/api/v1/runs/" + cancelled + "/checkpoint", "{\"choice\": \"execute\"}")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(call("POST", "/api/v1/runs/" + cancelled + "/checkpoint", "{\"choice\": \"cancel\"}")
                            .statusCode())
                    .isEqualTo(202);
            awaitStatus(cancelled, "cancelled");

            HttpResponse<String> second = call("POST", "/api/v1/runs", body);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
            String id = json(second).get("id").asText();
            List<String> events = sse(id);
            assertThat(events).contains("event: queued", "event: finished");
            assertThat(events.indexOf("event: queued")).isLessThan(events.indexOf("event: metrics"));
            JsonNode a = awaitStatus(first, "completed").get("summary");
            JsonNode b = awaitStatus(id, "completed").get("summary");
            assertThat(b.get("requests").get("total").asLong()).isPositive();
            assertThat(java.time.Instant.parse(a.get("finishedAt").asText()))
                    .as("the second run's load started after the first had finished")
                    .isBefore(java.time.Instant.parse(b.get("finishedAt").asText())
                            .minusSeconds(5));
        }
    }

    @Test
    void the_api_describes_itself_and_cors_is_off_unless_an_origin_is_configured() throws Exception {
        JsonNode openApi = json(call("GET", "/openapi.json", null));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        openApi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/runs",
                        "/api/v1/runs/{id}/checkpoint",
                        "/api/v1/runs/{id}/events",
                        "/metrics",
                        "/health");
        for (String path : paths) {
            if (!path.contains("{") && openApi.get("paths").get(path).has("get")) {
                assertThat(call("GET", path, null).statusCode()).as(path).isEqualTo(200);
            }
        }
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(base + "/api/v1/runs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .build();
        assertThat(http.send(preflight, HttpResponse.BodyHandlers.ofString())
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        try (ApiServer cors = new ApiServer(
                new ApiServer.Settings(
                        "127.0.0.1",
                        0,
                        TOKEN,
                        new TargetPolicy(List.of()),
                        2,
                        workspace,
                        List.of("http://localhost:3000")),
                new BenchmarkRequests(workspace))) {
            String corsBase = "http://127.0.0.1:" + cors.start();
            HttpRequest allowed = HttpRequest.newBuilder(URI.create(corsBase + "/api/v1/runs"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://localhost:3000")
                    .header("Access-Control-Request-Method", "POST")
                    .build();
            assertThat(http.send(allowed, HttpResponse.BodyHandlers.ofString())
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .contains("http://localhost:3000");
            HttpRequest other = HttpRequest.newBuilder(URI.create(corsBase + "/api/v1/runs"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .build();
            assertThat(http.send(other, HttpResponse.BodyHandlers.ofString())
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void hostile_requests_stay_inside_runs() throws Exception {
        Path config = workspace.resolve(".benchpilot/config.yml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "apiKey: sk-config-secret-4711\n");
        for (String path : List.of(
                "/api/v1/runs/%2e%2e/artifacts/config.yml",
                "/api/v1/runs/%2e%2e",
                "/api/v1/runs/./artifacts",
                "/api/v1/runs/%2e%2e/artifacts",
                "/api/v1/runs/runs/artifacts/..%2fconfig.yml")) {
            HttpResponse<String> response = call("GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("sk-config-secret-4711");
        }

        for (String id : List.of("benchmark-2026-01-01-000000", "nope", "%2e%2e")) {
            HttpRequest events = HttpRequest.newBuilder(URI.create(base + "/api/v1/runs/" + id + "/events"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Accept", "text/event-stream")
                    .build();
            assertThat(http.send(events, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("events of " + id)
                    .isEqualTo(404);
        }

        byte[] tenMegabytes = new byte[10 << 20];
        java.util.Arrays.fill(tenMegabytes, (byte) ' ');
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "/api/v1/runs"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tenMegabytes)))
                .build();
        HttpResponse<String> tooLarge = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge).get("error").asText()).contains("64 KiB");
    }

    private JsonNode awaitStatus(String id, String status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        JsonNode run = null;
        while (System.nanoTime() < deadline) {
            run = json(call("GET", "/api/v1/runs/" + id, null));
            if (run.get("status").asText().equals(status)) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " never reached " + status + ": " + run);
    }

    private List<String> sse(String id) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/runs/" + id + "/events"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build(); // no Accept header, as curl -N sends it
            List<String> lines = new ArrayList<>();
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> stream = response.body()) {
                for (String line : (Iterable<String>) stream::iterator) {
                    lines.add(line);
                    if (line.equals("event: finished")) {
                        break;
                    }
                }
            }
            return lines;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
