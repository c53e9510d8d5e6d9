package dev.benchpilot.tools.metrics;

/**
 * How well the load generator kept its own schedule in one stage. A generator starved of CPU, collecting garbage or out
 * of sockets starts its users late or gives them up; a slow target does neither in an open model.
 * <ul>
 *   <li>The embedded engine measures every arriving user (a journey's first request): each was planned for a moment of
 *       the profile, and the lag is its start minus that moment, against the plan, not the previous send.</li>
 *   <li>Locust and Artillery processes report once a second how late their event loop woke from 100 ms sleeps in that
 *       second: what a user due then waited before it could start, or a response before it was read.</li>
 *   <li>k6 reports iterations its arrival-rate executor could not start when planned ({@code dropped_iterations}).</li>
 * </ul>
 *
 * @param samples  lag samples in the window: arriving users (embedded) or seconds of an engine process (Locust,
 *     Artillery)
 * @param dropped  users of the window the generator gave up on without sending (k6); 0 when none
 * @param lagMs    the lag samples in milliseconds (0 when early); null when the engine reports none
 * @param eventLoop true when the samples are an engine process's worst event-loop delay of each second (Locust,
 *                  Artillery), false when they are arriving users (embedded)
 */
public record ScheduleLag(long samples, long dropped, LatencySummary lagMs, boolean eventLoop) {

    public ScheduleLag(long samples, long dropped, LatencySummary lagMs) {
        this(samples, dropped, lagMs, false);
    }

    /**
     * The lag the verdict reads: the p95 of arriving users' lag; for event-loop samples, which are each second's worst,
     * their median (a typical second's worst): a timer that fired late in every second does not mean every response was
     * read late, but a typical second that starts its users that late does.
     */
    public Double typicalMs() {
        return lagMs == null ? null : eventLoop ? lagMs.p50() : lagMs.p95();
    }

    /** How {@link #typicalMs()} is said in a reason. */
    public String typicalWords() {
        return eventLoop
                ? "in a typical second (median of each second's worst event-loop delay)"
                : "at p95 of its users' starts";
    }

    /**
     * The share of the window's users that were dropped, against those started ({@code started}, e.g. the requests
     * sent).
     */
    public double droppedFraction(long started) {
        long planned = Math.max(samples, started) + dropped;
        return planned == 0 ? 0.0 : (double) dropped / planned;
    }
}
