package dev.benchpilot.tools.scripts;

/** Writes a runnable script for one load tool. Deterministic: the same spec gives the same text. */
public interface ScriptWriter {

    /** The tool's name: k6, gatling, artillery, locust. */
    String tool();

    /** The file the script is saved as in the run's workspace. */
    String fileName();

    String write(ScriptSpec spec);
}
