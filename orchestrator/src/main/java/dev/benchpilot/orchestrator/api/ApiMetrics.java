package dev.benchpilot.orchestrator.api;

import dev.benchpilot.orchestrator.runs.LiveRun;
import dev.benchpilot.orchestrator.runs.RunRegistry;
import dev.benchpilot.orchestrator.workflow.RunStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /metrics}: the server in Prometheus' text format — runs by status, active runs, and each running run's
 * offered and achieved rate and p95 of its latest second.
 */
final class ApiMetrics {

    private final RunRegistry runs;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MultiGauge offered;
    private final MultiGauge achieved;
    private final MultiGauge p95;

    ApiMetrics(RunRegistry runs) {
        this.runs = runs;
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder(
                            "benchpilot.runs",
                            runs,
                            r -> r.all().stream()
                                    .filter(run -> run.status() == status)
                                    .count())
                    .description("Runs this server started, by status")
                    .tag("status", status.wireName())
                    .register(registry);
        }
        Gauge.builder("benchpilot.runs.active", runs, RunRegistry::active)
                .description("Runs not yet ended")
                .register(registry);
        offered = MultiGauge.builder("benchpilot.run.offered.rps")
                .description("Offered requests per second, latest second")
                .register(registry);
        achieved = MultiGauge.builder("benchpilot.run.achieved.rps")
                .description("Achieved requests per second, latest second")
                .register(registry);
        p95 = MultiGauge.builder("benchpilot.run.latency.p95")
                .baseUnit("milliseconds")
                .description("p95 latency of the latest second")
                .register(registry);
    }

    String scrape() {
        List<MultiGauge.Row<?>> offeredRows = new ArrayList<>();
        List<MultiGauge.Row<?>> achievedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> p95Rows = new ArrayList<>();
        for (LiveRun run : runs.all()) {
            var latest = run.latest();
            if (latest == null || run.status() != RunStatus.RUNNING) {
                continue;
            }
            Tags tags = Tags.of("run", run.id(), "target", run.target());
            offeredRows.add(MultiGauge.Row.of(tags, latest.offeredRps()));
            achievedRows.add(MultiGauge.Row.of(tags, latest.achievedRps()));
            if (latest.p95() != null) {
                p95Rows.add(MultiGauge.Row.of(tags, latest.p95()));
            }
        }
        offered.register(offeredRows, true);
        achieved.register(achievedRows, true);
        p95.register(p95Rows, true);
        return registry.scrape();
    }
}
