package dev.benchpilot.tools.engines;

/**
 * A request to end a running load early, with the reason (for example "the target's process exited at 8.1 s").
 * Set from any thread; engines look at it at least once a second and before each request they send, and then
 * finish as a cancelled run does: what was measured until then is kept.
 */
public final class LoadStop {

    private volatile String reason;

    /** Asks the engine to stop; the first reason given is kept. */
    public synchronized void request(String why) {
        if (reason == null) {
            reason = why;
        }
    }

    public boolean requested() {
        return reason != null;
    }

    /** Why the load was stopped, or null when it was not. */
    public String reason() {
        return reason;
    }
}
