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

    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
