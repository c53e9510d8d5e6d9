package dev.benchpilot.orchestrator.workflow;

/** Bad usage or input: the one-line message is shown as is, exit code 2, and no load was sent. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
