package dev.benchpilot.orchestrator.workflow;

import java.time.Instant;

/**
 * {@code run.json}: the run's state, rewritten after every phase so an interrupted run can be shown
 * (and later resumed) from its last completed phase.
 *
 * @param lastCompletedPhase null before phase 0 has finished
 * @param reason             why the run failed, was cancelled or aborted; null otherwise
 */
public record RunState(
        String runId,
        RunStatus status,
        Phase lastCompletedPhase,
        String target,
        String pattern,
        Instant createdAt,
        Instant updatedAt,
        String reason) {

    public RunState with(RunStatus newStatus, Phase completed, String newReason) {
        return new RunState(
                runId,
                newStatus,
                completed == null ? lastCompletedPhase : completed,
                target,
                pattern,
                createdAt,
                Instant.now(),
                newReason);
    }
}
