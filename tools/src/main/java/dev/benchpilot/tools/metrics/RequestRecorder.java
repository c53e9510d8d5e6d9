package dev.benchpilot.tools.metrics;

import dev.benchpilot.tools.metrics.internal.IntervalBook;
import dev.benchpilot.tools.metrics.internal.StageWindow;
import dev.benchpilot.tools.scenario.FlowGroups;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Records every request an engine sends: per endpoint, per stage (by send time, over the stage's
 * measurement window) and per one-second interval. Latencies go into HdrHistograms in microseconds;
 * no engine's own statistics are used for any figure.
 *
 * <p>Thread-safe: engines call {@link #record} from their I/O threads, a ticker calls
 * {@link #closeElapsedIntervals} once a second.
 */
public final class RequestRecorder {

    private final long startNanos;
    private final LoadProfile profile;
    private final Object lock = new Object();
    private final Histogram all = LatencySummary.newHistogramMicros();
    private final Histogram measured = LatencySummary.newHistogramMicros();
    private final Map<String, Tally> endpoints = new TreeMap<>();
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> scenarioErrors = new TreeMap<>();
    private final Map<String, String> flowGroups;
    private final Map<String, Tally> groups = new java.util.LinkedHashMap<>();
    private final List<StageWindow> stages = new ArrayList<>();
    private final IntervalBook intervals;
    private long requests;
    private long failed;
    private long lastCompletionNanos;

    /**
     * @param startNanos the {@link System#nanoTime()} at which the profile's time zero falls
     * @param settle     how long the request rate takes to follow a change of the offered rate
     *                   (about one user journey); trimmed from the start of each stage's window
     */
    public RequestRecorder(long startNanos, LoadProfile profile, Duration settle) {
        this(startNanos, profile, settle, Map.of());
    }

    /** @param flowGroups flow name to group: requests that name their flow are also counted in its group */
    public RequestRecorder(long startNanos, LoadProfile profile, Duration settle, Map<String, String> flowGroups) {
        this.flowGroups = Map.copyOf(flowGroups);
        List<String> order = List.of(FlowGroups.READ_HEAVY, FlowGroups.WRITE_HEAVY, FlowGroups.MIXED);
        flowGroups.values().stream()
                .distinct()
                .sorted(java.util.Comparator.comparingInt(
                                (String g) -> order.contains(g) ? order.indexOf(g) : order.size())
                        .thenComparing(g -> g))
                .forEach(group -> groups.put(group, new Tally()));
        this.startNanos = startNanos;
        this.profile = profile;
        this.lastCompletionNanos = startNanos;
        this.intervals = new IntervalBook(startNanos, profile);
        for (int i = 0; i < profile.stages().size(); i++) {
            stages.add(new StageWindow(profile.stages().get(i), profile.startOf(i), settle));
        }
    }

    public long startNanos() {
        return startNanos;
    }

    public LoadProfile profile() {
        return profile;
    }

    /** Counts a request at the moment it is sent, for the live view; {@link #record} still follows. */
    public void markSent(long sentNanos) {
        synchronized (lock) {
            intervals.markSent(sentNanos);
        }
    }

    /**
     * Counts a user (a journey's first request) that the plan scheduled at {@code plannedNanos} and the generator
     * started at {@code startedNanos}; goes to the stage whose window holds the planned time.
     */
    public void arrived(long plannedNanos, long startedNanos) {
        double plannedSeconds = (plannedNanos - startNanos) / 1e9;
        long lagMicros = (startedNanos - plannedNanos) / 1000;
        synchronized (lock) {
            for (StageWindow stage : stages) {
                if (stage.contains(plannedSeconds)) {
                    stage.arrived(lagMicros);
                }
            }
        }
    }

    /** Counts {@code users} the generator gave up on, planned at {@code plannedNanos}. */
    public void dropped(long plannedNanos, long users) {
        double plannedSeconds = (plannedNanos - startNanos) / 1e9;
        synchronized (lock) {
            for (StageWindow stage : stages) {
                if (stage.contains(plannedSeconds)) {
                    stage.dropped(users);
                }
            }
        }
    }

    public void record(RequestOutcome outcome) {
        if (outcome.status() == RequestOutcome.GENERATOR_LAG) {
            double seconds = (outcome.sentNanos() - startNanos) / 1e9;
            synchronized (lock) {
                for (StageWindow stage : stages) {
                    if (stage.contains(seconds)) {
                        stage.eventLoopLag(outcome.latencyNanos() / 1000);
                    }
                }
            }
            return;
        }
        if (outcome.status() == RequestOutcome.DROPPED) {
            dropped(outcome.sentNanos(), outcome.latencyNanos());
            return;
        }
        if (outcome.isScenarioError()) {
            synchronized (lock) {
                scenarioErrors.merge(outcome.endpointKey(), 1L, Long::sum);
            }
            return;
        }
        long latencyMicros = Math.max(1, outcome.latencyNanos() / 1000);
        long completedNanos = outcome.sentNanos() + outcome.latencyNanos();
        double sentSeconds = (outcome.sentNanos() - startNanos) / 1e9;
        boolean failure = outcome.failed();
        boolean responded = outcome.status() != RequestOutcome.NO_RESPONSE;
        synchronized (lock) {
            requests++;
            if (failure) {
                failed++;
            }
            byStatus.merge(String.valueOf(outcome.status()), 1L, Long::sum);
            if (responded) {
                all.recordValue(Math.min(latencyMicros, all.getHighestTrackableValue()));
            }
            endpoints
                    .computeIfAbsent(outcome.endpointKey(), k -> new Tally())
                    .add(latencyMicros, outcome.status(), responded, failure);
            String group = outcome.flow() == null ? null : flowGroups.get(outcome.flow());
            if (group != null) {
                groups.get(group).add(latencyMicros, outcome.status(), responded, failure);
            }
            double completedSeconds = (completedNanos - startNanos) / 1e9;
            for (StageWindow stage : stages) {
                stage.complete(completedSeconds);
                if (stage.contains(sentSeconds)) {
                    stage.add(latencyMicros, responded, failure);
                    if (stage.atTarget(profile.targetRps()) && responded) {
                        measured.recordValue(Math.min(latencyMicros, measured.getHighestTrackableValue()));
                    }
                }
            }
            intervals.record(outcome.sentNanos(), completedNanos, latencyMicros, responded, failure);
            lastCompletionNanos = Math.max(lastCompletionNanos, completedNanos);
        }
    }

    /** Closes every whole second that has passed by {@code nowNanos} and returns them, oldest first. */
    public List<IntervalMetrics> closeElapsedIntervals(long nowNanos) {
        synchronized (lock) {
            return intervals.closeBefore(nowNanos);
        }
    }

    /** Everything recorded so far; call after the engine has finished for final figures. */
    public LoadMetrics snapshot() {
        synchronized (lock) {
            intervals.closeBefore(lastCompletionNanos + 1_000_000_000L);
            List<StageMetrics> stageMetrics =
                    stages.stream().map(StageWindow::metrics).toList();
            List<EndpointMetrics> endpointMetrics = endpoints.entrySet().stream()
                    .map(e -> e.getValue().metrics(e.getKey()))
                    .toList();
            double seconds = (lastCompletionNanos - startNanos) / 1e9;
            List<GroupMetrics> groupMetrics = groups.entrySet().stream()
                    .filter(g -> g.getValue().requests > 0)
                    .map(g -> g.getValue().group(g.getKey(), flowsOf(g.getKey()), seconds))
                    .toList();
            return new LoadMetrics(
                    seconds,
                    requests,
                    failed,
                    rate(failed, requests),
                    measuredAchievedRps(stageMetrics, profile.targetRps()),
                    byStatus,
                    LatencySummary.of(all),
                    LatencySummary.of(measured),
                    stageMetrics,
                    endpointMetrics,
                    intervals.finalIntervals(),
                    groupMetrics,
                    scenarioErrors);
        }
    }

    /** Copies of the histograms recorded so far, for merging runs and storing them. */
    public RecordedHistograms histograms() {
        synchronized (lock) {
            Map<String, Histogram> byEndpoint = new TreeMap<>();
            endpoints.forEach((key, tally) -> byEndpoint.put(key, tally.latency.copy()));
            return new RecordedHistograms(all.copy(), measured.copy(), byEndpoint);
        }
    }

    private List<String> flowsOf(String group) {
        return flowGroups.entrySet().stream()
                .filter(e -> e.getValue().equals(group))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Double measuredAchievedRps(List<StageMetrics> stageMetrics, double targetRps) {
        double seconds = 0;
        double answered = 0;
        for (StageMetrics stage : stageMetrics) {
            if (stage.measured() && Math.abs(stage.offeredRps() - targetRps) < 0.01) {
                seconds += stage.windowEndSeconds() - stage.windowStartSeconds();
                answered += stage.requests() - stage.unanswered();
            }
        }
        return seconds > 0 ? Math.round(answered / seconds * 100.0) / 100.0 : null;
    }

    static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** Per-endpoint accumulator. */
    private static final class Tally {
        private final Histogram latency = LatencySummary.newHistogramMicros();
        private final Map<String, Long> byStatus = new TreeMap<>();
        private long requests;
        private long failed;

        void add(long latencyMicros, int status, boolean responded, boolean failure) {
            requests++;
            if (failure) {
                failed++;
            }
            byStatus.merge(String.valueOf(status), 1L, Long::sum);
            if (responded) {
                latency.recordValue(Math.min(latencyMicros, latency.getHighestTrackableValue()));
            }
        }

        GroupMetrics group(String name, List<String> flows, double seconds) {
            return new GroupMetrics(
                    name,
                    flows,
                    requests,
                    failed,
                    rate(failed, requests),
                    seconds > 0 ? Math.round(requests / seconds * 100.0) / 100.0 : 0,
                    LatencySummary.of(latency));
        }

        EndpointMetrics metrics(String key) {
            return new EndpointMetrics(
                    key, requests, failed, rate(failed, requests), Map.copyOf(byStatus), LatencySummary.of(latency));
        }
    }
}
