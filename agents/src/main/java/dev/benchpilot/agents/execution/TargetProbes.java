package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.monitor.JfrRecording;
import dev.benchpilot.tools.monitor.LiveHeap;
import dev.benchpilot.tools.monitor.ResourceMonitor;
import dev.benchpilot.tools.monitor.ResourceTimeline;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything watched on the target while the load runs: the per-second monitor (/proc, Prometheus), a JFR
 * recording when the pid is a JVM, and, in a soak run, {@value #LIVE_HEAP_PROBES} live-set probes spread over the
 * steady part (each forces one full collection on the target). Started before the load, finished after it.
 */
final class TargetProbes implements AutoCloseable {

    static final int LIVE_HEAP_PROBES = 4;

    private final ExecutionRequest request;
    private final ResourceMonitor monitor;
    private final JfrRecording jfr;
    private final List<double[]> liveHeap = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final ScheduledExecutorService probes;
    private final long startNanos = System.nanoTime();

    private TargetProbes(
            ExecutionRequest request, ResourceMonitor monitor, JfrRecording jfr, ScheduledExecutorService probes) {
        this.request = request;
        this.monitor = monitor;
        this.jfr = jfr;
        this.probes = probes;
    }

    static TargetProbes start(ExecutionRequest request, ExecutionListener listener, Duration maxDuration) {
        ResourceMonitor monitor = ResourceMonitor.start(request.watch(), maxDuration);
        if (!request.watch().isEmpty()) {
            listener.onStep("watching the target: "
                    + String.join(", ", monitor.timeline().sources()));
        }
        Long pid = request.watch().pid();
        JfrRecording jfr = null;
        if (pid != null) {
            try {
                Path workDir = request.test().workDir();
                jfr = JfrRecording.start(
                        pid, workDir.resolve("target.jfr"), "benchpilot-" + workDir.getFileName(), maxDuration);
                listener.onStep("recording the target with JFR (target.jfr)");
            } catch (RuntimeException e) {
                listener.onStep("no JFR recording of the target: " + e.getMessage());
            }
        }
        boolean soak = request.test().profile().pattern() == LoadPattern.SOAK && jfr != null;
        ScheduledExecutorService probes = soak
                ? Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "benchpilot-live-heap");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        TargetProbes started = new TargetProbes(request, monitor, jfr, probes);
        if (soak) {
            started.scheduleLiveHeap(request.test().profile(), listener);
        }
        return started;
    }

    /** Probes at the start of the steady part and at equal steps to its end. */
    private void scheduleLiveHeap(LoadProfile profile, ExecutionListener listener) {
        long steadyStart = profile.startOf(profile.stages().size() - 1).toMillis() + 2_000;
        long end = profile.totalDuration().toMillis() - 1_000;
        if (end <= steadyStart) {
            return;
        }
        listener.onStep(LIVE_HEAP_PROBES + " live-set probes of the target's heap (forced full GCs) during the soak");
        for (int i = 0; i < LIVE_HEAP_PROBES; i++) {
            long at = steadyStart + (end - steadyStart) * i / (LIVE_HEAP_PROBES - 1);
            probes.schedule(this::probe, at, TimeUnit.MILLISECONDS);
        }
    }

    private void probe() {
        try {
            long bytes = LiveHeap.measure(request.watch().pid());
            synchronized (liveHeap) {
                liveHeap.add(new double[] {(System.nanoTime() - startNanos) / 1e9, bytes});
            }
        } catch (RuntimeException e) {
            synchronized (liveHeap) {
                warnings.add("live-set probe of the target failed: " + e.getMessage());
            }
        }
    }

    /** Ends the probes and returns what they saw. */
    ResourceTimeline finish() {
        if (probes != null) {
            probes.shutdown();
            try {
                probes.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JfrRecording.Summary summary = null;
        if (jfr != null) {
            try {
                summary = jfr.stop();
            } catch (java.io.IOException | RuntimeException e) {
                warnings.add("JFR recording of the target not summarised: " + e.getMessage());
            }
        }
        synchronized (liveHeap) {
            return monitor.timeline().with(summary, liveHeap, warnings);
        }
    }

    @Override
    public void close() {
        if (probes != null) {
            probes.shutdownNow();
        }
        monitor.close();
    }

    /** For a load that failed: stops the recording without summarising it. */
    void abandon() {
        if (jfr != null) {
            jfr.close();
        }
    }
}
