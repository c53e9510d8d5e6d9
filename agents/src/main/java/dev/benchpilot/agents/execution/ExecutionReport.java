package dev.benchpilot.agents.execution;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.probe.NoLoadBaseline;

/**
 * The no-load baseline and the engine run, measured separately.
 *
 * @param search what the adaptive stress search did, or null when the profile ran as planned
 */
public record ExecutionReport(NoLoadBaseline.Result baseline, EngineRun run, AgentActivity activity, SearchOutcome search) {
}
