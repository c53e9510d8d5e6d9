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

    /**
     * What every "route not understood" warning contains: route-like code whose path or router could not be resolved.
     */
    public static final String NOT_UNDERSTOOD = "route not understood";

    /**
     * A warning for route-like code that was not understood, as {@code file:line: route not understood (framework):
     * why;
     * check it or give --openapi}.
     */
    public static String notUnderstood(String location, String framework, String why) {
        return location + ": " + NOT_UNDERSTOOD + " (" + framework + "): " + why + "; check it, or give --openapi";
    }

    /** The warnings about route-like code that was not understood: a plan and its report repeat these. */
    public List<String> notUnderstood() {
        return warnings.stream().filter(w -> w.contains(NOT_UNDERSTOOD)).toList();
    }
}
