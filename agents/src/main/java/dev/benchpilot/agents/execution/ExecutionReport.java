package dev.benchpilot.agents.execution;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.engines.EngineRun;
import dev.benchpilot.tools.probe.NoLoadBaseline;

/** The no-load baseline and the engine run, measured separately. */
public record ExecutionReport(NoLoadBaseline.Result baseline, EngineRun run, AgentActivity activity) {
}
