package dev.benchpilot.tools.engines;

/** The engine could not run the test at all; partial figures, if any, are lost only in this case. */
public final class EngineException extends Exception {
    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineException(String message) {
        super(message);
    }
}
