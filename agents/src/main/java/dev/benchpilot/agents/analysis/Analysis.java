package dev.benchpilot.agents.analysis;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.analysis.Degradation;
import java.util.List;

/**
 * @param degradation p50/p95/p99 no load vs under load
 * @param narrative   paragraphs of plain text for the analysis report
 */
public record Analysis(
        List<Degradation.Row> degradation,
        List<Finding> findings,
        List<Todo> todos,
        List<String> narrative,
        CapacityFigures capacity,
        AgentActivity activity) {
    public Analysis {
        degradation = List.copyOf(degradation);
        findings = List.copyOf(findings);
        todos = List.copyOf(todos);
        narrative = List.copyOf(narrative);
    }
}
