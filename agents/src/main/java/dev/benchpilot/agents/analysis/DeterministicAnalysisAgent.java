package dev.benchpilot.agents.analysis;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.analysis.BreakingSignals;
import dev.benchpilot.tools.analysis.Degradation;
import dev.benchpilot.tools.analysis.GeneratorCheck;
import dev.benchpilot.tools.metrics.EndpointMetrics;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.probe.Preflight;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the figures with the reference's signals (p95 above 2x no load, errors above 1%, timeouts,
 * achieved below 95% of offered) and turns each into a finding, and the actionable ones into todos.
 * Every number it writes is a measured figure.
 */
public final class DeterministicAnalysisAgent implements AnalysisAgent {

    @Override
    public Analysis analyze(AnalysisInput input) {
        LoadMetrics metrics = input.metrics();
        LatencySummary noLoad = input.baseline().overall();
        List<Degradation.Row> degradation = Degradation.of(noLoad, metrics.measuredLatencyMs());
        List<Finding> findings = new ArrayList<>();
        TodoList todos = new TodoList();

        boolean generatorLimitedAtTarget = false;
        for (StageMetrics stage : metrics.stages()) {
            if (!stage.measured()) {
                continue;
            }
            GeneratorCheck.Verdict generator =
                    GeneratorCheck.of(stage, input.observed().generatorCpu(), noLoad == null ? null : noLoad.p95());
            List<String> signals = BreakingSignals.of(stage, noLoad == null ? null : noLoad.p95());
            if (generator.generatorLimited()) {
                generatorLimitedAtTarget |=
                        stage.offeredRps() == input.profile().targetRps();
                findings.add(new Finding(
                        "warning",
                        "generator-limited at " + Numbers.plain(stage.offeredRps()) + " rps (" + stage.name() + ")",
                        String.join("; ", generator.reasons())
                                + "; its figures describe the load generator, not the target"
                                + (signals.isEmpty()
                                        ? ""
                                        : " (not breaking signals: " + String.join("; ", signals) + ")")));
            } else if (signals.isEmpty()) {
                findings.add(new Finding(
                        "ok",
                        "held at " + Numbers.plain(stage.offeredRps()) + " rps (" + stage.name() + ")",
                        "achieved " + Numbers.plain(stage.achievedRps()) + " rps, p95 " + p95(stage.latencyMs())
                                + ", errors " + pct(stage.errorRate())));
            } else {
                findings.add(new Finding(
                        "critical",
                        "breaking signals at " + Numbers.plain(stage.offeredRps()) + " rps (" + stage.name() + ")",
                        String.join("; ", signals)));
            }
        }
        for (EndpointMetrics endpoint : metrics.endpoints()) {
            if (endpoint.errorRate() > BreakingSignals.ERROR_RATE) {
                String evidence = endpoint.endpointKey() + ": " + endpoint.failed() + " of " + endpoint.requests()
                        + " failed (" + pct(endpoint.errorRate()) + "), statuses " + endpoint.byStatus();
                findings.add(new Finding("critical", "errors on " + endpoint.endpointKey(), evidence));
                todos.add(
                        "Fix failing requests on " + endpoint.endpointKey(),
                        Recommendations.IMMEDIATE,
                        2,
                        "error rate " + pct(endpoint.errorRate()) + " → below 1%",
                        evidence);
            }
            LatencySummary before = input.baseline().byEndpoint().get(endpoint.endpointKey());
            if (!generatorLimitedAtTarget
                    && before != null
                    && endpoint.latencyMs() != null
                    && endpoint.latencyMs().count() >= BreakingSignals.MIN_LATENCY_SAMPLES
                    && endpoint.latencyMs().p95() > BreakingSignals.P95_FACTOR * before.p95()) {
                String evidence = endpoint.endpointKey() + ": p95 " + before.p95() + " ms no load → "
                        + endpoint.latencyMs().p95() + " ms under load";
                findings.add(new Finding(
                        "warning", "latency of " + endpoint.endpointKey() + " degrades under load", evidence));
                todos.add(
                        "Profile " + endpoint.endpointKey() + " under load (queries, pool waits, locks)",
                        Recommendations.SHORT_TERM,
                        4,
                        "p95 back towards " + before.p95() + " ms",
                        evidence);
            }
        }
        slowest(metrics)
                .ifPresent(slow -> findings.add(new Finding(
                        "ok",
                        "slowest endpoint under load: " + slow.endpointKey(),
                        "p95 " + slow.latencyMs().p95() + " ms, p99 "
                                + slow.latencyMs().p99() + " ms over " + slow.requests() + " requests")));
        input.warnings().stream()
                .filter(w -> input.failsWithoutLoad().isEmpty() || !w.startsWith(Preflight.WARNING))
                .forEach(w -> findings.add(new Finding("warning", "noticed during the run", w)));
        failsWithoutLoad(input, findings, todos);
        if (metrics.scenarioErrorCount() > 0) {
            findings.add(new Finding(
                    "warning",
                    "scenario errors: " + metrics.scenarioErrorCount() + " steps not sent",
                    "a value an earlier step should have captured was missing (not the target's errors, not in the "
                            + "error rate): "
                            + metrics.scenarioErrors()));
        }
        CapacityFigures capacity = CapacityReading.of(input);
        capacityFindings(capacity, findings, todos);
        for (var bottleneck : capacity.bottlenecks()) {
            findings.add(new Finding(
                    "critical",
                    "bottleneck: " + bottleneck.resource() + " at " + Numbers.plain(bottleneck.atRps()) + " rps",
                    bottleneck.evidence()));
            todos.add(Recommendations.forBottleneck(bottleneck, capacity.maximumRps()));
        }
        if (capacity.breakingPointRps() != null) {
            todos.add(Recommendations.scaleOut(capacity.breakingPointRps(), capacity.maximumRps()));
        }
        boolean multiLevel = input.profile().pattern() == LoadPattern.STRESS
                || input.profile().pattern() == LoadPattern.SCALABILITY;
        if (!multiLevel && findings.stream().noneMatch(f -> f.severity().equals("critical"))) {
            todos.add(
                    "Run a stress test to find the breaking point",
                    Recommendations.SHORT_TERM,
                    0.5,
                    "a measured capacity instead of a single load level",
                    "no breaking signal at " + Numbers.plain(input.profile().targetRps()) + " rps");
        }
        return new Analysis(
                degradation,
                findings,
                todos.items(),
                narrative(input, metrics, degradation, capacity),
                capacity,
                AgentActivity.deterministic(0));
    }

    /**
     * Each step that failed with no load: a finding and a todo (it was left out of the load, so it was not measured).
     */
    static void failsWithoutLoad(AnalysisInput input, List<Finding> findings, TodoList todos) {
        for (var failure : input.failsWithoutLoad()) {
            findings.add(new Finding(
                    "warning",
                    "fails without load: " + failure.endpointKey(),
                    failure.describe() + "; left out of the load, not a breaking signal"));
        }
        input.failsWithoutLoad().stream().map(f -> f.endpointKey()).distinct().forEach(key -> {
            String evidence = input.failsWithoutLoad().stream()
                    .filter(f -> f.endpointKey().equals(key))
                    .findFirst()
                    .orElseThrow()
                    .describe();
            todos.add(
                    "Fix " + key + ", which fails without load (left out of the load)",
                    Recommendations.SHORT_TERM,
                    1,
                    "the endpoint answers at no load and can be load-tested",
                    evidence);
        });
    }

    private static void capacityFindings(CapacityFigures capacity, List<Finding> findings, TodoList todos) {
        if (capacity.generatorLimit() != null) {
            findings.add(new Finding(
                    "warning",
                    "capacity " + capacity.generatorLimit().capacityText(),
                    capacity.generatorLimit().describe()));
            todos.add(
                    "Measure beyond the load generator's limit of "
                            + Numbers.plain(capacity.generatorLimit().limitedAtRps()) + " rps",
                    Recommendations.SHORT_TERM,
                    1,
                    "the target's own limit instead of a lower bound",
                    capacity.generatorLimit().describe());
        }
        if (capacity.breakingPointRps() != null) {
            findings.add(new Finding(
                    "critical",
                    "breaking point at " + Numbers.plain(capacity.breakingPointRps()) + " rps",
                    capacity.criteria()));
        } else if (capacity.maximumRps() != null) {
            findings.add(new Finding(
                    "ok",
                    "no breaking point found up to " + Numbers.plain(capacity.maximumRps()) + " rps",
                    capacity.criteria()));
        }
        if (capacity.soak() != null && capacity.soak().latencyEvidence() != null) {
            findings.add(new Finding(
                    capacity.soak().latencyDrifting() ? "warning" : "ok",
                    capacity.soak().latencyDrifting()
                            ? "latency rose steadily during the soak"
                            : "latency stayed level during the soak",
                    capacity.soak().latencyEvidence()));
        }
        if (capacity.soak() != null
                && capacity.soak().memory() != null
                && capacity.soak().memory().evidence() != null) {
            findings.add(new Finding(
                    capacity.soak().memory().leak() ? "critical" : "ok",
                    capacity.soak().memory().leak() ? "memory leak suspected" : "no memory leak seen",
                    capacity.soak().memory().evidence()));
        }
        if (capacity.spike() != null) {
            var spike = capacity.spike();
            findings.add(new Finding(
                    spike.recoverySeconds() == null ? "critical" : "ok",
                    spike.recoverySeconds() == null
                            ? "p95 did not recover after the spike before the run ended"
                            : "recovered " + Numbers.plain(spike.recoverySeconds()) + " s after the spike",
                    "pre-spike p95 " + spike.preSpikeP95Ms() + " ms; " + spike.errorsDuringSpike() + " of "
                            + spike.requestsDuringSpike() + " requests failed during the spike"));
        }
    }

    private static java.util.Optional<EndpointMetrics> slowest(LoadMetrics metrics) {
        return metrics.endpoints().stream()
                .filter(e -> e.latencyMs() != null)
                .max(Comparator.comparingDouble(e -> e.latencyMs().p95()));
    }

    private static List<String> narrative(
            AnalysisInput input, LoadMetrics metrics, List<Degradation.Row> degradation, CapacityFigures capacity) {
        List<String> lines = new ArrayList<>();
        lines.add("Offered " + Numbers.plain(input.profile().targetRps()) + " rps ("
                + input.profile().pattern().cliName() + "); achieved "
                + (metrics.achievedRps() == null ? "n/a" : Numbers.plain(metrics.achievedRps()) + " rps")
                + " over the measured window, "
                + metrics.requests() + " requests in total, " + pct(metrics.errorRate()) + " failed.");
        Degradation.Row p95 = degradation.get(1);
        if (p95.deltaPercent() != null) {
            lines.add("p95 latency went from " + p95.noLoadMs() + " ms with no load to " + p95.underLoadMs()
                    + " ms under load (" + (p95.deltaPercent() >= 0 ? "+" : "") + Numbers.plain(p95.deltaPercent())
                    + "%).");
        }
        if (capacity.breakingPointRps() == null && capacity.maximumRps() == null) {
            lines.add("Capacity: " + capacity.criteria() + ".");
        } else {
            lines.add("Capacity: comfortable " + rpsOrNone(capacity.comfortableRps()) + ", maximum "
                    + rpsOrNone(capacity.maximumRps())
                    + ", breaking point " + rpsOrNone(capacity.breakingPointRps()) + "; highest goodput measured "
                    + rpsOrNone(capacity.peakGoodputRps()) + ". " + capacity.criteria() + ".");
        }
        if (capacity.model() != null) {
            lines.add("Method: " + capacity.model() + ".");
        }
        return lines;
    }

    private static String rpsOrNone(Double rps) {
        return rps == null ? "not measured" : Numbers.plain(rps) + " rps";
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String p95(LatencySummary latency) {
        return latency == null ? "n/a" : latency.p95() + " ms";
    }

    /** Numbers todos bench-001, bench-002, ... in the order they are added. */
    static final class TodoList {
        private final List<Todo> items = new ArrayList<>();

        void add(String title, String priority, double effortHours, String impact, String evidence) {
            items.add(new Todo(
                    String.format(Locale.ROOT, "bench-%03d", items.size() + 1),
                    title,
                    priority,
                    effortHours,
                    impact,
                    evidence));
        }

        void add(Recommendations.Draft draft) {
            add(draft.title(), draft.priority(), draft.effortHours(), draft.impact(), draft.evidence());
        }

        /** Immediate first, then short-term, then long-term; ids follow that order. */
        List<Todo> items() {
            List<String> order =
                    List.of(Recommendations.IMMEDIATE, Recommendations.SHORT_TERM, Recommendations.LONG_TERM);
            List<Todo> sorted = items.stream()
                    .sorted(Comparator.comparingInt(t -> order.indexOf(t.priority())))
                    .toList();
            List<Todo> numbered = new ArrayList<>();
            for (Todo todo : sorted) {
                numbered.add(new Todo(
                        String.format(Locale.ROOT, "bench-%03d", numbered.size() + 1),
                        todo.title(),
                        todo.priority(),
                        todo.effortHours(),
                        todo.expectedImpact(),
                        todo.evidence()));
            }
            return numbered;
        }
    }
}
