package dev.benchpilot.tools.engines.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.tools.metrics.RequestOutcome;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Lines of k6's {@code --out json=FILE}: one JSON object per line, {@code type} {@code Metric} (a declaration) or
 * {@code Point} (a sample). Only {@code http_req_duration} points are requests: {@code value} is the duration in
 * milliseconds (sending, waiting, receiving: k6 leaves connecting out), {@code time} is when the response came (RFC
 * 3339 with nanoseconds), and the tags give the endpoint ({@code name}, which the generated script sets to the
 * endpoint key) and {@code status} ({@code "0"} when none came). Requests of {@code setup()} are not load.
 * {@code dropped_iterations} points are users the arrival-rate executor could not start when planned (no free VU).
 */
final class K6Output {

    static final String SETUP_PREFIX = "setup: ";
    /** The counter the generated script adds to for each scenario error (see the k6 script writer). */
    static final String SCENARIO_ERRORS = "benchpilot_scenario_errors";

    private static final ObjectMapper JSON = new ObjectMapper();

    private K6Output() {}

    /**
     * The request a line describes; {@link ResultLine#NOT_A_REQUEST} for the other well-formed lines (declarations,
     * other metrics, setup requests); null for a line that is not k6 output.
     */
    static RequestOutcome parse(String line, ResultLine.WallClock clock) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (java.io.IOException e) {
            return null;
        }
        if (node == null || !node.has("type") || !node.has("metric")) {
            return null;
        }
        JsonNode data = node.path("data");
        JsonNode tags = data.path("tags");
        if ("Point".equals(node.path("type").asText())
                && SCENARIO_ERRORS.equals(node.path("metric").asText())) {
            return RequestOutcome.scenarioError(
                    tags.path("name").asText("?"),
                    java.util.List.of(tags.path("missing").asText("a value")),
                    clock.nanosAt(epochNanos(data.path("time").asText())),
                    tags.hasNonNull("flow") ? tags.get("flow").asText() : null);
        }
        if ("Point".equals(node.path("type").asText())
                && "dropped_iterations".equals(node.path("metric").asText())) {
            // k6 could not start an iteration when the arrival-rate executor planned it (no free VU): a dropped user
            return RequestOutcome.dropped(
                    clock.nanosAt(epochNanos(data.path("time").asText())),
                    Math.max(1, data.path("value").asLong(1)));
        }
        if (!"Point".equals(node.path("type").asText())
                || !"http_req_duration".equals(node.path("metric").asText())) {
            return ResultLine.NOT_A_REQUEST;
        }
        String name = tags.path("name").asText(tags.path("url").asText(""));
        if (name.startsWith(SETUP_PREFIX)) {
            return ResultLine.NOT_A_REQUEST;
        }
        if (name.isEmpty() || !data.path("value").isNumber()) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(data.path("time").asText());
        } catch (DateTimeParseException e) {
            return null;
        }
        long epochNanos = time.toEpochSecond() * 1_000_000_000L + time.getNano();
        long latencyNanos = Math.max(0, Math.round(data.get("value").asDouble() * 1e6));
        int status;
        try {
            status = Integer.parseInt(tags.path("status").asText("0"));
        } catch (NumberFormatException e) {
            status = RequestOutcome.NO_RESPONSE;
        }
        long completed = clock.nanosAt(epochNanos);
        return new RequestOutcome(
                name,
                completed - latencyNanos,
                latencyNanos,
                status,
                tags.hasNonNull("flow") ? tags.get("flow").asText() : null);
    }

    private static long epochNanos(String rfc3339) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(rfc3339);
            return time.toEpochSecond() * 1_000_000_000L + time.getNano();
        } catch (DateTimeParseException e) {
            return System.currentTimeMillis() * 1_000_000L;
        }
    }

    /** What k6's documented exit codes mean. */
    static String exitMeaning(int code) {
        return switch (code) {
            case 99 -> "exit code 99: thresholds crossed (the SLA in the script was breached)";
            case 100 -> "exit code 100: setup() timed out";
            case 101 -> "exit code 101: teardown() timed out";
            case 102 -> "exit code 102: a timeout";
            case 103 -> "exit code 103: engine error";
            case 104 -> "exit code 104: invalid configuration";
            case 105 -> "exit code 105: aborted from outside (signal or REST API)";
            case 107 -> "exit code 107: the script threw an exception";
            case 108 -> "exit code 108: the script aborted the test (setup() refused: see the output)";
            default -> "exit code " + code;
        };
    }
}
