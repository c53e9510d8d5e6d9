package dev.benchpilot.tools.engines;

/**
 * Sends the load of a {@link LoadTest} and records every request into benchpilot's own recorder.
 * One engine instance runs one test at a time; {@link #run} blocks until the load has finished,
 * which is bounded by the profile's duration plus the request timeout.
 */
public interface LoadEngine {

    /** Short stable name: gatling, k6, artillery, locust. */
    String name();

    /** The engine as progress lines name it: its name, and how it spreads the load when it does. */
    default String describe() {
        return name();
    }

    /** How this engine holds its connections, in words, for the plan and the report. */
    String connections();

    /** Null when the engine can run on this machine, otherwise why not (for example "k6 not on PATH"). */
    String unavailableReason();

    EngineRun run(LoadTest test, LoadListener listener) throws EngineException;
}
