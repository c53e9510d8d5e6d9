package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.analysis.Analysis;
import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.tools.analysis.RunComparison;
import dev.benchpilot.tools.analysis.SlaCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run has produced so far, filled in phase by phase. Reports read it at any point, so a run
 * that stops early still writes what it measured. Guarded by its own monitor; the workflow is its only writer.
 */
public final class RunRecord {

    private final RunWorkspace workspace;
    private final Instant startedAt = Instant.now();
    private final List<String> warnings = new ArrayList<>();
    private final List<dev.benchpilot.tools.metrics.IntervalMetrics> liveIntervals = new ArrayList<>();
    private Plan plan;
    private ExecutionReport execution;
    private Analysis analysis;
    private List<SlaCheck.Result> sla;
    private Compared comparison;

    /** This run against the previous one of the same target and pattern. */
    public record Compared(
            RunComparison.Figures previous, RunComparison.Figures current, RunComparison.Result result) {}

    private RunStatus status = RunStatus.PLANNING;
    private String reason;
    private Instant finishedAt;

    public RunRecord(RunWorkspace workspace) {
        this.workspace = workspace;
    }

    public RunWorkspace workspace() {
        return workspace;
    }

    public String runId() {
        return workspace.runId();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized Plan plan() {
        return plan;
    }

    public synchronized ExecutionReport execution() {
        return execution;
    }

    public synchronized Analysis analysis() {
        return analysis;
    }

    public synchronized RunStatus status() {
        return status;
    }

    public synchronized String reason() {
        return reason;
    }

    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The one-second intervals seen live so far: what a run stopped mid-load keeps of its load. */
    public synchronized List<dev.benchpilot.tools.metrics.IntervalMetrics> liveIntervals() {
        return List.copyOf(liveIntervals);
    }

    synchronized void interval(dev.benchpilot.tools.metrics.IntervalMetrics interval) {
        liveIntervals.add(interval);
    }

    synchronized void plan(Plan value) {
        plan = value;
    }

    synchronized void execution(ExecutionReport value) {
        execution = value;
    }

    /** The SLA clauses checked at the end, or null when the run had no SLA. */
    public synchronized List<SlaCheck.Result> sla() {
        return sla;
    }

    /** The comparison with the previous run, or null when there was none. */
    public synchronized Compared comparison() {
        return comparison;
    }

    synchronized void comparison(Compared value) {
        comparison = value;
    }

    synchronized void sla(List<SlaCheck.Result> value) {
        sla = List.copyOf(value);
    }

    synchronized void analysis(Analysis value) {
        analysis = value;
    }

    public synchronized void warn(String warning) {
        warnings.add(warning);
    }

    synchronized void status(RunStatus value, String why) {
        status = value;
        reason = why;
        if (value.isFinal()) {
            finishedAt = Instant.now();
        }
    }
}
