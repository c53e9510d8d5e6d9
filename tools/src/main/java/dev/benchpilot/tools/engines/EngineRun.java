package dev.benchpilot.tools.engines;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.RecordedHistograms;
import java.util.List;

/**
 * What one engine run produced.
 *
 * @param engine   the engine's name
 * @param metrics  the figures benchpilot recorded
 * @param warnings   things the engine noticed (requests not built, late sends, ...)
 * @param histograms the histograms behind {@code metrics}, for merging and storing; not written to JSON
 */
public record EngineRun(
        String engine,
        LoadMetrics metrics,
        List<String> warnings,
        @JsonIgnore RecordedHistograms histograms) {
    public EngineRun {
        warnings = List.copyOf(warnings);
    }
}
