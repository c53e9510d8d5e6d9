/**
 * The /benchmark workflow: plan, checkpoint, scenarios, execute, analyze, report. One
 * {@link dev.benchpilot.orchestrator.workflow.BenchmarkRequest} in (built alike by every way in), one
 * {@link dev.benchpilot.orchestrator.workflow.RunOutcome} out; {@code run.json} is rewritten after every
 * phase and events go to a {@link dev.benchpilot.orchestrator.workflow.WorkflowListener}. A run blocks its caller.
 */
package dev.benchpilot.orchestrator.workflow;
