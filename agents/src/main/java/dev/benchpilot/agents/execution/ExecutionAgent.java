package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.engines.EngineException;

/** Runs the benchmark: the no-load baseline, then the load through an engine. */
public interface ExecutionAgent {

    ExecutionReport execute(ExecutionRequest request, ExecutionListener listener)
            throws EngineException, InterruptedException;
}
