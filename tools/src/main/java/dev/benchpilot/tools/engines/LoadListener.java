package dev.benchpilot.tools.engines;

import dev.benchpilot.tools.metrics.IntervalMetrics;

/** Live news from a running engine. Called from engine threads; implementations must be quick. */
public interface LoadListener {

    LoadListener NONE = new LoadListener() {};

    /** Once per second of load, in order. */
    default void onInterval(IntervalMetrics interval) {}

    default void onWarning(String message) {}
}
