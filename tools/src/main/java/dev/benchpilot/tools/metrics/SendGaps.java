package dev.benchpilot.tools.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whole seconds in which the load generator sent nothing although the plan offered a steady rate. Every engine
 * schedules arriving users evenly, so at {@value #MIN_OFFERED_RPS} requests/s or more a second without a single send
 * does not happen by chance: the generator was stalled (starved of CPU, paused, collecting garbage) or had no free
 * user to send with. A stalled generator then sends the users it missed late and at once, so the seconds after the
 * gap carry a burst, and a stage's achieved rate and latencies describe that, not the plan.
 */
public final class SendGaps {

    /** Below this offered rate, an empty second can be chance (few users arrive, each thinking between steps). */
    public static final double MIN_OFFERED_RPS = 15;

    /** One gap: seconds {@code from} to {@code to} (inclusive) sent nothing; the busiest second right after it. */
    public record Gap(long from, long to, double offeredRps, long burstSecond, long burstRequests) {

        public long seconds() {
            return to - from + 1;
        }
    }

    private SendGaps() {}

    /**
     * The gaps of a run, oldest first. The first second is left out (users are still arriving), and so is a gap that
     * runs to the end of the intervals: a run that was stopped early sends nothing after its stop.
     */
    public static List<Gap> of(List<IntervalMetrics> intervals) {
        List<Gap> gaps = new ArrayList<>();
        int i = 0;
        while (i < intervals.size()) {
            IntervalMetrics interval = intervals.get(i);
            if (!empty(interval)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < intervals.size() && empty(intervals.get(end + 1))) {
                end++;
            }
            IntervalMetrics burst = null;
            for (int after = end + 1; after < Math.min(intervals.size(), end + 4); after++) {
                if (burst == null || intervals.get(after).achievedRps() > burst.achievedRps()) {
                    burst = intervals.get(after);
                }
            }
            if (burst != null && burst.achievedRps() > 0) {
                gaps.add(new Gap(
                        interval.second(),
                        intervals.get(end).second(),
                        interval.offeredRps(),
                        burst.second(),
                        burst.achievedRps()));
            }
            i = end + 1;
        }
        return gaps;
    }

    /** One line for the run's warnings, or null when the generator never stopped sending. */
    public static String warning(String engine, LoadMetrics metrics) {
        List<Gap> gaps = of(metrics.intervals());
        if (gaps.isEmpty()) {
            return null;
        }
        long seconds = gaps.stream().mapToLong(Gap::seconds).sum();
        StringBuilder where = new StringBuilder();
        for (Gap gap : gaps.subList(0, Math.min(3, gaps.size()))) {
            where.append(where.length() == 0 ? "" : "; ")
                    .append(gap.from() == gap.to() ? "second " + gap.from() : "seconds " + gap.from() + "-" + gap.to())
                    .append(String.format(Locale.ROOT, " at %.0f rps offered", gap.offeredRps()));
            where.append(", then ")
                    .append(gap.burstRequests())
                    .append(" sent in second ")
                    .append(gap.burstSecond());
        }
        return String.format(
                Locale.ROOT,
                "%s sent no request for %d whole second%s (%s%s): the load generator was stalled "
                        + "(starved of CPU, paused) or had no free user, and sent the users it missed late or not at "
                        + "all; "
                        + "the achieved rate and latencies around %s are not the plan's",
                engine,
                seconds,
                seconds == 1 ? "" : "s",
                where,
                gaps.size() > 3 ? "; " + (gaps.size() - 3) + " more" : "",
                gaps.size() == 1 ? "it" : "them");
    }

    private static boolean empty(IntervalMetrics interval) {
        return interval.second() > 0 && interval.achievedRps() == 0 && interval.offeredRps() >= MIN_OFFERED_RPS;
    }
}
