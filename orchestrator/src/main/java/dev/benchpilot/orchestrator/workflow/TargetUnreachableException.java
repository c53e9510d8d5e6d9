package dev.benchpilot.orchestrator.workflow;

/** The target did not answer the health check: exit code 3, and no load was sent. */
public final class TargetUnreachableException extends RuntimeException {
    public TargetUnreachableException(String message) {
        super(message);
    }
}
