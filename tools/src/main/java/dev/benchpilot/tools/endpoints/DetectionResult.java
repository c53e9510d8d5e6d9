package dev.benchpilot.tools.endpoints;

import java.util.List;

/**
 * The merged outcome of every detector run over one service.
 *
 * @param endpoints merged, de-duplicated endpoints sorted by path then method
 * @param detectors names of the detectors that found at least one endpoint
 * @param warnings  files skipped, conflicts, guesses made
 */
public record DetectionResult(List<Endpoint> endpoints, List<String> detectors, List<String> warnings) {
    public DetectionResult {
        endpoints = List.copyOf(endpoints);
        detectors = List.copyOf(detectors);
        warnings = List.copyOf(warnings);
    }
}
