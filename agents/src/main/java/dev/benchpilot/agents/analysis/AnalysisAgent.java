package dev.benchpilot.agents.analysis;

/** Reads the measured results and says what they mean: findings, recommendations as todos, a narrative. */
public interface AnalysisAgent {

    Analysis analyze(AnalysisInput input);
}
