package dev.benchpilot.orchestrator.report;

import static dev.benchpilot.orchestrator.report.Formats.ms;
import static dev.benchpilot.orchestrator.report.Formats.number;
import static dev.benchpilot.orchestrator.report.Formats.percent;
import static dev.benchpilot.orchestrator.report.Formats.rps;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.analysis.Analysis;
import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.orchestrator.workflow.RunRecord;
import dev.benchpilot.tools.analysis.Apdex;
import dev.benchpilot.tools.analysis.Degradation;
import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The view the result reports (final report, analysis, todos) render: formatted figures, "n/a" where not measured. */
final class ResultViews {

    private ResultViews() {}

    static Map<String, Object> of(RunRecord run, List<String> artifacts) {
        Plan plan = run.plan();
        ExecutionReport execution = run.execution();
        LoadMetrics metrics = execution.run().metrics();
        Analysis analysis = run.analysis();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("runId", run.runId());
        view.put("status", run.status().wireName());
        view.put("pattern", plan.pattern());
        view.put("tool", plan.tool());
        view.put("connections", plan.connections());
        view.put(
                "generatorLimited",
                analysis == null || analysis.capacity().generatorLimit() == null
                        ? null
                        : analysis.capacity().generatorLimit().describe());
        view.put("target", plan.target());
        view.put("duration", Formats.duration(plan.duration()));
        view.put("targetRps", rps(plan.targetRps()));
        view.put("achievedRps", rps(metrics.achievedRps()));
        view.put(
                "achievedShare",
                metrics.achievedRps() == null ? "n/a" : percent(metrics.achievedRps() / plan.targetRps()));
        view.put("requests", metrics.requests());
        view.put("failed", metrics.failed());
        view.put("errorRate", percent(metrics.errorRate()));
        view.put("successRate", percent(1 - metrics.errorRate()));
        long unanswered = metrics.byStatus().getOrDefault("0", 0L);
        view.put("timeouts", percent(metrics.requests() == 0 ? 0.0 : (double) unanswered / metrics.requests()));
        view.put(
                "degradation",
                degradation(
                        analysis == null
                                ? Degradation.of(execution.baseline().overall(), metrics.measuredLatencyMs())
                                : analysis.degradation()));
        view.put(
                "statuses",
                metrics.byStatus().entrySet().stream()
                        .map(e -> Map.of(
                                "status",
                                e.getKey().equals("0") ? "no response" : e.getKey(),
                                "count",
                                e.getValue(),
                                "share",
                                percent((double) e.getValue() / metrics.requests())))
                        .toList());
        view.put(
                "stages",
                metrics.stages().stream()
                        .map(s -> Map.of(
                                "name",
                                s.name(),
                                "offered",
                                rps(s.offeredRps()),
                                "achieved",
                                rps(s.achievedRps()),
                                "window",
                                number(s.windowStartSeconds()) + "–" + number(s.windowEndSeconds()) + " s",
                                "p50",
                                p(s.latencyMs(), 50),
                                "p95",
                                p(s.latencyMs(), 95),
                                "p99",
                                p(s.latencyMs(), 99),
                                "errors",
                                percent(s.errorRate()),
                                "measured",
                                s.measured() ? "yes" : "no",
                                "lag",
                                lag(s)))
                        .toList());
        view.put(
                "endpoints",
                metrics.endpoints().stream()
                        .map(e -> {
                            LatencySummary noLoad =
                                    execution.baseline().byEndpoint().get(e.endpointKey());
                            return Map.of(
                                    "key",
                                    e.endpointKey(),
                                    "requests",
                                    e.requests(),
                                    "p50",
                                    p(e.latencyMs(), 50),
                                    "p95",
                                    p(e.latencyMs(), 95),
                                    "p99",
                                    p(e.latencyMs(), 99),
                                    "errors",
                                    percent(e.errorRate()),
                                    "noLoadP95",
                                    p(noLoad, 95));
                        })
                        .toList());
        view.put(
                "groups",
                metrics.groups().stream()
                        .map(g -> Map.of(
                                "name",
                                g.name(),
                                "flows",
                                String.join(", ", g.flows()),
                                "requests",
                                g.requests(),
                                "rps",
                                rps(g.rps()),
                                "p50",
                                p(g.latencyMs(), 50),
                                "p95",
                                p(g.latencyMs(), 95),
                                "p99",
                                p(g.latencyMs(), 99),
                                "errors",
                                percent(g.errorRate())))
                        .toList());
        view.put("hasGroups", !metrics.groups().isEmpty());
        view.put("noLoadRequests", execution.baseline().requests());
        view.put("methodLevels", methodLevels(execution, metrics));
        view.put("resources", ResourceViews.of(execution));
        view.put("hasComparison", run.comparison() != null);
        if (run.comparison() != null) {
            var compared = run.comparison();
            view.put(
                    "comparisonRows",
                    List.of(
                            figures("previous " + compared.previous().runId(), compared.previous()),
                            figures("this run", compared.current())));
            view.put(
                    "regressions",
                    compared.result().regressions().isEmpty()
                            ? List.of("none beyond run-to-run noise")
                            : compared.result().regressions());
        }
        view.put("environment", EnvironmentFacts.view());
        view.put("apdex", apdex(run));
        view.put("hasSla", run.sla() != null);
        view.put(
                "sla",
                run.sla() == null
                        ? List.of()
                        : run.sla().stream()
                                .map(r -> Map.of(
                                        "clause",
                                        r.clause(),
                                        "measured",
                                        r.measured() == null ? "not measured" : Formats.number(r.measured()),
                                        "status",
                                        r.status().equals("pass")
                                                ? "✅ pass"
                                                : r.status().equals("breach") ? "❌ breach" : "⚠️ not measured"))
                                .toList());
        if (analysis != null) {
            view.put("findings", analysis.findings());
            view.put(
                    "todos",
                    analysis.todos().stream()
                            .map(t -> Map.of(
                                    "id",
                                    t.id(),
                                    "title",
                                    t.title(),
                                    "priority",
                                    t.priority(),
                                    "effort",
                                    Formats.hours(t.effortHours()),
                                    "impact",
                                    t.expectedImpact(),
                                    "evidence",
                                    t.evidence()))
                            .toList());
            view.put("narrative", analysis.narrative());
        }
        view.put("capacity", CapacityViews.of(analysis == null ? null : analysis.capacity(), plan.targetRps()));
        view.put("agents", agents(run, execution, analysis));
        view.put("warnings", run.warnings());
        view.put("hasWarnings", !run.warnings().isEmpty());
        view.put("artifacts", artifacts);
        view.put("workspace", run.workspace().directory().toString());
        return view;
    }

    private static Map<String, Object> figures(
            String label, dev.benchpilot.tools.analysis.RunComparison.Figures figures) {
        return Map.of(
                "run",
                label,
                "date",
                figures.startedAt() == null
                        ? "n/a"
                        : figures.startedAt().replace('T', ' ').replaceAll("\\.\\d+Z?$", ""),
                "rps",
                Formats.rps(figures.achievedRps()),
                "p95",
                Formats.ms(figures.p95Ms()),
                "errors",
                Formats.percent(figures.errorRate()),
                "capacity",
                Formats.rps(figures.breakingPointRps()));
    }

    /** Apdex of the under-load requests, T from the SLA's p95 limit or 500 ms. */
    private static String apdex(RunRecord run) {
        var histograms = run.execution().run().histograms();
        if (histograms == null) {
            return Formats.NOT_MEASURED;
        }
        LoadMetrics metrics = run.execution().run().metrics();
        long measuredFailed = metrics.stages().stream()
                .filter(StageMetrics::measured)
                .filter(s -> Math.abs(s.offeredRps() - run.plan().targetRps()) < 0.01)
                .mapToLong(StageMetrics::failed)
                .sum();
        var sla = run.plan() == null ? null : run.sla();
        Double limit = null;
        if (sla != null) {
            limit = sla.stream()
                    .filter(r -> r.clause().startsWith("p95<"))
                    .map(r -> Sla.parse(r.clause()).p95LimitMs())
                    .findFirst()
                    .orElse(null);
        }
        Apdex apdex =
                Apdex.of(histograms.measured(), measuredFailed, limit != null ? limit : Apdex.DEFAULT_THRESHOLD_MS);
        return apdex == null
                ? Formats.NOT_MEASURED
                : apdex + ": " + apdex.satisfied() + " satisfied, " + apdex.tolerating() + " tolerating, "
                        + apdex.frustrated() + " frustrated (failed requests frustrate)";
    }

    private static String methodLevels(ExecutionReport execution, LoadMetrics metrics) {
        List<StageMetrics> measured =
                metrics.stages().stream().filter(StageMetrics::measured).toList();
        long fewest = measured.stream().mapToLong(StageMetrics::requests).min().orElse(0);
        long most = measured.stream().mapToLong(StageMetrics::requests).max().orElse(0);
        double shortest = measured.stream()
                .mapToDouble(s -> s.windowEndSeconds() - s.windowStartSeconds())
                .min()
                .orElse(0);
        String counts = measured.size() + " measured level(s), " + fewest + " to " + most
                + " requests each, windows of at least " + Formats.number(shortest) + " s";
        if (execution.search() == null) {
            return counts + ".";
        }
        return "adaptive search, " + execution.search().steps().size() + " steps ("
                + Formats.number(execution.search().loadSeconds())
                + " s of load): each step ramps 2 s from the last rate that held, then holds 10–20 s (about 2,000 "
                + "requests) plus one "
                + "user journey; " + counts + ". Stopped: " + execution.search().stopReason() + ".";
    }

    private static List<Map<String, Object>> degradation(List<Degradation.Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Degradation.Row row : rows) {
            String flag = row.deltaPercent() != null && row.deltaPercent() > 100 ? " ⚠️" : "";
            out.add(Map.of(
                    "metric",
                    row.percentile().toUpperCase(java.util.Locale.ROOT),
                    "noLoad",
                    ms(row.noLoadMs()),
                    "underLoad",
                    ms(row.underLoadMs()),
                    "change",
                    row.deltaMs() == null
                            ? "n/a"
                            : Formats.signedMs(row.deltaMs()) + " (" + Formats.signedPercent(row.deltaPercent()) + ")"
                                    + flag));
        }
        return out;
    }

    private static List<Map<String, Object>> agents(RunRecord run, ExecutionReport execution, Analysis analysis) {
        List<Map<String, Object>> out = new ArrayList<>();
        add(out, "scenario", run.plan().scenarios().activity());
        add(out, "execution", execution.activity());
        if (analysis != null) {
            add(out, "analysis", analysis.activity());
        }
        return out;
    }

    private static void add(List<Map<String, Object>> out, String role, AgentActivity activity) {
        out.add(Map.of(
                "role",
                role,
                "implementation",
                activity.implementation(),
                "fallback",
                activity.fallbackReason() == null ? "—" : activity.fallbackReason(),
                "toolCalls",
                activity.toolCalls(),
                "tokens",
                activity.inputTokens() + " in / " + activity.outputTokens() + " out"));
    }

    static String p(LatencySummary latency, int percentile) {
        if (latency == null) {
            return "n/a";
        }
        return ms(percentile == 50 ? latency.p50() : percentile == 95 ? latency.p95() : latency.p99());
    }

    /** The generator's schedule lag in a stage: p95 and max of its users' late starts, or why it is not known. */
    static String lag(StageMetrics stage) {
        if (stage.schedule() == null) {
            return "n/a";
        }
        String dropped =
                stage.schedule().dropped() == 0 ? "" : ", " + stage.schedule().dropped() + " users dropped";
        return stage.schedule().lagMs() == null
                ? "not reported" + dropped
                : number(stage.schedule().lagMs().p95()) + " / "
                        + number(stage.schedule().lagMs().max()) + " ms" + dropped;
    }
}
