package dev.benchpilot.tools.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags a memory leak in a soak run. Heap use is a saw-tooth (allocation, then collection), so the check
 * regresses the floor of the saw-tooth: the minimum of each of {@value #WINDOWS} equal time windows that
 * contains a collection (a drop of at least {@value #COLLECTION_DROP} from one sample to the next), which
 * approximates the heap left after it. A heap that only grew in a window says nothing about what a collection
 * would free, so with fewer than {@value #MIN_FLOORS} such windows there is no verdict. A leak is a floor that
 * rises with the whole 95% confidence interval of its slope above zero and by more than
 * {@value #MIN_RELATIVE_RISE} of its mean over the run.
 */
public final class LeakCheck {

    public static final int WINDOWS = 10;
    public static final double MIN_RELATIVE_RISE = 0.10;
    public static final double COLLECTION_DROP = 0.05;
    public static final int MIN_FLOORS = 5;

    /** @param evidence the figures, in words; null when there were too few samples to judge */
    public record Result(boolean leak, Trend floorTrend, String evidence) {
    }

    private LeakCheck() {
    }

    /** Whether memory dropped by a collection somewhere in {@code window} (compared with the sample before each). */
    private static boolean collected(List<double[]> all, List<double[]> window) {
        for (double[] sample : window) {
            int i = all.indexOf(sample);
            if (i > 0 && all.get(i - 1)[1] > 0 && sample[1] < (1 - COLLECTION_DROP) * all.get(i - 1)[1]) {
                return true;
            }
        }
        return false;
    }

    /** @param samples (seconds, bytes) pairs in time order */
    public static Result of(List<double[]> samples) {
        if (samples.size() < WINDOWS * 2) {
            return new Result(false, null, null);
        }
        double start = samples.get(0)[0];
        double span = samples.get(samples.size() - 1)[0] - start;
        if (span <= 0) {
            return new Result(false, null, null);
        }
        List<double[]> floors = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) {
            double from = start + span * w / WINDOWS;
            double to = start + span * (w + 1) / WINDOWS;
            boolean last = w == WINDOWS - 1;
            List<double[]> window = samples.stream().filter(s -> s[0] >= from && (s[0] < to || last && s[0] <= to)).toList();
            if (collected(samples, window)) {
                window.stream().min((a, b) -> Double.compare(a[1], b[1])).ifPresent(floors::add);
            }
        }
        Trend trend = floors.size() < MIN_FLOORS ? null : Trend.of(floors);
        if (trend == null) {
            return new Result(false, null, null);
        }
        double rise = trend.relativeRise(span);
        boolean leak = trend.risingSignificantly() && rise > MIN_RELATIVE_RISE;
        String evidence = String.format(Locale.ROOT, "memory floor %s by %.1f MB/min (95%% CI %.1f to %.1f MB/min), %+.0f%% over %.0f s",
                leak ? "rose" : "moved", trend.slope() * 60 / 1e6, trend.slopeLow() * 60 / 1e6, trend.slopeHigh() * 60 / 1e6,
                rise * 100, span);
        return new Result(leak, trend, evidence);
    }
}
