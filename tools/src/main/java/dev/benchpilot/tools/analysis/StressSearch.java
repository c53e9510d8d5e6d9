package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The adaptive search for the breaking point: the offered rate doubles from the start rate until a
 * breaking signal fires, then the interval between the last rate that held and the first that broke is
 * bisected until it is narrower than {@link #PRECISION} of the rate that held. Pure state; the caller
 * runs each step and reports whether it held.
 */
public final class StressSearch {

    /** The search stops once the first broken rate is within this fraction above the last rate that held. */
    public static final double PRECISION = 0.10;

    /**
     * One step: the rate offered, whether it held and, if not, the signals that fired.
     *
     * @param generatorLimited the load generator could not offer the rate (the signals say why): neither held nor broke
     */
    public record Step(double offeredRps, boolean held, List<String> signals, boolean generatorLimited) {
        public Step {
            signals = List.copyOf(signals);
        }

        public Step(double offeredRps, boolean held, List<String> signals) {
            this(offeredRps, held, signals, false);
        }
    }

    private final double startRps;
    private final double maxRps;
    private final double minRps;
    private final List<Step> steps = new ArrayList<>();
    private String stopReason;

    /**
     * @param startRps the first rate offered
     * @param maxRps   the search never offers more than this
     */
    public StressSearch(double startRps, double maxRps) {
        if (startRps <= 0 || maxRps < startRps) {
            throw new IllegalArgumentException(
                    "a stress search needs 0 < start rate <= maximum rate, was " + startRps + " and " + maxRps);
        }
        this.startRps = startRps;
        this.maxRps = maxRps;
        this.minRps = Math.min(1.0, startRps);
    }

    public void record(double offeredRps, boolean held, List<String> signals) {
        steps.add(new Step(offeredRps, held, signals));
    }

    /**
     * The generator could not offer {@code offeredRps}: neither held nor broke. The search goes on below it, bisecting
     * between the last rate that held and this one, so that the target's capacity reads "at least" as high as the
     * generator allows.
     */
    public void generatorLimited(double offeredRps, List<String> reasons) {
        steps.add(new Step(offeredRps, false, reasons, true));
    }

    /** The lowest rate the generator could not offer, or null when it kept up with every step. */
    public Double generatorLimitRps() {
        return steps.stream()
                .filter(Step::generatorLimited)
                .map(Step::offeredRps)
                .min(Double::compare)
                .orElse(null);
    }

    /** The next rate to offer, or empty when the search is over ({@link #stopReason()} says why). */
    public OptionalDouble next() {
        if (stopReason != null) {
            return OptionalDouble.empty();
        }
        if (steps.isEmpty()) {
            return OptionalDouble.of(startRps);
        }
        Double good = lastGoodRps();
        Double bad = firstBadRps();
        Double generator = generatorLimitRps();
        boolean generatorBound = generator != null && (bad == null || generator < bad);
        Double upper = generatorBound ? generator : bad;
        if (upper == null) {
            if (good >= maxRps) {
                return stop("held at the highest rate allowed (" + Numbers.plain(maxRps)
                        + " rps); the breaking point is above it");
            }
            return OptionalDouble.of(Math.min(maxRps, round(good * 2)));
        }
        if (good == null) {
            double lower = round(upper / 2);
            if (lower < minRps) {
                return stop(
                        generatorBound
                                ? "the load generator could not offer even " + Numbers.plain(upper) + " rps"
                                : "broke even at " + Numbers.plain(upper) + " rps");
            }
            return OptionalDouble.of(lower);
        }
        if (upper - good <= PRECISION * good) {
            return stop(
                    generatorBound
                            ? String.format(
                                    Locale.ROOT,
                                    "generator-limited: the target held at %s rps; at %s rps the load generator "
                                            + "could not "
                                            + "keep its schedule (within %.0f%%), so the target's limit is above %s rps",
                                    Numbers.plain(good),
                                    Numbers.plain(upper),
                                    PRECISION * 100,
                                    Numbers.plain(good))
                            : String.format(
                                    Locale.ROOT,
                                    "bracketed: held at %s rps, broke at %s rps (within %.0f%%)",
                                    Numbers.plain(good),
                                    Numbers.plain(upper),
                                    PRECISION * 100));
        }
        return OptionalDouble.of(round((good + upper) / 2));
    }

    /** Why the search ended, or null while it goes on. */
    public String stopReason() {
        return stopReason;
    }

    /** Ends the search early, for example when the load budget is spent. */
    public void stop(String reason, boolean overwrite) {
        if (stopReason == null || overwrite) {
            stopReason = reason;
        }
    }

    public Double lastGoodRps() {
        Double bad = firstBadRps();
        return steps.stream()
                .filter(Step::held)
                .map(Step::offeredRps)
                .filter(good -> bad == null || good < bad)
                .max(Double::compare)
                .orElse(null);
    }

    public Double firstBadRps() {
        return steps.stream()
                .filter(s -> !s.held() && !s.generatorLimited())
                .map(Step::offeredRps)
                .min(Double::compare)
                .orElse(null);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    private OptionalDouble stop(String reason) {
        stop(reason, false);
        return OptionalDouble.empty();
    }

    /** Three significant figures: 437.5 → 438, 12.34 → 12.3. */
    static double round(double rps) {
        if (rps <= 0) {
            return rps;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(rps)));
        return Math.round(rps * scale) / scale;
    }
}
