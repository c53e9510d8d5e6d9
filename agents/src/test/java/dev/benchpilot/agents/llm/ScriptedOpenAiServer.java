package dev.benchpilot.agents.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local chat server (OpenAI-compatible by default; any provider's wire format with scripted bodies) on loopback
 * (port 0) that replays scripted responses in order
 * and records every request body, so tests run LangChain4j's real OpenAI client and tool loop with no network.
 * When the script runs out it answers 500.
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

    public record Reply(int status, String body, Duration delay) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> apiKeys = new CopyOnWriteArrayList<>();

    public ScriptedOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return root() + "/v1";
    }

    /** The server without a path, for clients that add their own ({@code /api/chat} of Ollama). */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public ScriptedOpenAiServer then(Reply reply) {
        synchronized (script) {
            script.add(reply);
        }
        return this;
    }

    public ScriptedOpenAiServer thenText(String content) {
        return then(new Reply(200, completion(content, null), Duration.ZERO));
    }

    public ScriptedOpenAiServer thenToolCall(String tool, String argumentsJson) {
        return then(new Reply(200, completion(null, new String[] {tool, argumentsJson}), Duration.ZERO));
    }

    public ScriptedOpenAiServer thenStatus(int status) {
        return then(new Reply(
                status,
                "{\"error\":{\"message\":\"scripted " + status + "\",\"type\":\"rate_limit\"}}",
                Duration.ZERO));
    }

    public List<String> requests() {
        return requests;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    /** The request paths, in order. */
    public List<String> paths() {
        return paths;
    }

    /** The {@code x-api-key} header of each request (Anthropic's). */
    public List<String> apiKeys() {
        return apiKeys;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key")));
        paths.add(exchange.getRequestURI().getPath());
        Reply reply;
        synchronized (script) {
            reply = script.isEmpty()
                    ? new Reply(500, "{\"error\":{\"message\":\"script exhausted\"}}", Duration.ZERO)
                    : script.poll();
        }
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test)
        }
    }

    /** A chat.completion with either text content or one tool call, and token usage 100 in / 20 out. */
    static String completion(String content, String[] toolCall) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000)
                .put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (toolCall == null) {
            message.put("content", content);
            choice.put("finish_reason", "stop");
        } else {
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            ObjectNode call = calls.addObject();
            call.put("id", "call_" + toolCall[0]).put("type", "function");
            call.putObject("function").put("name", toolCall[0]).put("arguments", toolCall[1]);
            choice.put("finish_reason", "tool_calls");
        }
        root.putObject("usage")
                .put("prompt_tokens", 100)
                .put("completion_tokens", 20)
                .put("total_tokens", 120);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
