package dev.benchpilot.tools.engines.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.tools.metrics.RequestOutcome;

/**
 * The one line per response that the generated Artillery processor and Locust listener write:
 * {@code {"endpoint": "GET /api/products", "status": 200, "latencyMs": 12.5, "at": 1795385783003, "flow":
 * "browsing"}} where {@code at}
 * is the wall-clock time in epoch milliseconds when the response (or the failure) came, and status 0 means none came.
 * A step not sent because values it needs were missing writes {@code {"endpoint": ..., "scenarioError": ["petId"],
 * "at": ...}}.
 * Once a second each generator process writes how late its event loop woke from 100 ms sleeps in that second:
 * {@code {"generatorLagMs": 3.2, "at": ...}}.
 */
final class ResultLine {

    /** What a parser returns for a well-formed line that is not a request (k6's declarations, other metrics, setup). */
    static final RequestOutcome NOT_A_REQUEST = new RequestOutcome("", 0, 0, RequestOutcome.NO_RESPONSE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultLine() {}

    /**
     * The outcome, with send time on this JVM's {@link System#nanoTime()} clock; null for a line that is not a result.
     */
    static RequestOutcome parse(String line, WallClock clock) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (java.io.IOException e) {
            return null;
        }
        if (node != null && node.hasNonNull("generatorLagMs") && node.hasNonNull("at")) {
            return RequestOutcome.generatorLag(
                    clock.nanosAt(Math.round(node.get("at").asDouble() * 1e6)),
                    Math.max(0, Math.round(node.get("generatorLagMs").asDouble() * 1e6)));
        }
        if (node == null || !node.hasNonNull("endpoint") || !node.hasNonNull("at")) {
            return null;
        }
        if (node.has("scenarioError")) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            node.get("scenarioError").forEach(n -> missing.add(n.asText()));
            return RequestOutcome.scenarioError(
                    node.get("endpoint").asText(),
                    missing.isEmpty() ? java.util.List.of("a value") : missing,
                    clock.nanosAt(Math.round(node.get("at").asDouble() * 1e6)),
                    node.hasNonNull("flow") ? node.get("flow").asText() : null);
        }
        long latencyNanos = node.hasNonNull("latencyMs")
                ? Math.max(0, Math.round(node.get("latencyMs").asDouble() * 1e6))
                : 0;
        long completed = clock.nanosAt(Math.round(node.get("at").asDouble() * 1e6));
        return new RequestOutcome(
                node.get("endpoint").asText(),
                completed - latencyNanos,
                latencyNanos,
                node.path("status").asInt(0),
                node.hasNonNull("flow") ? node.get("flow").asText() : null);
    }

    /** Maps wall-clock time to {@link System#nanoTime()}, fixed once so that figures never jump with the wall clock. */
    record WallClock(long offsetNanos) {

        static WallClock now() {
            return new WallClock(System.nanoTime() - System.currentTimeMillis() * 1_000_000L);
        }

        long nanosAt(long epochNanos) {
            return epochNanos + offsetNanos;
        }
    }
}
