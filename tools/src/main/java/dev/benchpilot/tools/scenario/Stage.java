package dev.benchpilot.tools.scenario;

import java.time.Duration;

/**
 * One stage of a load profile: the offered request rate moves linearly from {@code startRps} to
 * {@code endRps} over {@code duration} (equal for a constant stage). Rates are requests per second
 * offered to the target, not virtual users.
 *
 * @param measured whether the stage's figures count as "under load" results (ramps and cool-downs do not)
 */
public record Stage(String name, Duration duration, double startRps, double endRps, boolean measured) {

    public Stage {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("stage " + name + " needs a positive duration");
        }
        if (startRps < 0 || endRps < 0) {
            throw new IllegalArgumentException("stage " + name + " needs non-negative rates");
        }
    }

    public static Stage constant(String name, Duration duration, double rps) {
        return new Stage(name, duration, rps, rps, true);
    }

    public static Stage ramp(String name, Duration duration, double fromRps, double toRps) {
        return new Stage(name, duration, fromRps, toRps, false);
    }

    public boolean isConstant() {
        return startRps == endRps;
    }

    /** The offered rate at {@code elapsed} into this stage. */
    public double rpsAt(Duration elapsed) {
        double fraction = Math.min(1.0, Math.max(0.0, (double) elapsed.toNanos() / duration.toNanos()));
        return startRps + (endRps - startRps) * fraction;
    }

    /** Requests this stage offers in total (the area under its rate). */
    public double offeredRequests() {
        return (startRps + endRps) / 2.0 * duration.toNanos() / 1e9;
    }

    /** Seconds into this stage at which its offered requests add up to {@code requests} (at most its length). */
    public double secondsAtRequest(double requests) {
        double length = duration.toNanos() / 1e9;
        double slope = (endRps - startRps) / length;
        if (Math.abs(slope) < 1e-12) {
            return startRps == 0 ? length : Math.min(length, requests / startRps);
        }
        // requests = startRps * t + slope * t^2 / 2
        double root = (-startRps + Math.sqrt(Math.max(0, startRps * startRps + 2 * slope * requests))) / slope;
        return Math.min(length, Math.max(0, root));
    }
}
