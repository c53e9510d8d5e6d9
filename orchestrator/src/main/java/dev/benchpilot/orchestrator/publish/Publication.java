package dev.benchpilot.orchestrator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Where a finished run is published: a Pushgateway for its figures and a webhook for a message, each optional.
 *
 * @param pushMetrics the Pushgateway's base URL, or null
 * @param webhook     the webhook URL, or null; it may hold a secret, so it is never shown whole
 */
public record Publication(URI pushMetrics, URI webhook) {

    public static final Publication NONE = new Publication(null, null);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Publishes the run whose workspace is {@code directory}; whatever fails is said to {@code warnings}, and the run's
     * outcome does not change.
     */
    public void publish(Path directory, Histogram measured, String label, Consumer<String> warnings) {
        if (pushMetrics == null && webhook == null) {
            return;
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(directory.resolve("summary.json").toFile());
        } catch (IOException e) {
            warnings.accept("nothing published: summary.json could not be read (" + e.getMessage() + ")");
            return;
        }
        if (pushMetrics != null) {
            try {
                MetricsPush.push(pushMetrics, summary, measured, label);
            } catch (IOException | RuntimeException e) {
                warnings.accept("metrics not pushed to " + Redacted.url(pushMetrics) + ": " + reason(e));
            }
        }
        if (webhook != null) {
            Path report = directory.resolve("final-benchmark-report.md");
            try {
                Webhook.notify(webhook, summary, Files.exists(report) ? report : null);
            } catch (IOException | RuntimeException e) {
                warnings.accept("webhook not notified (" + Redacted.url(webhook) + "): " + reason(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                warnings.accept("webhook not notified (" + Redacted.url(webhook) + "): interrupted");
            }
        }
    }

    /** An exception's message with any URL in it cut to its host: libraries put the full URL in their messages. */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("(https?://[^/\\s]+)/\\S*", "$1/…");
    }
}
