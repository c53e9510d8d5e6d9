package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.metrics.IntervalMetrics;
import java.time.Instant;

/**
 * Keeps {@code run.json} and the listeners up to date as a run moves, and makes sure a run stopped from
 * outside (Ctrl-C, shutdown) still ends with status {@code aborted} and whatever it had measured written out.
 */
final class RunJournal implements AutoCloseable {

    private final RunRecord run;
    private final RunReports reports;
    private final WorkflowListener listener;
    private final Thread shutdownHook;
    private RunState state;

    RunJournal(RunRecord run, BenchmarkRequest request, RunReports reports, WorkflowListener listener) {
        this.run = run;
        this.reports = reports;
        this.listener = listener;
        this.state = new RunState(
                run.runId(),
                RunStatus.PLANNING,
                null,
                request.target().toString(),
                request.pattern().cliName(),
                Instant.now(),
                Instant.now(),
                null);
        run.workspace().writeJson("run.json", state);
        this.shutdownHook = new Thread(
                () -> end(new RunOutcome.Aborted(
                        run.runId(),
                        run.workspace().directory(),
                        "the process was stopped (signal or shutdown) before the run finished")),
                "benchpilot-abort");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    void started(Phase phase) {
        listener.onEvent(new WorkflowEvent.PhaseStarted(run.runId(), phase));
    }

    synchronized void finished(Phase phase, String summary) {
        state = state.with(state.status(), phase, null);
        run.workspace().writeJson("run.json", state);
        listener.onEvent(new WorkflowEvent.PhaseFinished(run.runId(), phase, summary));
    }

    synchronized void status(RunStatus status, String reason) {
        run.status(status, reason);
        state = state.with(status, null, reason);
        run.workspace().writeJson("run.json", state);
    }

    void progress(String message) {
        listener.onEvent(new WorkflowEvent.Progress(run.runId(), message));
    }

    void interval(IntervalMetrics interval) {
        run.interval(interval);
        listener.onEvent(new WorkflowEvent.Interval(run.runId(), interval));
    }

    void warn(String message) {
        run.warn(message);
        listener.onEvent(new WorkflowEvent.Warning(run.runId(), message));
    }

    /** Ends the run once: final status, summary and reports, run.json, the finished event. */
    synchronized RunOutcome end(RunOutcome outcome) {
        if (run.status().isFinal()) {
            return outcome;
        }
        String reason = outcome.reason();
        run.status(outcome.status(), reason);
        try {
            reports.finished(run);
            if (outcome.reported()) {
                state = state.with(outcome.status(), Phase.REPORT, null);
            }
        } catch (RuntimeException e) {
            run.warn("reports could not be written: " + e.getMessage());
        }
        state = state.with(outcome.status(), null, reason);
        run.workspace().writeJson("run.json", state);
        if (outcome.reported()) {
            listener.onEvent(new WorkflowEvent.PhaseFinished(run.runId(), Phase.REPORT, "reports written"));
        }
        listener.onEvent(new WorkflowEvent.Finished(run.runId(), outcome));
        return outcome;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
