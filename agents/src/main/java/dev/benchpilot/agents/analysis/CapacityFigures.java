package dev.benchpilot.agents.analysis;

import dev.benchpilot.tools.analysis.Bottlenecks;
import dev.benchpilot.tools.analysis.GeneratorLimit;
import dev.benchpilot.tools.analysis.SpikeRecovery;
import dev.benchpilot.tools.analysis.UslFit;
import java.util.List;
import java.util.Map;

/**
 * What the run says about capacity. Null where the pattern cannot tell (a single load level has no
 * breaking point), with {@code criteria} saying why.
 *
 * @param peakGoodputRps   the highest rate of successful responses measured at any level
 * @param usl              the Universal Scalability Law fit over the levels, or null with fewer than three
 * @param monthsUntil      with --growth: months until traffic reaches each figure ("comfortable", "maximum",
 *     "breakingPoint")
 * @param soak             latency and memory trends of a soak run, or null for other patterns
 * @param bottlenecks      what saturated first, in the order it saturated (empty when the target was not watched)
 * @param watched          where the target's resources came from; empty when they were not sampled
 * @param levels           each measured level: offered, achieved, goodput, p95, errors, Little's-law concurrency
 */
public record CapacityFigures(
        Double comfortableRps,
        Double maximumRps,
        Double breakingPointRps,
        String criteria,
        String model,
        Double peakGoodputRps,
        UslFit usl,
        Map<String, Double> monthsUntil,
        SpikeRecovery spike,
        SoakReading soak,
        List<Bottlenecks.Bottleneck> bottlenecks,
        List<String> watched,
        List<Level> levels,
        GeneratorLimit generatorLimit) {

    /** Figures of a run whose generator kept up everywhere (or that was not judged). */
    public CapacityFigures(
            Double comfortableRps,
            Double maximumRps,
            Double breakingPointRps,
            String criteria,
            String model,
            Double peakGoodputRps,
            UslFit usl,
            Map<String, Double> monthsUntil,
            SpikeRecovery spike,
            SoakReading soak,
            List<Bottlenecks.Bottleneck> bottlenecks,
            List<String> watched,
            List<Level> levels) {
        this(
                comfortableRps,
                maximumRps,
                breakingPointRps,
                criteria,
                model,
                peakGoodputRps,
                usl,
                monthsUntil,
                spike,
                soak,
                bottlenecks,
                watched,
                levels,
                null);
    }

    public CapacityFigures {
        monthsUntil = monthsUntil == null ? Map.of() : Map.copyOf(monthsUntil);
        levels = List.copyOf(levels);
        bottlenecks = bottlenecks == null ? List.of() : List.copyOf(bottlenecks);
        watched = watched == null ? List.of() : List.copyOf(watched);
    }

    /**
     * @param concurrency Little's law: goodput × mean latency, the requests in flight on average
     */
    public record Level(
            String name,
            double offeredRps,
            double achievedRps,
            double goodputRps,
            Double p95Ms,
            double errorRate,
            Double concurrency,
            boolean held,
            List<String> signals) {
        public Level {
            signals = List.copyOf(signals);
        }
    }
}
