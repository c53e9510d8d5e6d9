package dev.benchpilot.orchestrator.workflow;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a run stands; the last four are final. */
public enum RunStatus {
    PLANNING, AWAITING_CONFIRMATION, RUNNING, ANALYZING, COMPLETED, CANCELLED, FAILED, ABORTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
