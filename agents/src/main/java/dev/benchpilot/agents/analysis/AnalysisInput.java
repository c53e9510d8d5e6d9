package dev.benchpilot.agents.analysis;

import dev.benchpilot.agents.execution.SearchOutcome;
import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.probe.NoLoadBaseline;
import dev.benchpilot.tools.probe.Preflight;
import dev.benchpilot.tools.scenario.LoadProfile;
import java.util.List;

/**
 * @param warnings       what earlier phases noticed (engine warnings, skipped endpoints)
 * @param search         what an adaptive stress search did, or null
 * @param sla            service levels that bound the maximum rate, or null
 * @param observed       benchpilot's own CPU and the target's resources while the load ran
 * @param growthPerMonth expected traffic growth for the capacity projection (0.2 = 20% a month), or null
 * @param failsWithoutLoad steps the functional pre-flight found failing with no load, left out of the load
 */
public record AnalysisInput(
        LoadProfile profile,
        NoLoadBaseline.Result baseline,
        LoadMetrics metrics,
        List<String> warnings,
        SearchOutcome search,
        Double growthPerMonth,
        Observations observed,
        Sla sla,
        List<Preflight.Failure> failsWithoutLoad) {

    public AnalysisInput(
            LoadProfile profile,
            NoLoadBaseline.Result baseline,
            LoadMetrics metrics,
            List<String> warnings,
            SearchOutcome search,
            Double growthPerMonth,
            Observations observed,
            Sla sla) {
        this(profile, baseline, metrics, warnings, search, growthPerMonth, observed, sla, List.of());
    }

    public AnalysisInput {
        warnings = List.copyOf(warnings);
        failsWithoutLoad = failsWithoutLoad == null ? List.of() : List.copyOf(failsWithoutLoad);
        observed = observed == null ? Observations.NONE : observed;
    }
}
