package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.analysis.AnalysisAgent;
import dev.benchpilot.agents.analysis.DeterministicAnalysisAgent;
import dev.benchpilot.agents.execution.DeterministicExecutionAgent;
import dev.benchpilot.agents.execution.ExecutionAgent;
import dev.benchpilot.agents.scenario.DeterministicScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioAgent;

/** The role agents a workflow uses. */
public record Agents(ScenarioAgent scenario, ExecutionAgent execution, AnalysisAgent analysis) {

    /** The offline default: every role deterministic. */
    public static Agents deterministic() {
        return new Agents(new DeterministicScenarioAgent(), new DeterministicExecutionAgent(), new DeterministicAnalysisAgent());
    }
}
