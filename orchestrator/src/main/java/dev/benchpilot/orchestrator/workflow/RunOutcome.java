package dev.benchpilot.orchestrator.workflow;

import java.nio.file.Path;

/** How a run ended. Every outcome has a readable workspace. */
public sealed interface RunOutcome {

    String runId();

    Path workspace();

    RunStatus status();

    /** Why the run did not complete; null when it did. */
    String reason();

    /** True when the run's reports (final report, todos, summary with figures) were written in full. */
    default boolean reported() {
        return false;
    }

    /**
     * @param generatorLimited the load generator could not offer the run's target rate: the figures at that rate
     *     describe
     *                         the generator, not the target (exit code 5)
     */
    record Completed(String runId, Path workspace, boolean slaBreached, boolean generatorLimited)
            implements RunOutcome {

        public Completed(String runId, Path workspace, boolean slaBreached) {
            this(runId, workspace, slaBreached, false);
        }

        public RunStatus status() {
            return RunStatus.COMPLETED;
        }

        public String reason() {
            return null;
        }

        @Override
        public boolean reported() {
            return true;
        }
    }

    /**
     * The target died or refused every connection during the load: the load ended early, and what was measured until
     * then is reported, with when and how the target went away.
     */
    record TargetLost(String runId, Path workspace, String reason) implements RunOutcome {
        public RunStatus status() {
            return RunStatus.TARGET_LOST;
        }

        @Override
        public boolean reported() {
            return true;
        }
    }

    record Cancelled(String runId, Path workspace, String reason) implements RunOutcome {
        public RunStatus status() {
            return RunStatus.CANCELLED;
        }
    }

    /** The run started and then broke; what was measured before is kept. */
    record Failed(String runId, Path workspace, String reason) implements RunOutcome {
        public RunStatus status() {
            return RunStatus.FAILED;
        }
    }

    /** Stopped from outside (interrupt, shutdown) before it finished. */
    record Aborted(String runId, Path workspace, String reason) implements RunOutcome {
        public RunStatus status() {
            return RunStatus.ABORTED;
        }
    }
}
