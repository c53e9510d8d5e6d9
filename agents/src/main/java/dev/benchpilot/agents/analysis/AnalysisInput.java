package dev.benchpilot.agents.analysis;

import dev.benchpilot.agents.execution.SearchOutcome;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.monitor.GeneratorCpu;
import dev.benchpilot.tools.probe.NoLoadBaseline;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.util.List;

/**
 * @param warnings       what earlier phases noticed (engine warnings, skipped endpoints)
 * @param search         what an adaptive stress search did, or null
 * @param generatorCpu   benchpilot's own CPU use during the load, to tell a generator limit from the target's
 * @param growthPerMonth expected traffic growth for the capacity projection (0.2 = 20% a month), or null
 */
public record AnalysisInput(LoadProfile profile, NoLoadBaseline.Result baseline, LoadMetrics metrics, List<String> warnings,
                            SearchOutcome search, Double growthPerMonth, List<GeneratorCpu.Sample> generatorCpu) {
    public AnalysisInput {
        warnings = List.copyOf(warnings);
        generatorCpu = generatorCpu == null ? List.of() : List.copyOf(generatorCpu);
    }
}
