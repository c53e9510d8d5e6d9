package dev.benchpilot.orchestrator.workflow;

/**
 * Writes a run's artifacts after each phase. Implemented by the report package, so the workflow does not
 * depend on how reports look. Each method may be called on a partial record (a failed or aborted run).
 */
public interface RunReports {

    /** After planning: plan.json and endpoints.json. */
    void planned(RunRecord run);

    /** After phase 1: test-scenarios.md, the scripts, setup.md. */
    void scenariosWritten(RunRecord run);

    /** After phase 2: results.json and the per-stage phase-2 file. */
    void executed(RunRecord run);

    /** After phase 3: phase-3-analysis.md. */
    void analyzed(RunRecord run);

    /** At the end, whatever the outcome: summary.json and, when there are results, the final report and todos. */
    void finished(RunRecord run);
}
