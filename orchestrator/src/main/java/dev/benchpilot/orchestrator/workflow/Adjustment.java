package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.LoadProfiles;
import java.time.Duration;

/**
 * An "adjust load" answer at the checkpoint, checked the one way whichever way in asked it (the console, the HTTP API,
 * MCP) and again by the workflow before it re-plans. A value left out keeps the plan's.
 *
 * @param rps      the new rate, or null to keep the plan's ({@link Double#NaN} for an answer that is not a number)
 * @param duration the new duration as written ({@code 30s}, {@code 5m}), or null to keep the plan's
 * @param pattern  the new pattern's CLI name, or null to keep the plan's
 */
public record Adjustment(Double rps, String duration, String pattern) {

    /** Why an adjustment cannot be made: the answer it is about, and the reason in words. */
    public static final class Rejected extends RuntimeException {
        private final String field;
        private final String reason;

        Rejected(String field, String reason) {
            super("field '" + field + "': " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * The decision this adjustment makes of {@code plan}.
     *
     * @throws Rejected naming the first value that is not valid for the plan
     */
    public Checkpoint.Decision.Adjust decide(Plan plan) {
        if (plan == null) {
            throw new Rejected("choice", "the run has no plan to adjust yet");
        }
        if (rps != null && !(rps > 0 && Double.isFinite(rps))) {
            throw new Rejected("rps", "must be a positive number");
        }
        double newRps = rps != null ? rps : plan.targetRps();
        Duration newDuration = plan.duration();
        if (duration != null) {
            try {
                newDuration = Durations.parse(duration);
            } catch (IllegalArgumentException e) {
                throw new Rejected("duration", e.getMessage());
            }
        }
        LoadPattern newPattern = null;
        if (pattern != null) {
            try {
                newPattern = LoadPattern.parse(pattern);
            } catch (IllegalArgumentException e) {
                throw new Rejected("pattern", e.getMessage());
            }
        }
        return checked(plan, newRps, newDuration, newPattern);
    }

    /** An adjust decision made elsewhere (a checkpoint of the caller's own), checked against the plan. */
    static Checkpoint.Decision.Adjust check(Checkpoint.Decision.Adjust adjust, Plan plan) {
        if (!(adjust.rps() > 0 && Double.isFinite(adjust.rps()))) {
            throw new Rejected("rps", "must be a positive number");
        }
        if (adjust.duration() == null
                || adjust.duration().isNegative()
                || adjust.duration().isZero()) {
            throw new Rejected("duration", "must be positive");
        }
        return checked(plan, adjust.rps(), adjust.duration(), adjust.pattern());
    }

    private static Checkpoint.Decision.Adjust checked(Plan plan, double rps, Duration duration, LoadPattern pattern) {
        LoadPattern shape = pattern != null ? pattern : LoadPattern.parse(plan.pattern());
        if (!(shape == LoadPattern.STRESS && plan.search() != null)) {
            try {
                LoadProfiles.build(shape, rps, duration);
            } catch (IllegalArgumentException e) {
                throw new Rejected("duration", e.getMessage());
            }
        }
        return new Checkpoint.Decision.Adjust(rps, duration, pattern);
    }
}
