package dev.benchpilot.tools.metrics.internal;

import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.ScheduleLag;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.scenario.Stage;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/** The measurement window of one stage and what was sent in it. Not thread-safe; guarded by the recorder. */
public final class StageWindow {

    private final Stage stage;
    private final double startSeconds;
    private final double windowStartSeconds;
    private final double endSeconds;
    private final Histogram latency = LatencySummary.newHistogramMicros();
    private long requests;
    private long failed;
    private long unanswered;
    private long completed;
    private Histogram lag;
    private long lagSamples;
    private long dropped;
    private boolean eventLoop;

    public StageWindow(Stage stage, Duration stageStart, Duration settle) {
        this.stage = stage;
        double length = stage.duration().toNanos() / 1e9;
        this.startSeconds = stageStart.toNanos() / 1e9;
        this.windowStartSeconds = startSeconds + Math.min(settle.toNanos() / 1e9, length / 2);
        this.endSeconds = startSeconds + length;
    }

    public Stage stage() {
        return stage;
    }

    /** A measured, constant stage at the run's target rate: its requests are the "under load" figures. */
    public boolean atTarget(double targetRps) {
        return stage.measured() && stage.isConstant() && stage.startRps() == targetRps;
    }

    public boolean contains(double sentSeconds) {
        return sentSeconds >= windowStartSeconds && sentSeconds < endSeconds;
    }

    /** Counts a request that finished at {@code completedSeconds} if that falls in the window, whenever it was sent. */
    public void complete(double completedSeconds) {
        if (contains(completedSeconds)) {
            completed++;
        }
    }

    public void add(long latencyMicros, boolean responded, boolean failure) {
        requests++;
        if (failure) {
            failed++;
        }
        if (!responded) {
            unanswered++;
        } else {
            latency.recordValue(Math.min(latencyMicros, latency.getHighestTrackableValue()));
        }
    }

    /**
     * Counts a lag sample planned in the window: a user that started, or a second of an engine process, {@code
     * lagMicros} late.
     */
    public void arrived(long lagMicros) {
        if (lag == null) {
            lag = LatencySummary.newHistogramMicros();
        }
        lagSamples++;
        lag.recordValue(Math.min(Math.max(0, lagMicros), lag.getHighestTrackableValue()));
    }

    /** Counts an engine process's worst event-loop delay of one second ending in the window. */
    public void eventLoopLag(long lagMicros) {
        eventLoop = true;
        arrived(lagMicros);
    }

    /** Counts users planned in the window that the generator gave up on. */
    public void dropped(long users) {
        dropped += users;
    }

    public StageMetrics metrics() {
        double window = endSeconds - windowStartSeconds;
        double midpoint = (windowStartSeconds + endSeconds) / 2 - startSeconds;
        double offered = stage.rpsAt(Duration.ofNanos((long) (midpoint * 1e9)));
        return new StageMetrics(
                stage.name(),
                stage.measured(),
                round(windowStartSeconds),
                round(endSeconds),
                round(offered),
                round(requests / window),
                requests,
                failed,
                unanswered,
                requests == 0 ? 0.0 : (double) failed / requests,
                LatencySummary.of(latency),
                round(completed / window),
                lag == null && dropped == 0
                        ? null
                        : new ScheduleLag(lagSamples, dropped, lag == null ? null : LatencySummary.of(lag), eventLoop));
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
