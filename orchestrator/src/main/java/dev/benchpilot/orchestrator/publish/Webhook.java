package dev.benchpilot.orchestrator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.text.Numbers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The message a finished run posts to a webhook: Slack's incoming-webhook shape ({@code text} for notifications and
 * clients without blocks, {@code blocks} of Markdown sections), which Mattermost, Rocket.Chat, Discord's
 * {@code /slack} endpoint and most chat tools also take. It says the verdict, the key figures, the SLA and regression
 * lines and where the report is.
 */
public final class Webhook {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Webhook() {}

    /** Posts the message; an answer other than 2xx is an {@link IOException} naming the status (not the URL). */
    public static void notify(URI url, JsonNode summary, Path report) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message(summary, report))))
                .build();
        HttpResponse<Void> response = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .build()
                .send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the webhook answered " + response.statusCode());
        }
    }

    /** The run's verdict in a word or two: what a reader of a channel needs first. */
    static String verdict(JsonNode summary) {
        String status = summary.path("status").asText("");
        if (!status.equals("completed")) {
            return status.toUpperCase(Locale.ROOT).replace('_', ' ');
        }
        List<String> problems = new ArrayList<>();
        if (summary.path("sla").path("passed").isBoolean()
                && !summary.path("sla").path("passed").asBoolean()) {
            problems.add("SLA BREACHED");
        }
        if (summary.path("comparison").path("regressions").size() > 0) {
            problems.add("REGRESSED");
        }
        if (summary.path("generator").path("limited").asBoolean(false)) {
            problems.add("GENERATOR-LIMITED");
        }
        return problems.isEmpty() ? "PASSED" : String.join(", ", problems);
    }

    static ObjectNode message(JsonNode summary, Path report) {
        String title = String.format(
                Locale.ROOT,
                "benchpilot %s: %s %s of %s",
                verdict(summary),
                summary.path("pattern").asText("?"),
                summary.path("runId").asText("?"),
                summary.path("target").asText("?"));
        List<String> lines = new ArrayList<>();
        lines.add(figures(summary));
        JsonNode capacity = summary.path("capacity");
        if (capacity.path("breakingPointRps").isNumber()
                || capacity.path("maximumRps").isNumber()) {
            lines.add("capacity: comfortable " + rps(capacity.path("comfortableRps")) + ", maximum "
                    + rps(capacity.path("maximumRps")) + ", breaking point " + rps(capacity.path("breakingPointRps")));
        }
        JsonNode sla = summary.path("sla");
        if (sla.isObject()) {
            List<String> clauses = new ArrayList<>();
            sla.path("clauses")
                    .forEach(c -> clauses.add(
                            c.path("clause").asText() + " " + c.path("status").asText()));
            lines.add("SLA " + (sla.path("passed").asBoolean() ? "passed" : "BREACHED") + ": "
                    + String.join(", ", clauses));
        }
        JsonNode comparison = summary.path("comparison");
        if (comparison.isObject()) {
            List<String> regressions = new ArrayList<>();
            comparison.path("regressions").forEach(r -> regressions.add(r.asText()));
            lines.add("against " + comparison.path("baselineRunId").asText() + ": "
                    + (regressions.isEmpty()
                            ? "no regression beyond noise"
                            : "REGRESSED: " + String.join("; ", regressions)));
        }
        JsonNode generator = summary.path("generator");
        if (generator.path("limited").asBoolean(false)) {
            lines.add("generator-limited: " + generator.path("advice").asText(""));
        }
        lines.add("report: " + (report == null ? "not written" : report.toAbsolutePath()));

        ObjectNode message = JSON.createObjectNode();
        message.put("text", title + "\n" + String.join("\n", lines));
        ArrayNode blocks = message.putArray("blocks");
        blocks.addObject()
                .put("type", "header")
                .putObject("text")
                .put("type", "plain_text")
                .put("text", title);
        blocks.addObject()
                .put("type", "section")
                .putObject("text")
                .put("type", "mrkdwn")
                .put("text", String.join("\n", lines));
        return message;
    }

    private static String figures(JsonNode summary) {
        JsonNode underLoad = summary.path("latencyMs").path("underLoad");
        JsonNode requests = summary.path("requests");
        return String.format(
                Locale.ROOT,
                "achieved %s of %s planned; p50 %s, p95 %s, p99 %s; errors %s of %s requests",
                rps(summary.path("achievedRps")),
                rps(summary.path("targetRps")),
                ms(underLoad.path("p50")),
                ms(underLoad.path("p95")),
                ms(underLoad.path("p99")),
                requests.path("errorRate").isNumber()
                        ? String.format(
                                Locale.ROOT,
                                "%.2f%%",
                                requests.path("errorRate").asDouble() * 100)
                        : Numbers.NOT_MEASURED,
                requests.path("total").isNumber() ? requests.path("total").asText() : Numbers.NOT_MEASURED);
    }

    private static String rps(JsonNode value) {
        return value.isNumber() ? Numbers.plain(value.asDouble()) + " rps" : Numbers.NOT_MEASURED;
    }

    private static String ms(JsonNode value) {
        return value.isNumber() ? Numbers.plain(value.asDouble()) + " ms" : Numbers.NOT_MEASURED;
    }
}
