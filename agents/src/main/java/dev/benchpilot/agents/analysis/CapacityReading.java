package dev.benchpilot.agents.analysis;

import dev.benchpilot.tools.analysis.Bottlenecks;
import dev.benchpilot.tools.analysis.CapacityEstimate;
import dev.benchpilot.tools.analysis.CapacityPlan;
import dev.benchpilot.tools.analysis.GeneratorCheck;
import dev.benchpilot.tools.analysis.GeneratorLimit;
import dev.benchpilot.tools.analysis.SlaCheck;
import dev.benchpilot.tools.analysis.SpikeRecovery;
import dev.benchpilot.tools.analysis.TargetSample;
import dev.benchpilot.tools.analysis.UslFit;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the measured levels of a run into {@link CapacityFigures}; every figure is read from measurements. */
final class CapacityReading {

    private CapacityReading() {}

    static CapacityFigures of(AnalysisInput input) {
        LatencySummary noLoad = input.baseline().overall();
        Double noLoadP95 = noLoad == null ? null : noLoad.p95();
        List<CapacityEstimate.Level> all = CapacityEstimate.levels(
                input.metrics().stages(),
                noLoadP95,
                s -> input.sla() == null
                        ? List.of()
                        : SlaCheck.breaches(
                                input.sla(),
                                s.latencyMs(),
                                s.errorRate(),
                                s.completedRps() != null ? s.completedRps() : s.achievedRps()));
        List<String> generatorNotes = new ArrayList<>();
        List<CapacityEstimate.Level> judged = new ArrayList<>();
        Double searchLimit = input.search() == null ? null : input.search().generatorLimitRps();
        CapacityEstimate.Level firstLimited = null;
        List<String> limitedReasons = List.of();
        for (CapacityEstimate.Level level : all) {
            GeneratorCheck.Verdict verdict =
                    GeneratorCheck.of(level.stage(), input.observed().generatorCpu(), noLoadP95);
            if (verdict.note() != null) {
                generatorNotes.add(verdict.note());
            }
            boolean searchSaidSo = searchLimit != null && level.stage().offeredRps() == searchLimit;
            if (verdict.generatorLimited() || searchSaidSo) {
                if (firstLimited == null
                        || level.stage().offeredRps() < firstLimited.stage().offeredRps()) {
                    firstLimited = level;
                    limitedReasons = verdict.generatorLimited() ? verdict.reasons() : searchReasons(input, searchLimit);
                }
            } else {
                judged.add(level);
            }
        }
        GeneratorLimit generatorLimit = limit(firstLimited, limitedReasons, judged);
        List<CapacityFigures.Level> levels = new ArrayList<>();
        List<UslFit.Point> points = new ArrayList<>();
        double peak = 0;
        for (CapacityEstimate.Level level : judged) {
            StageMetrics s = level.stage();
            double window = s.windowEndSeconds() - s.windowStartSeconds();
            double goodput = window > 0 ? round((s.requests() - s.failed()) / window) : 0;
            Double concurrency =
                    s.latencyMs() == null ? null : round(goodput * s.latencyMs().mean() / 1000.0);
            levels.add(new CapacityFigures.Level(
                    s.name(),
                    s.offeredRps(),
                    s.achievedRps(),
                    goodput,
                    s.latencyMs() == null ? null : s.latencyMs().p95(),
                    s.errorRate(),
                    concurrency,
                    level.held(),
                    level.signals()));
            if (concurrency != null) {
                points.add(new UslFit.Point(concurrency, goodput));
            }
            peak = Math.max(peak, goodput);
        }
        // levels the generator capped flatten the curve by themselves: a fit over them would predict the generator's
        // ceiling
        UslFit usl = generatorLimit != null ? null : trusted(UslFit.fit(points), peak);
        SpikeRecovery spike = spike(input);
        List<TargetSample> target = input.observed().target();
        SoakReading soak = input.profile().pattern() == LoadPattern.SOAK
                ? SoakReading.of(
                        input.metrics().intervals(),
                        input.metrics().stages(),
                        input.observed().liveHeap())
                : null;
        List<Bottlenecks.Bottleneck> bottlenecks = new ArrayList<>(
                Bottlenecks.of(judged, target, input.observed().jfrEvidence(), noLoad == null ? null : noLoad.mean()));
        sharedMachine(bottlenecks, judged, input, noLoadP95);
        // A leak needs time and live sets to show: only a soak run of a JVM target is judged for it.
        if (soak != null && soak.memory() != null && soak.memory().leak()) {
            bottlenecks.add(new Bottlenecks.Bottleneck(
                    "memory", soak.memory().evidence(), input.profile().targetRps()));
        }
        LoadPattern pattern = input.profile().pattern();
        boolean multiLevel = pattern == LoadPattern.STRESS || pattern == LoadPattern.SCALABILITY;
        if (!multiLevel) {
            String criteria =
                    "a " + pattern.cliName() + " run offers one load level, which cannot show where capacity ends; "
                            + "run --pattern stress (adaptive search) for comfortable, maximum and breaking-point "
                            + "figures";
            if (generatorLimit != null) {
                criteria = generatorLimit.describe() + ". " + criteria;
            }
            return new CapacityFigures(
                    null,
                    null,
                    null,
                    criteria,
                    null,
                    levels.isEmpty() ? null : peak,
                    usl,
                    Map.of(),
                    spike,
                    soak,
                    bottlenecks,
                    input.observed().sources(),
                    levels,
                    generatorLimit);
        }
        CapacityEstimate.Capacity capacity = CapacityEstimate.of(judged);
        Map<String, Double> months = new LinkedHashMap<>();
        Double growth = input.growthPerMonth();
        if (growth != null) {
            double now = input.profile().targetRps();
            putIfKnown(months, "comfortable", CapacityPlan.monthsUntil(now, growth, capacity.comfortableRps()));
            putIfKnown(months, "maximum", CapacityPlan.monthsUntil(now, growth, capacity.maximumRps()));
            putIfKnown(months, "breakingPoint", CapacityPlan.monthsUntil(now, growth, capacity.breakingPointRps()));
        }
        String criteria = generatorNotes.isEmpty()
                ? capacity.criteria()
                : capacity.criteria() + ". Load generator: " + String.join("; ", generatorNotes);
        if (generatorLimit != null) {
            criteria = generatorLimit.describe() + ". " + criteria;
        }
        return new CapacityFigures(
                capacity.comfortableRps(),
                capacity.maximumRps(),
                capacity.breakingPointRps(),
                criteria,
                model(input, usl, levels.size(), generatorLimit != null),
                levels.isEmpty() ? null : peak,
                usl,
                months,
                spike,
                soak,
                bottlenecks,
                input.observed().sources(),
                levels,
                generatorLimit);
    }

    /**
     * A latency rise with nothing saturated on the target, while the machine it shares with the generator was busy,
     * is the machine's CPU: said so rather than blamed on a downstream dependency.
     */
    private static void sharedMachine(
            List<Bottlenecks.Bottleneck> bottlenecks,
            List<CapacityEstimate.Level> judged,
            AnalysisInput input,
            Double noLoadP95) {
        if (bottlenecks.isEmpty() || !bottlenecks.get(0).resource().equals("latency")) {
            return;
        }
        double rate = bottlenecks.get(0).atRps();
        judged.stream().filter(l -> l.stage().offeredRps() == rate).findFirst().ifPresent(level -> {
            GeneratorCheck.Verdict verdict =
                    GeneratorCheck.of(level.stage(), input.observed().generatorCpu(), noLoadP95);
            if (verdict.machineCpu() != null && verdict.machineCpu() >= MACHINE_CPU_BUSY) {
                bottlenecks.set(
                        0,
                        new Bottlenecks.Bottleneck(
                                "machine cpu",
                                String.format(
                                        Locale.ROOT,
                                        "at %s rps the machine was %.0f%% busy (benchpilot %.0f%%) while p95 rose "
                                                + "(%s) and nothing on the target "
                                                + "saturated: target and load generator share this machine's cores, "
                                                + "so this is the machine's limit, "
                                                + "not necessarily the target's",
                                        Numbers.plain(rate),
                                        verdict.machineCpu() * 100,
                                        verdict.generatorCpu() == null ? 0 : verdict.generatorCpu() * 100,
                                        String.join("; ", level.signals())),
                                rate));
            }
        });
    }

    static final double MACHINE_CPU_BUSY = 0.80;

    /** The generator's limit: the lowest level it could not offer, and the highest level below it that held. */
    private static GeneratorLimit limit(
            CapacityEstimate.Level limited, List<String> reasons, List<CapacityEstimate.Level> judged) {
        if (limited == null) {
            return null;
        }
        double at = limited.stage().offeredRps();
        Double held = judged.stream()
                .filter(CapacityEstimate.Level::held)
                .map(l -> l.stage().offeredRps())
                .filter(rps -> rps < at)
                .max(Double::compare)
                .orElse(null);
        return new GeneratorLimit(at, held, reasons);
    }

    private static List<String> searchReasons(AnalysisInput input, double rps) {
        return input.search().steps().stream()
                .filter(s -> s.generatorLimited() && s.offeredRps() == rps)
                .findFirst()
                .map(s -> s.signals())
                .orElse(List.of());
    }

    /**
     * A fit is reported only when it explains the levels (R² at least 0.8) and does not predict less than was measured.
     */
    private static UslFit trusted(UslFit fit, double measuredPeakRps) {
        if (fit == null || fit.rSquared() < 0.8 || fit.peakRps() != null && fit.peakRps() < 0.95 * measuredPeakRps) {
            return null;
        }
        return fit;
    }

    private static String model(AnalysisInput input, UslFit usl, int levelCount, boolean generatorLimited) {
        List<String> parts = new ArrayList<>();
        if (input.search() != null) {
            parts.add(String.format(
                    Locale.ROOT,
                    "adaptive search: %d steps, %.0f s of load; %s",
                    input.search().steps().size(),
                    input.search().loadSeconds(),
                    input.search().stopReason()));
        } else {
            parts.add(levelCount + " fixed load levels");
        }
        if (usl == null && generatorLimited) {
            parts.add(
                    "no Universal Scalability Law fit: the load generator, not the target, capped the highest levels");
        } else if (usl == null) {
            parts.add("no Universal Scalability Law fit: it needs three levels with at least one request in flight on "
                    + "average, "
                    + "and must explain them (R² ≥ 0.8) without predicting less than was measured");
        } else {
            parts.add(String.format(
                    Locale.ROOT,
                    "USL fit over %d levels (R² %.2f): σ %.3f, κ %.5f, %s",
                    usl.points(),
                    usl.rSquared(),
                    usl.sigma(),
                    usl.kappa(),
                    usl.peakRps() == null
                            ? "no throughput ceiling predicted"
                            : usl.peakConcurrency() == null
                                    ? String.format(Locale.ROOT, "throughput ceiling %.0f rps", usl.peakRps())
                                    : String.format(
                                            Locale.ROOT,
                                            "predicted peak %.0f rps at %.0f requests in flight",
                                            usl.peakRps(),
                                            usl.peakConcurrency())));
        }
        return String.join(". ", parts);
    }

    /** Recovery of a spike run: the spike is its stage with the highest offered rate. */
    private static SpikeRecovery spike(AnalysisInput input) {
        if (input.profile().pattern() != LoadPattern.SPIKE) {
            return null;
        }
        List<Stage> stages = input.profile().stages();
        int top = 0;
        for (int i = 1; i < stages.size(); i++) {
            top = stages.get(i).startRps() > stages.get(top).startRps() ? i : top;
        }
        double start = input.profile().startOf(top).toMillis() / 1000.0;
        double end = start + stages.get(top).duration().toMillis() / 1000.0;
        return SpikeRecovery.of(input.metrics().intervals(), start, end);
    }

    private static void putIfKnown(Map<String, Double> months, String key, Double value) {
        if (value != null) {
            months.put(key, value);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
