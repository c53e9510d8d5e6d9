package dev.benchpilot.orchestrator.runs;

import dev.benchpilot.orchestrator.workflow.Checkpoint;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.orchestrator.workflow.RunOutcome;
import dev.benchpilot.orchestrator.workflow.RunStatus;
import dev.benchpilot.orchestrator.workflow.WorkflowEvent;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * One run started by a server: its status as the API names it, the plan, the latest second, every event so far
 * (replayed to a late SSE client), and the checkpoint it waits at. Past the checkpoint it takes its target's lock
 * (waiting as {@code queued} while another run loads the same target) and keeps it until the run ends.
 */
public final class LiveRun implements Checkpoint {

    private final String target;
    private final boolean autoConfirm;
    private final java.util.concurrent.Semaphore targetLock;
    private boolean holdsTarget;
    private final BlockingQueue<Decision> decisions = new LinkedBlockingQueue<>();
    private final List<Map<String, Object>> events = new ArrayList<>();
    private final List<Consumer<Map<String, Object>>> subscribers = new CopyOnWriteArrayList<>();
    private volatile String id;
    private volatile RunStatus status = RunStatus.PLANNING;
    private volatile Plan plan;
    private volatile IntervalMetrics latest;
    private volatile RunOutcome outcome;
    private volatile Path workspace;

    LiveRun(String target, boolean autoConfirm, java.util.concurrent.Semaphore targetLock) {
        this.target = target;
        this.autoConfirm = autoConfirm;
        this.targetLock = targetLock;
    }

    @Override
    public Decision decide(Plan current) throws InterruptedException {
        Decision decision;
        if (autoConfirm) {
            decision = new Decision.Execute();
        } else {
            status = RunStatus.AWAITING_CONFIRMATION;
            decision = decisions.take();
        }
        if (!(decision instanceof Decision.Execute)) {
            status = RunStatus.PLANNING;
            return decision;
        }
        if (!targetLock.tryAcquire()) {
            status = RunStatus.QUEUED;
            publish(Map.of(
                    "type",
                    "queued",
                    "message",
                    "another run is loading " + target + "; this one starts when it ends"));
            while (!targetLock.tryAcquire(250, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (decisions.poll() instanceof Decision.Cancel cancel) {
                    return cancel;
                }
            }
        }
        synchronized (this) { // answer() is synchronized too: a cancel is either seen here or refused as too late
            if (decisions.poll() instanceof Decision.Cancel cancel) {
                targetLock.release();
                return cancel;
            }
            holdsTarget = true;
            status = RunStatus.RUNNING;
        }
        return decision;
    }

    /** Lets the next run at this target go; called once the run has ended. */
    synchronized void releaseTarget() {
        if (holdsTarget) {
            holdsTarget = false;
            targetLock.release();
        }
    }

    /** Answers the checkpoint (a queued run can still be cancelled); false when the run is not waiting at it. */
    public synchronized boolean answer(Decision decision) {
        boolean waiting = status == RunStatus.AWAITING_CONFIRMATION
                || status == RunStatus.QUEUED && decision instanceof Decision.Cancel;
        if (!waiting) {
            return false;
        }
        status = decision instanceof Decision.Execute
                ? RunStatus.RUNNING
                : RunStatus.PLANNING; // at once: a second answer is a 409, a poll sees the move
        decisions.add(decision);
        return true;
    }

    void onEvent(WorkflowEvent event) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        if (event instanceof WorkflowEvent.PhaseStarted started) {
            id = started.runId();
            data.put("type", "phase");
            data.put("phase", started.phase().name().toLowerCase(java.util.Locale.ROOT));
            data.put("state", "started");
            if (started.phase().name().equals("ANALYZE")) {
                status = RunStatus.ANALYZING;
            } else if (started.phase().name().equals("EXECUTE")) {
                status = RunStatus.RUNNING;
            }
        } else if (event instanceof WorkflowEvent.PhaseFinished finished) {
            data.put("type", "phase");
            data.put("phase", finished.phase().name().toLowerCase(java.util.Locale.ROOT));
            data.put("state", "finished");
            data.put("summary", finished.summary());
        } else if (event instanceof WorkflowEvent.CheckpointReached reached) {
            plan = reached.plan();
            data.put("type", "checkpoint");
            data.put("choices", List.of("execute", "adjust", "review", "cancel"));
        } else if (event instanceof WorkflowEvent.Interval interval) {
            latest = interval.interval();
            data.put("type", "metrics");
            data.put("second", latest.second());
            data.put("offeredRps", latest.offeredRps());
            data.put("achievedRps", latest.achievedRps());
            data.put("p50", latest.p50());
            data.put("p95", latest.p95());
            data.put("p99", latest.p99());
            data.put("errors", latest.errors());
        } else if (event instanceof WorkflowEvent.Progress progress) {
            data.put("type", "progress");
            data.put("message", progress.message());
        } else if (event instanceof WorkflowEvent.Warning warning) {
            data.put("type", "warning");
            data.put("message", warning.message());
        } else if (event instanceof WorkflowEvent.Finished finished) {
            finish(finished.outcome());
            return;
        }
        publish(data);
    }

    void finish(RunOutcome result) {
        if (outcome != null) {
            return;
        }
        outcome = result;
        workspace = result.workspace();
        status = result.status();
        publish(Map.of("type", "finished", "status", status));
    }

    void fail(String reason) {
        status = RunStatus.FAILED;
        publish(Map.of("type", "finished", "status", status, "reason", reason));
    }

    private void publish(Map<String, Object> data) {
        synchronized (events) {
            events.add(data);
        }
        subscribers.forEach(s -> s.accept(data));
    }

    /** Every event so far, then each new one, to {@code sink}; returns the handle to stop. */
    public Runnable subscribe(Consumer<Map<String, Object>> sink) {
        synchronized (events) {
            events.forEach(sink);
            subscribers.add(sink);
        }
        return () -> subscribers.remove(sink);
    }

    public String id() {
        return id;
    }

    public RunStatus status() {
        return status;
    }

    public String target() {
        return target;
    }

    public Plan plan() {
        return plan;
    }

    public IntervalMetrics latest() {
        return latest;
    }

    public RunOutcome outcome() {
        return outcome;
    }

    public Path workspace() {
        return workspace;
    }

    public boolean done() {
        return outcome != null || status == RunStatus.FAILED;
    }
}
