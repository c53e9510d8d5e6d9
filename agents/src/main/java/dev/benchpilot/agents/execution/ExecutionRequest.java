package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadTest;

/**
 * @param baselineSamples sequential requests per endpoint for the no-load baseline (at least 10)
 */
public record ExecutionRequest(LoadTest test, LoadEngine engine, int baselineSamples) {
    public ExecutionRequest {
        if (baselineSamples < 1) {
            throw new IllegalArgumentException("baselineSamples must be positive");
        }
    }
}
