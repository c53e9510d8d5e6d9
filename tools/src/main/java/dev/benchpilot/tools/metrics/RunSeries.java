package dev.benchpilot.tools.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the runs of a stepped test (an adaptive stress search runs one short load per offered rate) into
 * one {@link LoadMetrics} on one time axis: stages and seconds shifted by each step's start, counts summed,
 * percentiles read again from the merged histograms, never averaged.
 */
public final class RunSeries {

    private final double targetRps;
    private final List<StageMetrics> stages = new ArrayList<>();
    private final List<IntervalMetrics> intervals = new ArrayList<>();
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> scenarioErrors = new TreeMap<>();
    private final Map<String, long[]> endpointCounts = new TreeMap<>();
    private final Map<String, Map<String, Long>> endpointStatuses = new TreeMap<>();
    private RecordedHistograms histograms = RecordedHistograms.empty();
    private double measuredSeconds;
    private double measuredRequests;
    private long requests;
    private long failed;
    private double endSeconds;

    /** @param targetRps the rate whose steps count as "under load" */
    public RunSeries(double targetRps) {
        this.targetRps = targetRps;
    }

    /**
     * Adds one step that started {@code offsetSeconds} after the series' time zero.
     *
     * @param stepHistograms the histograms behind {@code step}
     */
    public void add(LoadMetrics step, RecordedHistograms stepHistograms, double offsetSeconds) {
        boolean atTarget = false;
        for (StageMetrics stage : step.stages()) {
            stages.add(new StageMetrics(
                    stage.name(),
                    stage.measured(),
                    round(stage.windowStartSeconds() + offsetSeconds),
                    round(stage.windowEndSeconds() + offsetSeconds),
                    stage.offeredRps(),
                    stage.achievedRps(),
                    stage.requests(),
                    stage.failed(),
                    stage.unanswered(),
                    stage.errorRate(),
                    stage.latencyMs(),
                    stage.completedRps(),
                    stage.schedule()));
            if (stage.measured() && Math.abs(stage.offeredRps() - targetRps) < 0.01) {
                atTarget = true;
                measuredSeconds += stage.windowEndSeconds() - stage.windowStartSeconds();
                measuredRequests += stage.requests() - stage.unanswered();
            }
        }
        long shift = Math.round(offsetSeconds);
        for (IntervalMetrics second : step.intervals()) {
            intervals.add(second.shifted(shift));
        }
        step.byStatus().forEach((status, count) -> byStatus.merge(status, count, Long::sum));
        step.scenarioErrors().forEach((name, count) -> scenarioErrors.merge(name, count, Long::sum));
        for (EndpointMetrics endpoint : step.endpoints()) {
            long[] counts = endpointCounts.computeIfAbsent(endpoint.endpointKey(), k -> new long[2]);
            counts[0] += endpoint.requests();
            counts[1] += endpoint.failed();
            Map<String, Long> statuses = endpointStatuses.computeIfAbsent(endpoint.endpointKey(), k -> new TreeMap<>());
            endpoint.byStatus().forEach((status, count) -> statuses.merge(status, count, Long::sum));
        }
        histograms = histograms.plus(stepHistograms, atTarget);
        requests += step.requests();
        failed += step.failed();
        endSeconds = Math.max(endSeconds, offsetSeconds + step.durationSeconds());
    }

    public RecordedHistograms histograms() {
        return histograms;
    }

    public LoadMetrics metrics() {
        List<EndpointMetrics> endpoints = new ArrayList<>();
        endpointCounts.forEach((key, counts) -> endpoints.add(new EndpointMetrics(
                key,
                counts[0],
                counts[1],
                RequestRecorder.rate(counts[1], counts[0]),
                Map.copyOf(endpointStatuses.get(key)),
                histograms.byEndpoint().containsKey(key)
                        ? LatencySummary.of(histograms.byEndpoint().get(key))
                        : null)));
        Double achieved = measuredSeconds > 0 ? Math.round(measuredRequests / measuredSeconds * 100.0) / 100.0 : null;
        return new LoadMetrics(
                round(endSeconds),
                requests,
                failed,
                RequestRecorder.rate(failed, requests),
                achieved,
                byStatus,
                LatencySummary.of(histograms.all()),
                LatencySummary.of(histograms.measured()),
                stages,
                endpoints,
                intervals,
                List.of(),
                scenarioErrors);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
