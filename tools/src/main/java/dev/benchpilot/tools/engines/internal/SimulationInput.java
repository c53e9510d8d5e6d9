package dev.benchpilot.tools.engines.internal;

import dev.benchpilot.tools.engines.ConnectionModel;
import dev.benchpilot.tools.engines.LoadTest;

/**
 * What the engine hands to {@link EmbeddedSimulation}, which Gatling instantiates by class name and
 * therefore cannot receive constructor arguments. One Gatling run per JVM at a time (the engine holds a lock).
 */
record SimulationInput(LoadTest test, RequestTracker tracker, ConnectionModel connections) {

    private static volatile SimulationInput current;

    static void set(SimulationInput input) {
        current = input;
    }

    static SimulationInput get() {
        SimulationInput input = current;
        if (input == null) {
            throw new IllegalStateException("EmbeddedSimulation runs only through GatlingEngine");
        }
        return input;
    }

    static void clear() {
        current = null;
    }
}
