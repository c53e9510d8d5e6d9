package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Comfortable, maximum and breaking-point rates read from the measured load levels of a run.
 * <ul>
 *   <li>breaking point: the lowest offered rate at which a breaking signal fired ({@link BreakingSignals});</li>
 *   <li>maximum: the highest offered rate below it with no breaking signal and no SLA breach;</li>
 *   <li>comfortable: the highest rate below it with p95 under {@value #COMFORT_P95_FACTOR}x the no-load p95
 *       and fewer than {@value #COMFORT_ERROR_RATE} errors.</li>
 * </ul>
 * A run whose levels all held has no breaking point (null): its maximum is a lower bound, and {@code criteria} says so.
 */
public final class CapacityEstimate {

    public static final double COMFORT_P95_FACTOR = 1.5;
    public static final double COMFORT_ERROR_RATE = 0.001;
    /** Levels with fewer answered requests than this are too short to judge and are left out. */
    public static final long MIN_REQUESTS = 50;

    /** @param criteria which signal decided each figure, in words with the measured values */
    public record Capacity(Double comfortableRps, Double maximumRps, Double breakingPointRps, String criteria) {}

    /** One judged level. */
    public record Level(StageMetrics stage, List<String> signals, List<String> slaBreaches, boolean comfortable) {
        public boolean held() {
            return signals.isEmpty();
        }
    }

    private CapacityEstimate() {}

    /**
     * @param stages      the run's stages; only measured ones with enough requests count
     * @param noLoadP95Ms the no-load p95, or null when it was not measured
     * @param slaBreaches the SLA clauses a stage breaks (empty list when there is no SLA)
     */
    public static List<Level> levels(
            List<StageMetrics> stages, Double noLoadP95Ms, Function<StageMetrics, List<String>> slaBreaches) {
        List<Level> levels = new ArrayList<>();
        for (StageMetrics stage : stages) {
            if (!stage.measured() || stage.requests() < MIN_REQUESTS) {
                continue;
            }
            List<String> signals = BreakingSignals.of(stage, noLoadP95Ms);
            boolean comfortable = signals.isEmpty()
                    && stage.errorRate() < COMFORT_ERROR_RATE
                    && noLoadP95Ms != null
                    && stage.latencyMs() != null
                    && stage.latencyMs().p95() < COMFORT_P95_FACTOR * noLoadP95Ms;
            levels.add(new Level(stage, signals, slaBreaches.apply(stage), comfortable));
        }
        levels.sort(Comparator.comparingDouble(l -> l.stage().offeredRps()));
        return levels;
    }

    public static Capacity of(List<Level> levels) {
        if (levels.isEmpty()) {
            return new Capacity(null, null, null, "no measured load level with at least " + MIN_REQUESTS + " requests");
        }
        Level broken = levels.stream().filter(l -> !l.held()).findFirst().orElse(null);
        double limit =
                broken == null ? Double.POSITIVE_INFINITY : broken.stage().offeredRps();
        List<Level> below =
                levels.stream().filter(l -> l.stage().offeredRps() < limit).toList();
        Level maximum = below.stream()
                .filter(l -> l.held() && l.slaBreaches().isEmpty())
                .reduce((a, b) -> b)
                .orElse(null);
        Level comfortable = below.stream()
                .filter(l -> l.comfortable() && l.slaBreaches().isEmpty())
                .reduce((a, b) -> b)
                .orElse(null);
        List<String> criteria = new ArrayList<>();
        if (broken != null) {
            criteria.add("breaking point " + fmt(broken.stage().offeredRps()) + " rps: "
                    + String.join("; ", broken.signals()));
        } else {
            criteria.add("no breaking signal up to "
                    + fmt(levels.get(levels.size() - 1).stage().offeredRps())
                    + " rps: the breaking point is above the highest rate offered, and the maximum is a lower bound");
        }
        criteria.add(
                maximum == null
                        ? "maximum: no level held within the SLA"
                        : "maximum " + fmt(maximum.stage().offeredRps())
                                + " rps: highest level without a breaking signal"
                                + (levels.stream()
                                                .anyMatch(l -> !l.slaBreaches().isEmpty())
                                        ? " or SLA breach"
                                        : ""));
        criteria.add(
                comfortable == null
                        ? "comfortable: no level had p95 < " + COMFORT_P95_FACTOR + "x no-load and errors < 0.1%"
                        : "comfortable " + fmt(comfortable.stage().offeredRps()) + " rps: p95 "
                                + comfortable.stage().latencyMs().p95() + " ms < " + COMFORT_P95_FACTOR
                                + "x no-load, errors " + pct(comfortable.stage().errorRate()));
        return new Capacity(
                comfortable == null ? null : comfortable.stage().offeredRps(),
                maximum == null ? null : maximum.stage().offeredRps(),
                broken == null ? null : broken.stage().offeredRps(),
                String.join(". ", criteria));
    }

    static String fmt(double value) {
        return Numbers.plain(value);
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }
}
