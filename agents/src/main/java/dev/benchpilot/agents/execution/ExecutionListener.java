package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.engines.LoadListener;

/** Live news from the execution agent: its steps, and the engine's intervals and warnings. */
public interface ExecutionListener extends LoadListener {

    ExecutionListener NONE = new ExecutionListener() {
    };

    default void onStep(String description) {
    }
}
