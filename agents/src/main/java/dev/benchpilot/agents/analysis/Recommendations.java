package dev.benchpilot.agents.analysis;

import dev.benchpilot.tools.analysis.Bottlenecks;
import dev.benchpilot.tools.text.Numbers;

/**
 * The recommendation each kind of bottleneck calls for, in the reference's priority buckets (immediate,
 * short-term, long-term) with an effort estimate and what it would buy, stated against the measured figures.
 */
final class Recommendations {

    static final String IMMEDIATE = "immediate";
    static final String SHORT_TERM = "short-term";
    static final String LONG_TERM = "long-term";

    /** A recommendation before it gets its id. */
    record Draft(String title, String priority, double effortHours, String impact, String evidence) {}

    private Recommendations() {}

    static Draft forBottleneck(Bottlenecks.Bottleneck bottleneck, Double maximumRps) {
        String ceiling = maximumRps == null ? "the current ceiling" : Numbers.plain(maximumRps) + " rps";
        return switch (bottleneck.resource()) {
            case "connection pool" ->
                new Draft(
                        "Size the database connection pool to the load, and shorten the time each request holds "
                                + "a connection",
                        IMMEDIATE,
                        2,
                        "a pool-bound service scales with connections ÷ hold time: twice the pool (if the "
                                + "database has headroom) or half the hold time roughly doubles the pool-bound "
                                + "ceiling of "
                                + ceiling,
                        bottleneck.evidence());
            case "cpu" ->
                new Draft(
                        "Profile the target's CPU hot paths under load and remove the heaviest work per request",
                        SHORT_TERM,
                        8,
                        "CPU-bound throughput rises in proportion to the CPU time saved per request, from " + ceiling,
                        bottleneck.evidence());
            case "machine cpu" ->
                new Draft(
                        "Run the load generator on another machine (or give the target its own cores) and "
                                + "measure again",
                        IMMEDIATE,
                        1,
                        "separates the target's limit from the shared machine's; the figures above "
                                + "are a lower bound of the target's capacity",
                        bottleneck.evidence());
            case "file descriptors" ->
                new Draft(
                        "Raise the target's open-file limit and look for leaked connections or files",
                        IMMEDIATE,
                        1,
                        "removes failures at the fd limit seen at " + Numbers.plain(bottleneck.atRps()) + " rps",
                        bottleneck.evidence());
            case "memory" ->
                new Draft(
                        "Find what retains memory per request (heap dump after a soak) and release it",
                        IMMEDIATE,
                        6,
                        "a steady memory floor; without it the service will fail after long enough uptime",
                        bottleneck.evidence());
            default ->
                new Draft(
                        "Trace where requests wait at " + Numbers.plain(bottleneck.atRps())
                                + " rps (downstream calls, locks, " + "synchronized sections)",
                        SHORT_TERM,
                        6,
                        "latency at " + ceiling + " back towards its no-load value",
                        bottleneck.evidence());
        };
    }

    static Draft scaleOut(Double breakingPointRps, Double maximumRps) {
        return new Draft(
                "Plan horizontal scaling or caching before traffic nears the breaking point",
                LONG_TERM,
                16,
                "headroom beyond the measured maximum of "
                        + (maximumRps == null ? "n/a" : Numbers.plain(maximumRps) + " rps"),
                "breaking point measured at " + Numbers.plain(breakingPointRps) + " rps");
    }
}
