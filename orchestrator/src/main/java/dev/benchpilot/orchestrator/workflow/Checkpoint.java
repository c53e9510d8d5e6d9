package dev.benchpilot.orchestrator.workflow;

/**
 * The confirmation checkpoint after planning. The CLI asks at a prompt, the HTTP API waits for a
 * request, batch mode confirms. "Review scenarios" is answered inside the checkpoint (the plan carries
 * them), so a decision is only one of execute, adjust or cancel.
 */
@FunctionalInterface
public interface Checkpoint {

    Checkpoint AUTO_CONFIRM = plan -> new Decision.Execute();

    Decision decide(Plan plan) throws InterruptedException;

    sealed interface Decision {
        record Execute() implements Decision {}

        /** Re-plan with a new rate and duration, and a new pattern when {@code pattern} is not null. */
        record Adjust(double rps, java.time.Duration duration, dev.benchpilot.tools.scenario.LoadPattern pattern)
                implements Decision {

            public Adjust(double rps, java.time.Duration duration) {
                this(rps, duration, null);
            }
        }

        record Cancel(String reason) implements Decision {}
    }
}
