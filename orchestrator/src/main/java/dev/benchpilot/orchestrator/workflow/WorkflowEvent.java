package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.metrics.IntervalMetrics;

/** What the workflow tells its listeners: the CLI progress view, SSE, MCP notifications, the batch log. */
public sealed interface WorkflowEvent {

    String runId();

    record PhaseStarted(String runId, Phase phase) implements WorkflowEvent {}

    record PhaseFinished(String runId, Phase phase, String summary) implements WorkflowEvent {}

    record Progress(String runId, String message) implements WorkflowEvent {}

    record CheckpointReached(String runId, Plan plan) implements WorkflowEvent {}

    record Interval(String runId, IntervalMetrics interval) implements WorkflowEvent {}

    record Warning(String runId, String message) implements WorkflowEvent {}

    record Finished(String runId, RunOutcome outcome) implements WorkflowEvent {}
}
