package dev.benchpilot.orchestrator.workflow;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a run stands; the last five are final. {@code TARGET_LOST}: the target died or refused every connection during
 * the load, which then ended early; the figures until then are kept and reported, never as a breaking point.
 */
public enum RunStatus {
    PLANNING,
    AWAITING_CONFIRMATION,
    /** Confirmed, and waiting for another run that loads the same target to finish (servers only). */
    QUEUED,
    RUNNING,
    ANALYZING,
    COMPLETED,
    TARGET_LOST,
    CANCELLED,
    FAILED,
    ABORTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wire name, so that a status reads the same in a message as in JSON. */
    @Override
    public String toString() {
        return wireName();
    }

    /** The status of this wire name, or null when there is none. */
    public static RunStatus fromWireName(String name) {
        for (RunStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        return null;
    }

    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
