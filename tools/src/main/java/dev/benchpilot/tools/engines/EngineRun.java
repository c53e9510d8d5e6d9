package dev.benchpilot.tools.engines;

import dev.benchpilot.tools.metrics.LoadMetrics;
import java.util.List;

/**
 * What one engine run produced.
 *
 * @param engine   the engine's name
 * @param metrics  the figures benchpilot recorded
 * @param warnings things the engine noticed (requests not built, late sends, ...)
 */
public record EngineRun(String engine, LoadMetrics metrics, List<String> warnings) {
    public EngineRun {
        warnings = List.copyOf(warnings);
    }
}
