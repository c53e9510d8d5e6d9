package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.RunOutcome;

/** The documented exit codes (docs/design.md, "Exit codes"). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int SLA_BREACH_OR_REGRESSION = 1;
    public static final int BAD_USAGE = 2;
    /** The target could not be reached before the run, or died / refused every connection during the load. */
    public static final int TARGET_UNREACHABLE = 3;

    public static final int RUN_FAILED = 4;
    /** The load generator could not offer the run's target rate: the figures describe the generator, not the target. */
    public static final int GENERATOR_LIMITED = 5;

    private ExitCodes() {}

    static int of(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.Completed completed) {
            return completed.generatorLimited()
                    ? GENERATOR_LIMITED
                    : completed.slaBreached() ? SLA_BREACH_OR_REGRESSION : OK;
        }
        if (outcome instanceof RunOutcome.TargetLost) {
            return TARGET_UNREACHABLE;
        }
        return outcome instanceof RunOutcome.Cancelled ? OK : RUN_FAILED;
    }
}
