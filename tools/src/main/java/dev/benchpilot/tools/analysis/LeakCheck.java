package dev.benchpilot.tools.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Flags a memory leak in a soak run from the target's live sets (heap in use after forced full collections). An
 * earlier version regressed the floor of the sampled heap saw-tooth; on a steady JVM target it rose by 30 MB/min
 * in a 60 s soak (garbage promoted by young collections stays until an old collection), so heap samples alone
 * cannot tell a leak in a short soak, and are not used.
 */
public final class LeakCheck {

    public static final double MIN_RELATIVE_RISE = 0.10;

    /** @param evidence the figures, in words; null when there were too few samples to judge */
    public record Result(boolean leak, Trend trend, String evidence) {}

    /** The live set must also grow by at least this much to be a leak (a few MB of caches warming up are not). */
    public static final double MIN_LIVE_RISE_BYTES = 4 << 20;

    private LeakCheck() {}

    /**
     * A leak judged on live sets (heap in use after forced full collections, {@code (seconds, bytes)}): at least three,
     * the whole 95% confidence interval of the slope above zero, and a rise over {@value #MIN_RELATIVE_RISE} of the
     * mean and {@link #MIN_LIVE_RISE_BYTES}. Only reachable objects survive a full collection, so a steady service's
     * live set stays flat however its heap saw-tooths.
     */
    public static Result ofLiveSets(List<double[]> liveSets) {
        Trend trend = liveSets.size() < 3 ? null : Trend.of(liveSets);
        if (trend == null) {
            return new Result(false, null, null);
        }
        double span = liveSets.get(liveSets.size() - 1)[0] - liveSets.get(0)[0];
        double riseBytes = trend.slope() * span;
        boolean leak = trend.risingSignificantly()
                && trend.relativeRise(span) > MIN_RELATIVE_RISE
                && riseBytes > MIN_LIVE_RISE_BYTES;
        String evidence = String.format(
                Locale.ROOT,
                "live set after forced full GCs %s from %.1f to %.1f MB over %.0f s (%d probes; "
                        + "trend %.1f MB/min, 95%% CI %.1f to %.1f)",
                leak ? "grew" : "went",
                liveSets.get(0)[1] / 1e6,
                liveSets.get(liveSets.size() - 1)[1] / 1e6,
                span,
                liveSets.size(),
                trend.slope() * 60 / 1e6,
                trend.slopeLow() * 60 / 1e6,
                trend.slopeHigh() * 60 / 1e6);
        return new Result(leak, trend, evidence);
    }
}
