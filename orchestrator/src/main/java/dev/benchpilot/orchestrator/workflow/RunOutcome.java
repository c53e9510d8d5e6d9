package dev.benchpilot.orchestrator.workflow;

import java.nio.file.Path;

/** How a run ended. Every outcome has a readable workspace. */
public sealed interface RunOutcome {

    String runId();

    Path workspace();

    RunStatus status();

    /** Why the run did not complete; null when it did. */
    String reason();

    record Completed(String runId, Path workspace, boolean slaBreached) implements RunOutcome {
        public RunStatus status() {
            return RunStatus.COMPLETED;
        }

        public String reason() {
            return null;
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
