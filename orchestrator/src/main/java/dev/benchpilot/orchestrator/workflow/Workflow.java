package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.agents.analysis.AnalysisInput;
import dev.benchpilot.agents.analysis.Observations;
import dev.benchpilot.agents.analysis.TargetLostAnalysis;
import dev.benchpilot.agents.execution.ExecutionListener;
import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.agents.execution.ExecutionRequest;
import dev.benchpilot.agents.execution.StressBounds;
import dev.benchpilot.orchestrator.history.RunHistory;
import dev.benchpilot.tools.analysis.GeneratorLimit;
import dev.benchpilot.tools.analysis.PercentileBand;
import dev.benchpilot.tools.analysis.RunComparison;
import dev.benchpilot.tools.analysis.SlaCheck;
import dev.benchpilot.tools.analysis.TargetSample;
import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.metrics.IntervalMetrics;
import dev.benchpilot.tools.metrics.LoadMetrics;
import dev.benchpilot.tools.monitor.TargetWatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The /benchmark workflow: plan, checkpoint, scenarios, execute, analyze, report. The run's state is
 * persisted after every phase and every phase is announced to the listener. Checks that need no
 * workspace (arguments, endpoints, target health) come first and throw; after that every outcome,
 * including a failure, leaves a readable workspace.
 */
public final class Workflow {

    private final Agents agents;
    private final TargetPolicy policy;
    private final RunReports reports;

    public Workflow(Agents agents, TargetPolicy policy, RunReports reports) {
        this.agents = agents;
        this.policy = policy;
        this.reports = reports;
    }

    public RunOutcome run(BenchmarkRequest request, Checkpoint checkpoint, WorkflowListener listener) {
        Planner planner = new Planner(policy, agents.scenario());
        Planner.Prepared prepared = planner.prepare(request);
        RunRecord run = new RunRecord(RunWorkspace.create(request.workspace()));
        RunJournal journal = new RunJournal(run, request, reports, listener);
        try (journal) {
            return published(
                    phases(run, journal, planner, prepared, request, checkpoint, listener), run, request, journal);
        }
    }

    private RunOutcome phases(
            RunRecord run,
            RunJournal journal,
            Planner planner,
            Planner.Prepared prepared,
            BenchmarkRequest request,
            Checkpoint checkpoint,
            WorkflowListener listener) {
        try {
            Steps steps = new Steps(run, journal, planner, prepared, request);
            steps.plan();
            RunOutcome.Cancelled cancelled = steps.confirm(checkpoint, listener);
            if (cancelled != null) {
                return journal.end(cancelled);
            }
            steps.scenarios();
            ExecutionReport execution = steps.execute();
            steps.analyze(execution);
            return steps.report(execution);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return journal.end(
                    new RunOutcome.Aborted(run.runId(), run.workspace().directory(), "interrupted"));
        } catch (EngineException | RuntimeException e) {
            String reason =
                    e instanceof UsageException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return journal.end(
                    new RunOutcome.Failed(run.runId(), run.workspace().directory(), reason));
        }
    }

    /** The ended run published where the request says (Pushgateway, webhook); a failure there is only a warning. */
    private static RunOutcome published(
            RunOutcome outcome, RunRecord run, BenchmarkRequest request, RunJournal journal) {
        var histograms = run.execution() == null ? null : run.execution().run().histograms();
        request.options()
                .publish()
                .publish(
                        run.workspace().directory(),
                        histograms == null ? null : histograms.measured(),
                        request.historyKey(),
                        journal::warn);
        return outcome;
    }

    /** One run's phases, one method each, over the state they pass on: the request (adjusted) and the plan. */
    private final class Steps {
        private final RunRecord run;
        private final RunJournal journal;
        private final Planner planner;
        private final Planner.Prepared prepared;
        private BenchmarkRequest request;
        private Plan plan;

        Steps(RunRecord run, RunJournal journal, Planner planner, Planner.Prepared prepared, BenchmarkRequest request) {
            this.run = run;
            this.journal = journal;
            this.planner = planner;
            this.prepared = prepared;
            this.request = request;
        }

        /** Phase 0: the plan, with the flows drafted, written to plan.json. */
        void plan() {
            journal.started(Phase.PLAN);
            if (prepared.tool().warning() != null) {
                journal.warn(prepared.tool().warning());
            }
            plan = planner.plan(run.runId(), request, prepared);
            run.plan(plan);
            notUnderstood(plan.detection().notUnderstood(), journal);
            reports.planned(run);
            journal.finished(
                    Phase.PLAN,
                    plan.detection().endpoints().size() + " endpoints, "
                            + plan.scenarios().scenarios().flows().size() + " flows, " + plan.tool() + ", "
                            + plan.profile().stages().size() + " stage(s)");
        }

        /**
         * The checkpoint, asked until it says execute or cancel; an adjustment is checked ({@link Adjustment}) and
         * re-planned, or kept out with a warning. Returns the cancelled outcome, or null to go on.
         */
        RunOutcome.Cancelled confirm(Checkpoint checkpoint, WorkflowListener listener) throws InterruptedException {
            journal.status(RunStatus.AWAITING_CONFIRMATION, null);
            while (true) {
                listener.onEvent(new WorkflowEvent.CheckpointReached(run.runId(), plan));
                Checkpoint.Decision decision = checkpoint.decide(plan);
                if (decision instanceof Checkpoint.Decision.Cancel cancel) {
                    return new RunOutcome.Cancelled(run.runId(), run.workspace().directory(), cancel.reason());
                }
                if (decision instanceof Checkpoint.Decision.Adjust adjust) {
                    adjust(adjust);
                } else {
                    return null;
                }
            }
        }

        private void adjust(Checkpoint.Decision.Adjust asked) {
            Checkpoint.Decision.Adjust adjust;
            try {
                adjust = Adjustment.check(asked, plan);
            } catch (Adjustment.Rejected e) {
                journal.warn("adjustment not applied, plan unchanged: " + e.field() + ": " + e.reason());
                return;
            }
            request = request.withRate(adjust.rps(), adjust.duration());
            if (adjust.pattern() != null) {
                request = request.withPattern(adjust.pattern());
            }
            plan = planner.plan(run.runId(), request, prepared);
            run.plan(plan);
            reports.planned(run);
            journal.progress("re-planned: " + request.pattern().cliName() + ", "
                    + Planner.profile(request).stages().size() + " stage(s) at " + adjust.rps() + " rps for "
                    + adjust.duration().toSeconds() + "s");
        }

        /** Phase 1: the flows and the scripts written out. */
        void scenarios() {
            journal.status(RunStatus.RUNNING, null);
            journal.started(Phase.SCENARIOS);
            reports.scenariosWritten(run);
            journal.finished(Phase.SCENARIOS, "scenarios and scripts written");
        }

        /** Phase 2: pre-flight, no-load baseline and the load, through the execution agent. */
        ExecutionReport execute() throws InterruptedException, EngineException {
            journal.started(Phase.EXECUTE);
            LoadTest test = new LoadTest(
                    request.target(),
                    plan.scenarios().scenarios(),
                    plan.profile(),
                    request.credentials(),
                    run.workspace().directory(),
                    Defaults.REQUEST_TIMEOUT);
            ExecutionReport execution = agents.execution()
                    .execute(
                            new ExecutionRequest(
                                    test,
                                    prepared.engine(),
                                    Defaults.BASELINE_SAMPLES,
                                    bounds(),
                                    new TargetWatch(
                                            request.measure().pid(),
                                            request.measure().metricsUrl())),
                            executionListener(run, journal));
            execution.target().warnings().forEach(journal::warn);
            run.execution(execution);
            execution.run().warnings().forEach(journal::warn);
            if (execution.targetLost() != null) {
                journal.warn("the target went away during the load: " + execution.targetLost()
                        + "; the load was stopped, and the figures cover the load until then (not a breaking point)");
            }
            reports.executed(run);
            journal.finished(Phase.EXECUTE, execution.run().metrics().requests() + " requests");
            return execution;
        }

        private StressBounds bounds() {
            return plan.search() == null
                    ? null
                    : new StressBounds(
                            plan.search().startRps(),
                            plan.search().maxRps(),
                            plan.search().loadBudget(),
                            request.measure().sla() == null
                                    ? null
                                    : request.measure().sla().p95LimitMs());
        }

        /** Phase 3: the analysis agent's reading (or what a lost target leaves to say). */
        void analyze(ExecutionReport execution) {
            journal.status(RunStatus.ANALYZING, null);
            journal.started(Phase.ANALYZE);
            AnalysisInput input = analysisInput(execution);
            run.analysis(
                    execution.targetLost() != null
                            ? TargetLostAnalysis.of(input, execution.targetLost())
                            : agents.analysis().analyze(input));
            reports.analyzed(run);
            journal.finished(
                    Phase.ANALYZE,
                    run.analysis().findings().size() + " findings, "
                            + run.analysis().todos().size() + " todos");
        }

        private AnalysisInput analysisInput(ExecutionReport execution) {
            List<String> warnings = new ArrayList<>(run.warnings());
            plan.scenarios().skipped().forEach(s -> warnings.add("not exercised: " + s));
            return new AnalysisInput(
                    plan.profile(),
                    execution.baseline(),
                    execution.run().metrics(),
                    warnings,
                    execution.search(),
                    request.measure().growthPerMonth(),
                    new Observations(
                            execution.generatorCpu(),
                            execution.target().samples().stream()
                                    .map(s -> TargetSample.from(s, 0))
                                    .toList(),
                            execution.target().sources(),
                            execution.target().jfr() == null
                                    ? null
                                    : execution.target().jfr().evidence(),
                            execution.target().liveHeap()),
                    request.measure().sla(),
                    execution.preflight() == null
                            ? List.of()
                            : execution.preflight().failures());
        }

        /** Phase 4: the SLA, the comparison with the previous run, the reports, and the run stored in the history. */
        RunOutcome report(ExecutionReport execution) {
            journal.started(Phase.REPORT);
            RunHistory history = RunHistory.forWorkspace(request.workspace().resolve(Defaults.WORKSPACE_DIR));
            if (execution.targetLost() != null) {
                RunOutcome lost = journal.end(
                        new RunOutcome.TargetLost(run.runId(), run.workspace().directory(), execution.targetLost()));
                remember(history, run, request, journal);
                return lost;
            }
            boolean breached = slaBreached(execution.run().metrics());
            boolean regressed = compare(history, run, request);
            GeneratorLimit limit = run.analysis().capacity().generatorLimit();
            boolean generatorLimited =
                    limit != null && limit.limitedAtRps() <= run.plan().targetRps();
            if (generatorLimited) {
                journal.warn("GENERATOR-LIMITED: " + limit.describe());
            }
            RunOutcome outcome = journal.end(new RunOutcome.Completed(
                    run.runId(), run.workspace().directory(), breached || regressed, generatorLimited));
            remember(history, run, request, journal);
            return outcome;
        }

        private boolean slaBreached(LoadMetrics metrics) {
            if (request.measure().sla() == null) {
                return false;
            }
            run.sla(SlaCheck.check(
                    request.measure().sla(), metrics.measuredLatencyMs(), metrics.errorRate(), metrics.achievedRps()));
            return SlaCheck.breached(run.sla());
        }
    }

    /**
     * Route-like code the detection did not understand is said in the run's warnings (so in the report): each place
     * when there are a few, else how many and the first three, with the rest in plan.json.
     */
    private static void notUnderstood(List<String> places, RunJournal journal) {
        if (places.size() <= 5) {
            places.forEach(journal::warn);
        } else {
            journal.warn(places.size()
                    + " route-like places in the code were not understood and are not in the plan (first: "
                    + String.join(" | ", places.subList(0, 3)) + "); plan.json lists them all");
        }
    }

    /** Compares the run with the previous completed one of the same target and pattern; true on a regression. */
    private static boolean compare(RunHistory history, RunRecord run, BenchmarkRequest request) {
        LoadMetrics metrics = run.execution().run().metrics();
        var capacity = run.analysis().capacity();
        var latency = metrics.measuredLatencyMs();
        RunComparison.Figures current = new RunComparison.Figures(
                run.runId(),
                run.startedAt().toString(),
                metrics.achievedRps(),
                latency == null ? null : latency.p50(),
                latency == null ? null : latency.p95(),
                latency == null ? null : latency.p99(),
                metrics.errorRate(),
                capacity.breakingPointRps(),
                band(run, 95),
                band(run, 99));
        return history.previous(request.historyKey(), request.pattern().cliName(), run.runId())
                .map(previous -> {
                    RunComparison.Result result = RunComparison.compare(previous, current);
                    run.comparison(new RunRecord.Compared(previous, current, result));
                    return !result.regressions().isEmpty();
                })
                .orElse(false);
    }

    private static PercentileBand band(RunRecord run, double percentile) {
        var histograms = run.execution().run().histograms();
        return histograms == null ? null : PercentileBand.of(histograms.measured(), percentile);
    }

    /** Stores the finished run (its summary.json as written) in the history; a failure is a warning to the listener. */
    private static void remember(RunHistory history, RunRecord run, BenchmarkRequest request, RunJournal journal) {
        try {
            history.store(
                    RunWorkspace.JSON.readTree(
                            run.workspace().directory().resolve("summary.json").toFile()),
                    request.historyKey(),
                    run.execution() == null ? null : run.execution().run().histograms());
        } catch (java.io.IOException | RuntimeException e) {
            journal.warn("the run was not stored in the history: " + e.getMessage());
        }
    }

    private static ExecutionListener executionListener(RunRecord run, RunJournal journal) {
        return new ExecutionListener() {
            @Override
            public void onStep(String description) {
                journal.progress(description);
            }

            @Override
            public void onInterval(IntervalMetrics interval) {
                journal.interval(interval);
            }

            @Override
            public void onWarning(String message) {
                journal.warn(message);
            }
        };
    }
}
