package dev.benchpilot.orchestrator.report;

import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.monitor.ResourceSample;
import dev.benchpilot.tools.monitor.ResourceTimeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The target's resources per measured level, as the report's "Resource Utilization" table reads them. */
final class ResourceViews {

    private ResourceViews() {}

    static Map<String, Object> of(ExecutionReport execution) {
        ResourceTimeline timeline = execution.target();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sampled", !timeline.samples().isEmpty());
        view.put("sources", timeline.sources().isEmpty() ? "none" : String.join(", ", timeline.sources()));
        view.put("samples", timeline.samples().size());
        view.put(
                "rows",
                execution.run().metrics().stages().stream()
                        .filter(StageMetrics::measured)
                        .map(stage -> {
                            List<ResourceSample> window = timeline.samples().stream()
                                    .filter(s -> s.seconds() >= stage.windowStartSeconds()
                                            && s.seconds() <= stage.windowEndSeconds())
                                    .toList();
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("stage", stage.name());
                            row.put("cpu", percent(mean(window, ResourceSample::cpu)));
                            row.put("memory", megabytes(peak(window, ResourceSample::memoryBytes)));
                            Double max = peak(window, ResourceSample::poolMax);
                            Double active = mean(window, ResourceSample::poolActive);
                            row.put(
                                    "pool",
                                    active == null
                                            ? "n/a"
                                            : Formats.number(round(active))
                                                    + (max == null ? "" : " / " + Formats.number(max)));
                            row.put("pending", Formats.figure(peak(window, ResourceSample::poolPending)));
                            row.put(
                                    "threads",
                                    Formats.figure(peak(
                                            window,
                                            s -> s.threads() == null
                                                    ? null
                                                    : s.threads().doubleValue())));
                            row.put(
                                    "fds",
                                    Formats.figure(peak(
                                            window,
                                            s -> s.openFds() == null
                                                    ? null
                                                    : s.openFds().doubleValue())));
                            row.put(
                                    "established",
                                    Formats.figure(peak(
                                            window,
                                            s -> s.tcpByState().isEmpty()
                                                    ? null
                                                    : s.tcpByState()
                                                            .getOrDefault("ESTABLISHED", 0)
                                                            .doubleValue())));
                            return row;
                        })
                        .toList());
        return view;
    }

    private static Double mean(List<ResourceSample> window, Function<ResourceSample, Double> field) {
        var mean = window.stream()
                .map(field)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    private static Double peak(List<ResourceSample> window, Function<ResourceSample, Double> field) {
        var max = window.stream()
                .map(field)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max();
        return max.isPresent() ? max.getAsDouble() : null;
    }

    private static String percent(Double fraction) {
        return fraction == null ? Formats.NOT_MEASURED : Formats.number(Math.round(fraction * 1000) / 10.0) + "%";
    }

    private static String megabytes(Double bytes) {
        return bytes == null ? Formats.NOT_MEASURED : Formats.number(Math.round(bytes / 1e5) / 10.0) + " MB";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
