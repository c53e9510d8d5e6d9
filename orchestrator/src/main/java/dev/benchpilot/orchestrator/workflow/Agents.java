package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.analysis.AnalysisAgent;
import dev.benchpilot.agents.analysis.DeterministicAnalysisAgent;
import dev.benchpilot.agents.analysis.LlmAnalysisAgent;
import dev.benchpilot.agents.execution.DeterministicExecutionAgent;
import dev.benchpilot.agents.execution.ExecutionAgent;
import dev.benchpilot.agents.execution.LlmExecutionAgent;
import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.scenario.DeterministicScenarioAgent;
import dev.benchpilot.agents.scenario.LlmScenarioAgent;
import dev.benchpilot.agents.scenario.ScenarioAgent;

/** The role agents a workflow uses. */
public record Agents(ScenarioAgent scenario, ExecutionAgent execution, AnalysisAgent analysis) {

    /** The offline default: every role deterministic. */
    public static Agents deterministic() {
        return new Agents(
                new DeterministicScenarioAgent(), new DeterministicExecutionAgent(), new DeterministicAnalysisAgent());
    }

    /**
     * With a model, every role on LangChain4j, each falling back to its deterministic agent on an invalid or absent
     * answer (the execution role asks the model only to steer a stress search). Without one, {@link #deterministic()}.
     */
    public static Agents forModel(ModelConfig config) {
        if (config == null) {
            return deterministic();
        }
        return new Agents(new LlmScenarioAgent(config), new LlmExecutionAgent(config), new LlmAnalysisAgent(config));
    }
}
