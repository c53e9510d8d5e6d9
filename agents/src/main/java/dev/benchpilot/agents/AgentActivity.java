package dev.benchpilot.agents;

/**
 * What one role agent did, as {@code summary.json → agents.<role>} reports it.
 *
 * @param implementation {@code deterministic} or {@code llm:<provider>/<model>}
 * @param fallbackReason null, or why the deterministic agent took over
 * @param toolCalls      calls the agent made to tools capabilities
 * @param inputTokens    model tokens read (0 for deterministic agents, which use no model)
 * @param outputTokens   model tokens written
 */
public record AgentActivity(
        String implementation, String fallbackReason, int toolCalls, long inputTokens, long outputTokens) {

    public static AgentActivity deterministic(int toolCalls) {
        return new AgentActivity("deterministic", null, toolCalls, 0, 0);
    }
}
