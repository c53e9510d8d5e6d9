package dev.benchpilot.tools.metrics;

/**
 * How well the load generator kept its own schedule in one stage: each arriving user (the first request of a
 * journey) was planned for a moment of the profile, and the generator started it at some later one. A generator
 * starved of CPU, collecting garbage or out of sockets starts its users late or gives them up; a slow target does
 * neither in an open model. Lag is measured against the plan, not against the previous send.
 *
 * @param arrivals users the plan put in the stage's window that the generator started
 * @param dropped  users of the window the generator gave up on without sending (k6's dropped iterations); 0 when none
 * @param lagMs    start time minus planned time of those users, in milliseconds (0 when early); null when the engine
 *                 does not say when it started each user
 */
public record ScheduleLag(long arrivals, long dropped, LatencySummary lagMs) {

    /** The share of the window's planned users that were dropped. */
    public double droppedFraction() {
        long planned = arrivals + dropped;
        return planned == 0 ? 0.0 : (double) dropped / planned;
    }
}
