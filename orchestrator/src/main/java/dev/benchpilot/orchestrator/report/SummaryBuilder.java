package dev.benchpilot.orchestrator.report;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.analysis.CapacityFigures;
import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.orchestrator.workflow.RunRecord;
import dev.benchpilot.tools.analysis.GeneratorLimit;
import dev.benchpilot.tools.analysis.SlaCheck;
import dev.benchpilot.tools.metrics.LatencySummary;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.metrics.ScheduleLag;
import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Summary} from a run record at any point of the run; missing parts become null. */
final class SummaryBuilder {

    private SummaryBuilder() {}

    static Summary from(RunRecord run, List<String> artifacts) {
        Plan plan = run.plan();
        ExecutionReport execution = run.execution();
        LoadMetrics metrics = execution == null ? null : execution.run().metrics();
        LatencySummary noLoad = execution == null ? null : execution.baseline().overall();
        Map<String, AgentActivity> agents = new LinkedHashMap<>();
        agents.put("scenario", plan == null ? null : plan.scenarios().activity());
        agents.put("execution", execution == null ? null : execution.activity());
        agents.put("analysis", run.analysis() == null ? null : run.analysis().activity());
        List<String> warnings = new java.util.ArrayList<>(run.warnings());
        if (run.reason() != null) {
            warnings.add(0, run.status().wireName() + ": " + run.reason());
        }
        return new Summary(
                Defaults.SUMMARY_SCHEMA_VERSION,
                run.runId(),
                run.status().wireName(),
                plan == null ? null : plan.pattern(),
                plan == null ? null : plan.tool(),
                plan == null ? null : plan.target(),
                run.startedAt(),
                run.finishedAt(),
                plan == null ? null : plan.targetRps(),
                metrics == null ? null : metrics.achievedRps(),
                metrics == null
                        ? null
                        : new Summary.Requests(
                                metrics.requests(),
                                metrics.failed(),
                                metrics.errorRate(),
                                metrics.byStatus(),
                                metrics.scenarioErrors()),
                execution == null
                        ? null
                        : new Summary.Latency(
                                noLoad == null ? null : new Summary.NoLoad(noLoad.p50(), noLoad.p95(), noLoad.p99()),
                                underLoad(metrics.measuredLatencyMs())),
                metrics == null
                        ? null
                        : metrics.stages().stream()
                                .filter(s -> s.requests() > 0 || s.measured())
                                .map(s -> new Summary.StageEntry(
                                        s.name(),
                                        s.offeredRps(),
                                        s.achievedRps(),
                                        underLoad(s.latencyMs()),
                                        s.errorRate()))
                                .toList(),
                metrics == null
                        ? null
                        : metrics.endpoints().stream()
                                .map(e -> new Summary.EndpointEntry(
                                        e.method(), e.path(), e.requests(), underLoad(e.latencyMs()), e.errorRate()))
                                .toList(),
                metrics == null
                        ? null
                        : metrics.groups().stream()
                                .map(g -> new Summary.GroupEntry(
                                        g.name(),
                                        g.flows(),
                                        g.requests(),
                                        g.rps(),
                                        underLoad(g.latencyMs()),
                                        g.errorRate()))
                                .toList(),
                capacity(run),
                run.analysis() == null
                        ? null
                        : run.analysis().capacity().bottlenecks().stream()
                                .map(b -> new Summary.Bottleneck(b.resource(), b.evidence(), b.atRps()))
                                .toList(),
                run.analysis() == null ? null : run.analysis().todos(),
                run.comparison() == null
                        ? null
                        : new Summary.Comparison(
                                run.comparison().result().baselineRunId(),
                                run.comparison().result().deltas(),
                                run.comparison().result().regressions()),
                agents,
                warnings,
                artifacts,
                run.sla() == null ? null : new Summary.SlaOutcome(!SlaCheck.breached(run.sla()), run.sla()),
                execution == null || execution.preflight() == null
                        ? null
                        : execution.preflight().failures().stream()
                                .map(f -> new Summary.FailsWithoutLoad(
                                        f.flow(), f.endpointKey(), f.status(), f.excerpt()))
                                .toList(),
                generator(run));
    }

    private static Summary.Generator generator(RunRecord run) {
        if (run.execution() == null || run.plan() == null) {
            return null;
        }
        GeneratorLimit limit =
                run.analysis() == null ? null : run.analysis().capacity().generatorLimit();
        LatencySummary worstLag = run.execution().run().metrics().stages().stream()
                .filter(StageMetrics::measured)
                .map(StageMetrics::schedule)
                .filter(s -> s != null && s.lagMs() != null)
                .map(ScheduleLag::lagMs)
                .max(java.util.Comparator.comparingDouble(LatencySummary::p95))
                .orElse(null);
        return new Summary.Generator(
                run.plan().connections(),
                limit != null,
                limit == null ? null : limit.limitedAtRps(),
                limit == null ? null : limit.heldRps(),
                limit == null ? List.of() : limit.reasons(),
                limit == null ? null : GeneratorLimit.ADVICE,
                underLoad(worstLag));
    }

    private static Summary.Capacity capacity(RunRecord run) {
        CapacityFigures figures = run.analysis() == null ? null : run.analysis().capacity();
        if (figures == null) {
            return new Summary.Capacity(null, null, null, null, null);
        }
        return new Summary.Capacity(
                figures.comfortableRps(),
                figures.maximumRps(),
                figures.breakingPointRps(),
                figures.criteria(),
                figures.model());
    }

    static Summary.UnderLoad underLoad(LatencySummary latency) {
        return latency == null
                ? null
                : new Summary.UnderLoad(
                        latency.min(),
                        latency.mean(),
                        latency.stddev(),
                        latency.p50(),
                        latency.p90(),
                        latency.p95(),
                        latency.p99(),
                        latency.p999(),
                        latency.max());
    }
}
