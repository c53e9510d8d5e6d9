package dev.benchpilot.orchestrator.report;

import dev.benchpilot.agents.analysis.CapacityFigures;
import dev.benchpilot.tools.analysis.SpikeRecovery;
import dev.benchpilot.tools.analysis.UslFit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The capacity figures as the report templates read them: every value formatted, "n/a" where not measured. */
final class CapacityViews {

    private CapacityViews() {}

    static Map<String, Object> of(CapacityFigures capacity, double targetRps) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (capacity == null) {
            view.put("measured", false);
            view.put("criteria", "the run ended before its analysis");
            return view;
        }
        view.put("measured", capacity.breakingPointRps() != null || capacity.maximumRps() != null);
        view.put("comfortable", Formats.rps(capacity.comfortableRps()));
        view.put("maximum", Formats.rps(capacity.maximumRps()));
        view.put(
                "breaking",
                capacity.breakingPointRps() == null ? "not reached" : Formats.rps(capacity.breakingPointRps()));
        view.put("peakGoodput", Formats.rps(capacity.peakGoodputRps()));
        view.put("criteria", capacity.criteria());
        view.put("model", capacity.model() == null ? "" : capacity.model());
        view.put("hasLevels", !capacity.levels().isEmpty());
        view.put(
                "levels",
                capacity.levels().stream()
                        .map(l -> Map.of(
                                "name",
                                l.name(),
                                "offered",
                                Formats.rps(l.offeredRps()),
                                "achieved",
                                Formats.rps(l.achievedRps()),
                                "goodput",
                                Formats.rps(l.goodputRps()),
                                "p95",
                                Formats.ms(l.p95Ms()),
                                "errors",
                                Formats.percent(l.errorRate()),
                                "concurrency",
                                l.concurrency() == null ? "n/a" : Formats.number(l.concurrency()),
                                "verdict",
                                l.held() ? "held" : "broke: " + String.join("; ", l.signals()),
                                "scaling",
                                scaling(l, capacity.levels().get(0))))
                        .toList());
        view.put("hasBottlenecks", !capacity.bottlenecks().isEmpty());
        view.put(
                "bottlenecks",
                capacity.bottlenecks().stream()
                        .map(b -> Map.of(
                                "resource", b.resource(), "atRps", Formats.rps(b.atRps()), "evidence", b.evidence()))
                        .toList());
        view.put(
                "watched",
                capacity.watched().isEmpty()
                        ? "not sampled (give --pid and/or --metrics-url)"
                        : String.join(", ", capacity.watched()));
        view.put("isWatched", !capacity.watched().isEmpty());
        UslFit usl = capacity.usl();
        view.put("hasUsl", usl != null);
        if (usl != null) {
            view.put(
                    "usl",
                    Map.of(
                            "points",
                            usl.points(),
                            "r2",
                            String.format(Locale.ROOT, "%.3f", usl.rSquared()),
                            "sigma",
                            String.format(Locale.ROOT, "%.4f", usl.sigma()),
                            "kappa",
                            String.format(Locale.ROOT, "%.6f", usl.kappa()),
                            "lambda",
                            Formats.number(usl.lambda()),
                            "peak",
                            usl.peakRps() == null ? "none predicted" : Formats.rps(usl.peakRps()),
                            "peakAt",
                            usl.peakConcurrency() == null
                                    ? "no retrograde region (κ = 0)"
                                    : Formats.number(usl.peakConcurrency()) + " requests in flight"));
        }
        view.put("hasGrowth", !capacity.monthsUntil().isEmpty());
        view.put(
                "growth",
                capacity.monthsUntil().entrySet().stream()
                        .map(e -> Map.of("figure", e.getKey(), "months", Formats.number(e.getValue())))
                        .toList());
        view.put("current", Formats.rps(targetRps));
        SpikeRecovery spike = capacity.spike();
        view.put("hasSpike", spike != null);
        if (spike != null) {
            view.put(
                    "spike",
                    Map.of(
                            "preP95",
                            Formats.ms(spike.preSpikeP95Ms()),
                            "recovery",
                            spike.recoverySeconds() == null
                                    ? "did not recover before the run ended"
                                    : Formats.number(spike.recoverySeconds()) + " s",
                            "errors",
                            spike.errorsDuringSpike() + " of " + spike.requestsDuringSpike()));
        }
        return view;
    }

    /** How the level scaled against the first: load multiple, goodput multiple, p95 change. */
    private static String scaling(CapacityFigures.Level level, CapacityFigures.Level first) {
        if (first.offeredRps() <= 0 || first.goodputRps() <= 0) {
            return "n/a";
        }
        String p95 = first.p95Ms() == null || level.p95Ms() == null || first.p95Ms() == 0
                ? "n/a"
                : Formats.signedPercent(100 * (level.p95Ms() - first.p95Ms()) / first.p95Ms());
        return String.format(
                Locale.ROOT,
                "%.1fx load → %.1fx goodput, p95 %s",
                level.offeredRps() / first.offeredRps(),
                level.goodputRps() / first.goodputRps(),
                p95);
    }
}
