package dev.benchpilot.orchestrator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * A finished run's figures pushed to a Prometheus Pushgateway, for runs nothing scrapes (the CLI, nightly batches).
 * The group is {@code job="benchpilot"} with the run's {@code target}, {@code pattern} and {@code label}, so each run
 * replaces the previous one of its kind and Prometheus keeps the history; every series also carries {@code run_id}.
 * A figure the run did not measure is left out, never pushed as 0. Latencies are in milliseconds, as in
 * {@code summary.json}.
 */
public final class MetricsPush {

    /** The job every push is grouped under. */
    public static final String JOB = "benchpilot";

    /** Upper bounds of the latency histogram's buckets, in milliseconds (the last is +Inf). */
    static final double[] BOUNDS_MS = {
        1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, Double.POSITIVE_INFINITY
    };

    private MetricsPush() {}

    /**
     * Pushes (replacing the group's earlier push) the figures of {@code summary}.
     *
     * @param gateway  the Pushgateway's base URL, {@code http://host:9091}
     * @param measured the latencies of the measured windows (microseconds), or null when the run has none
     * @param label    the name the run is compared under (its label, else its target)
     */
    public static void push(URI gateway, JsonNode summary, Histogram measured, String label) throws IOException {
        if (gateway.getHost() == null
                || !(gateway.getScheme().equals("http") || gateway.getScheme().equals("https"))) {
            throw new IOException("not an http(s) URL: " + Redacted.url(gateway));
        }
        PushGateway.Builder builder = PushGateway.builder()
                .scheme(gateway.getScheme().equals("https") ? Scheme.HTTPS : Scheme.HTTP)
                .address(gateway.getHost() + ":" + (gateway.getPort() > 0 ? gateway.getPort() : 9091))
                .job(JOB)
                .groupingKey("target", summary.path("target").asText(""))
                .groupingKey("pattern", summary.path("pattern").asText(""))
                .groupingKey("label", label);
        String user = gateway.getUserInfo();
        if (user != null && user.contains(":")) { // http://user:password@host:9091, a gateway behind basic auth
            builder.basicAuth(user.substring(0, user.indexOf(':')), user.substring(user.indexOf(':') + 1));
        }
        builder.build().push(collector(summary, measured));
    }

    /** The run's figures as Prometheus metrics. */
    static MultiCollector collector(JsonNode summary, Histogram measured) {
        return () -> snapshots(summary, measured);
    }

    static MetricSnapshots snapshots(JsonNode summary, Histogram measured) {
        Labels run = Labels.of("run_id", summary.path("runId").asText(""));
        List<MetricSnapshot> metrics = new ArrayList<>();
        gauge(
                metrics,
                "benchpilot_result_status",
                "The run's final status (1 for the status it ended with)",
                1.0,
                run.add("status", summary.path("status").asText("")));
        gauge(
                metrics,
                "benchpilot_result_offered_rps",
                "The rate the run planned to offer",
                number(summary, "targetRps"),
                run);
        gauge(
                metrics,
                "benchpilot_result_achieved_rps",
                "The rate the target answered",
                number(summary, "achievedRps"),
                run);
        JsonNode underLoad = summary.path("latencyMs").path("underLoad");
        for (String percentile : List.of("p50", "p95", "p99")) {
            gauge(
                    metrics,
                    "benchpilot_result_latency_" + percentile + "_milliseconds",
                    percentile + " latency under load",
                    number(underLoad, percentile),
                    run);
        }
        gauge(
                metrics,
                "benchpilot_result_error_ratio",
                "Failed requests as a fraction of all",
                number(summary.path("requests"), "errorRate"),
                run);
        JsonNode capacity = summary.path("capacity");
        gauge(
                metrics,
                "benchpilot_result_comfortable_rps",
                "The comfortable rate the run found",
                number(capacity, "comfortableRps"),
                run);
        gauge(
                metrics,
                "benchpilot_result_maximum_rps",
                "The highest rate without a breaking signal",
                number(capacity, "maximumRps"),
                run);
        gauge(
                metrics,
                "benchpilot_result_breaking_point_rps",
                "The rate at which the target broke",
                number(capacity, "breakingPointRps"),
                run);
        JsonNode sla = summary.path("sla");
        gauge(
                metrics,
                "benchpilot_result_sla_pass",
                "1 when every SLA clause held, 0 on a breach",
                sla.path("passed").isBoolean() ? (sla.path("passed").asBoolean() ? 1.0 : 0.0) : null,
                run);
        JsonNode comparison = summary.path("comparison");
        gauge(
                metrics,
                "benchpilot_result_regressions",
                "Regressions beyond noise against the previous run",
                comparison.isObject() ? (double) comparison.path("regressions").size() : null,
                run);
        JsonNode generator = summary.path("generator");
        gauge(
                metrics,
                "benchpilot_result_generator_limited",
                "1 when the load generator, not the target, was the limit at some level",
                generator.isObject() ? (generator.path("limited").asBoolean() ? 1.0 : 0.0) : null,
                run);
        gauge(metrics, "benchpilot_result_finished_timestamp_seconds", "When the run ended", finished(summary), run);
        if (measured != null && measured.getTotalCount() > 0) {
            metrics.add(histogram(measured, run));
        }
        return new MetricSnapshots(metrics);
    }

    private static void gauge(List<MetricSnapshot> metrics, String name, String help, Double value, Labels labels) {
        if (value == null) {
            return;
        }
        metrics.add(GaugeSnapshot.builder()
                .name(name)
                .help(help)
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                        .value(value)
                        .labels(labels)
                        .build())
                .build());
    }

    /** The measured latencies in {@link #BOUNDS_MS} buckets (a count per bucket; Prometheus adds them up). */
    private static MetricSnapshot histogram(Histogram measured, Labels labels) {
        long[] counts = new long[BOUNDS_MS.length];
        long below = 0;
        for (int i = 0; i < BOUNDS_MS.length; i++) {
            long upTo = Double.isInfinite(BOUNDS_MS[i])
                    ? measured.getTotalCount()
                    : measured.getCountBetweenValues(0, (long) (BOUNDS_MS[i] * 1000));
            counts[i] = upTo - below;
            below = upTo;
        }
        double sumMs = measured.getMean() * measured.getTotalCount() / 1000.0;
        return HistogramSnapshot.builder()
                .name("benchpilot_result_latency_milliseconds")
                .help("Latencies of the measured windows")
                .dataPoint(HistogramSnapshot.HistogramDataPointSnapshot.builder()
                        .classicHistogramBuckets(ClassicHistogramBuckets.of(BOUNDS_MS, counts))
                        .sum(sumMs)
                        .labels(labels)
                        .build())
                .build();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static Double finished(JsonNode summary) {
        String text = summary.path("finishedAt").asText(null);
        try {
            return text == null ? null : Instant.parse(text).toEpochMilli() / 1000.0;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
