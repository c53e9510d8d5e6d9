package dev.benchpilot.orchestrator.workflow;

/**
 * Receives workflow events; called from workflow and engine threads, so implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface WorkflowListener {

    WorkflowListener NONE = event -> {};

    void onEvent(WorkflowEvent event);
}
