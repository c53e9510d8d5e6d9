package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadTest;

/**
 * @param baselineSamples sequential requests per endpoint for the no-load baseline (at least 10)
 * @param search          bounds of an adaptive stress search, or null to run the test's profile as planned
 */
public record ExecutionRequest(LoadTest test, LoadEngine engine, int baselineSamples, StressBounds search) {
    public ExecutionRequest {
        if (baselineSamples < 1) {
            throw new IllegalArgumentException("baselineSamples must be positive");
        }
    }
}
