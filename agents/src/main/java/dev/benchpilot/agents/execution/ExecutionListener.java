package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.engines.LoadListener;
import dev.benchpilot.tools.metrics.IntervalMetrics;

/** Live news from the execution agent: its steps, and the engine's intervals and warnings. */
public interface ExecutionListener extends LoadListener {

    ExecutionListener NONE = new ExecutionListener() {};

    default void onStep(String description) {}

    /** This listener, with every interval passed through {@code map} first (shifted, or also shown elsewhere). */
    default ExecutionListener mappingIntervals(java.util.function.UnaryOperator<IntervalMetrics> map) {
        ExecutionListener listener = this;
        return new ExecutionListener() {
            @Override
            public void onInterval(IntervalMetrics interval) {
                listener.onInterval(map.apply(interval));
            }

            @Override
            public void onWarning(String message) {
                listener.onWarning(message);
            }

            @Override
            public void onStep(String description) {
                listener.onStep(description);
            }
        };
    }
}
