package dev.benchpilot.agents.analysis;

import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.probe.NoLoadBaseline;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.util.List;

/**
 * @param warnings what earlier phases noticed (engine warnings, skipped endpoints)
 */
public record AnalysisInput(LoadProfile profile, NoLoadBaseline.Result baseline, LoadMetrics metrics, List<String> warnings) {
    public AnalysisInput {
        warnings = List.copyOf(warnings);
    }
}
