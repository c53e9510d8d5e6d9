package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.engines.LoadEngine;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.monitor.TargetWatch;

/**
 * @param baselineSamples sequential requests per endpoint for the no-load baseline (at least 10)
 * @param search          bounds of an adaptive stress search, or null to run the test's profile as planned
 * @param watch           the target's process and metrics endpoint to sample while the load runs
 */
public record ExecutionRequest(
        LoadTest test, LoadEngine engine, int baselineSamples, StressBounds search, TargetWatch watch) {
    /** The same request for another test (the pre-flight's flows). */
    public ExecutionRequest withTest(LoadTest other) {
        return new ExecutionRequest(other, engine, baselineSamples, search, watch);
    }

    public ExecutionRequest {
        watch = watch == null ? TargetWatch.NOTHING : watch;
        if (baselineSamples < 1) {
            throw new IllegalArgumentException("baselineSamples must be positive");
        }
    }
}
