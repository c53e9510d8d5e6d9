package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchpilot mcp} as an assistant sees it: a child process spoken to in JSON-RPC over its stdin and stdout. */
class McpServerTest {

    @TempDir
    Path workspace;

    private Process process;
    private OutputStream stdin;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final List<String> notJson = new ArrayList<>();
    private final List<JsonNode> notifications = new ArrayList<>();
    private int nextId = 1;

    @BeforeEach
    void start() throws Exception {
        process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--add-opens",
                        "java.base/java.lang=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "mcp",
                        "--workspace",
                        workspace.toString())
                .redirectError(workspace.resolve("mcp-stderr.log").toFile())
                .start();
        stdin = process.getOutputStream();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    try {
                        messages.add(RunWorkspace.JSON.readTree(line));
                    } catch (Exception e) {
                        synchronized (notJson) {
                            notJson.add(line);
                        }
                    }
                }
            } catch (Exception e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        process.destroyForcibly();
    }

    private void send(ObjectNode message) throws Exception {
        stdin.write((RunWorkspace.JSON
                                .writer()
                                .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(message)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private JsonNode request(String method, Object params) throws Exception {
        int id = nextId++;
        ObjectNode message = RunWorkspace.JSON
                .createObjectNode()
                .put("jsonrpc", "2.0")
                .put("id", id)
                .put("method", method);
        message.set("params", RunWorkspace.JSON.valueToTree(params));
        send(message);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            JsonNode reply = messages.poll(1, TimeUnit.SECONDS);
            if (reply == null) {
                continue;
            }
            if (reply.path("id").asInt(-1) == id) {
                assertThat(reply.has("error")).as(reply.toString()).isFalse();
                return reply.get("result");
            }
            notifications.add(reply);
        }
        throw new AssertionError("no answer to " + method);
    }

    private JsonNode call(String tool, Object arguments) throws Exception {
        return request("tools/call", java.util.Map.of("name", tool, "arguments", arguments));
    }

    private static String text(JsonNode result) {
        return result.get("content").get(0).get("text").asText();
    }

    @Test
    void a_scripted_client_that_closes_stdin_right_after_its_requests_gets_every_answer() throws Exception {
        stop();
        for (int attempt = 0; attempt < 5; attempt++) {
            Process scripted = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "--add-opens",
                            "java.base/java.lang=ALL-UNNAMED",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "mcp",
                            "--workspace",
                            workspace.toString())
                    .redirectError(workspace.resolve("mcp-scripted-stderr.log").toFile())
                    .start();
            try {
                String script = """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2024-11-05","capabilities":{},"clientInfo":{"name":"script","version":"1"}}}
                        {"jsonrpc":"2.0","method":"notifications/initialized"}
                        {"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}
                        """;
                scripted.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
                scripted.getOutputStream().close();
                assertThat(scripted.waitFor(60, TimeUnit.SECONDS))
                        .as("exits after answering")
                        .isTrue();
                List<JsonNode> replies = new ArrayList<>();
                for (String line :
                        new String(scripted.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        replies.add(RunWorkspace.JSON.readTree(line));
                    }
                }
                assertThat(replies)
                        .as("attempt " + attempt)
                        .anySatisfy(r -> assertThat(r.path("id").asInt()).isEqualTo(1))
                        .anySatisfy(r -> {
                            assertThat(r.path("id").asInt()).isEqualTo(2);
                            assertThat(r.path("result").path("tools").toString())
                                    .contains("benchmark_plan");
                        });
            } finally {
                scripted.destroyForcibly();
            }
        }
    }

    @Test
    void an_assistant_lists_endpoints_plans_confirms_follows_progress_and_reads_the_report() throws Exception {
        JsonNode init = request(
                "initialize",
                java.util.Map.of(
                        "protocolVersion",
                        "2025-06-18",
                        "capabilities",
                        java.util.Map.of(),
                        "clientInfo",
                        java.util.Map.of("name", "test-assistant", "version", "1")));
        assertThat(init.get("serverInfo").get("name").asText()).isEqualTo("benchpilot");
        send(RunWorkspace.JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized"));

        JsonNode tools = request("tools/list", java.util.Map.of());
        assertThat(tools.get("tools").findValuesAsText("name"))
                .containsExactlyInAnyOrder(
                        "benchmark_plan",
                        "benchmark_confirm",
                        "benchmark_status",
                        "benchmark_report",
                        "list_endpoints",
                        "compare_runs");

        assertThat(text(call("list_endpoints", java.util.Map.of("source", ServeApiTest.SHOP_SOURCES))))
                .contains("POST    /api/checkout", "endpoints:");

        JsonNode refused = call(
                "benchmark_plan",
                java.util.Map.of("target", "http://10.1.2.3:8080", "source", ServeApiTest.SHOP_SOURCES));
        assertThat(refused.get("isError").asBoolean()).isTrue();
        assertThat(text(refused)).contains("is not allowed");
        JsonNode skipping = call(
                "benchmark_plan",
                java.util.Map.of(
                        "command",
                        "/benchmark --target http://127.0.0.1:1 --source " + ServeApiTest.SHOP_SOURCES + " --yes"));
        assertThat(skipping.get("isError").asBoolean()).isTrue();
        assertThat(text(skipping)).contains("stops at the checkpoint");

        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            JsonNode plan = call(
                    "benchmark_plan",
                    java.util.Map.of(
                            "target",
                            shop.baseUrl().toString(),
                            "source",
                            ServeApiTest.SHOP_SOURCES,
                            "duration",
                            "6s",
                            "rps",
                            20,
                            "credentials",
                            "shopper{1..50}:" + ShopConfig.DEMO_PASSWORD));
            String runId = plan.get("structuredContent").get("runId").asText();
            assertThat(plan.get("structuredContent").get("status").asText()).isEqualTo("awaiting_confirmation");
            assertThat(text(plan)).contains("Benchmark plan ready", "browse products", "benchmark_confirm");

            ObjectNode confirm = RunWorkspace.JSON.createObjectNode().put("name", "benchmark_confirm");
            confirm.putObject("arguments")
                    .put("runId", runId)
                    .put("choice", "execute")
                    .put("waitSeconds", 150);
            confirm.putObject("_meta").put("progressToken", "load-1");
            JsonNode done = request("tools/call", confirm);
            assertThat(done.get("structuredContent").get("status").asText())
                    .as(text(done))
                    .isEqualTo("completed");
            assertThat(text(done)).contains("achieved", "benchmark_report");
            List<JsonNode> progress = notifications.stream()
                    .filter(n -> n.path("method").asText().equals("notifications/progress"))
                    .toList();
            assertThat(progress)
                    .as("one progress notification a second of load")
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(progress.get(0).get("params").get("progressToken").asText())
                    .isEqualTo("load-1");
            assertThat(progress.get(progress.size() - 1)
                            .get("params")
                            .get("message")
                            .asText())
                    .contains("rps", "p95");

            assertThat(text(call("benchmark_report", java.util.Map.of("runId", runId))))
                    .contains("Benchmark");
            assertThat(text(call("benchmark_status", java.util.Map.of()))).contains(runId, "completed");
            JsonNode again = call("benchmark_confirm", java.util.Map.of("runId", runId, "choice", "execute"));
            assertThat(again.get("isError").asBoolean()).isTrue();
            assertThat(text(again)).contains("not waiting at the checkpoint");
            JsonNode compare = call("compare_runs", java.util.Map.of("before", runId, "after", runId));
            assertThat(text(compare)).contains("p95 ms", "no regression");
        }
        synchronized (notJson) {
            assertThat(notJson)
                    .as("standard output carries nothing but the protocol")
                    .isEmpty();
        }
        stdin.close();
        assertThat(process.waitFor(20, TimeUnit.SECONDS))
                .as("ends when its input closes")
                .isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
