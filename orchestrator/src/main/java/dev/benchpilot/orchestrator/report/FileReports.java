package dev.benchpilot.orchestrator.report;

import dev.benchpilot.agents.execution.ExecutionReport;
import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.orchestrator.workflow.RunRecord;
import dev.benchpilot.orchestrator.workflow.RunReports;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.tools.scripts.ScriptSpec;
import dev.benchpilot.tools.scripts.ScriptWriter;
import dev.benchpilot.tools.scripts.ScriptWriters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes every artifact docs/design.md names into the run's workspace, phase by phase. */
public final class FileReports implements RunReports {

    static final String SUMMARY = "summary.json";
    static final String FINAL_REPORT = "final-benchmark-report.md";
    static final String TODOS = "todos.md";
    static final String CAPACITY_PLAN = "capacity-plan.md";

    @Override
    public void planned(RunRecord run) {
        Plan plan = run.plan();
        run.workspace().writeJson("endpoints.json", plan.detection());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runId", plan.runId());
        json.put("target", plan.target());
        json.put("pattern", plan.pattern());
        json.put("tool", plan.tool());
        json.put("toolReason", plan.toolReason());
        json.put("workers", plan.workers());
        json.put("connections", plan.connections());
        json.put("targetRps", plan.targetRps());
        json.put("users", plan.usersView());
        json.put("writes", plan.writes());
        json.put("durationSeconds", plan.duration().toSeconds());
        json.put(
                "sla",
                plan.sla() == null
                        ? null
                        : plan.sla().clauses().stream().map(c -> c.text()).toList());
        json.put("profile", plan.profile());
        json.put("health", plan.health());
        json.put("scenarios", plan.scenarios().scenarios());
        json.put("skipped", plan.scenarios().skipped());
        json.put("notUnderstood", plan.detection().notUnderstood());
        json.put(
                "expectedRpsByEndpoint",
                ScenarioViews.expectedRps(plan.scenarios().scenarios(), plan.targetRps()));
        run.workspace().writeJson("plan.json", json);
    }

    @Override
    public void scenariosWritten(RunRecord run) {
        Plan plan = run.plan();
        Map<String, Object> view = ScenarioViews.of(plan);
        run.workspace().writeText("test-scenarios.md", Templates.render("test-scenarios.md", view));
        run.workspace().writeText("setup.md", Templates.render("setup.md", view));
        ScriptSpec spec = new ScriptSpec(
                plan.target(),
                plan.scenarios().scenarios(),
                plan.profile(),
                dev.benchpilot.orchestrator.workflow.Defaults.REQUEST_TIMEOUT,
                plan.sla(),
                plan.workers());
        for (ScriptWriter writer : ScriptWriters.all()) {
            run.workspace().writeText(writer.fileName(), writer.write(spec));
            for (var companion : writer.companionFiles(spec).entrySet()) {
                run.workspace().writeText(companion.getKey(), companion.getValue());
            }
        }
    }

    @Override
    public void executed(RunRecord run) {
        ExecutionReport execution = run.execution();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("runId", run.runId());
        results.put("engine", execution.run().engine());
        results.put("noLoadBaseline", execution.baseline());
        results.put("load", execution.run().metrics());
        results.put("warnings", execution.run().warnings());
        run.workspace().writeJson("results.json", results);
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("pattern", run.plan().pattern());
        stages.put("stages", execution.run().metrics().stages());
        stages.put("intervals", execution.run().metrics().intervals());
        run.workspace().writeJson("phase-2-" + run.plan().pattern() + "-test.json", stages);
    }

    @Override
    public void analyzed(RunRecord run) {
        run.workspace()
                .writeText(
                        "phase-3-analysis.md", Templates.render("phase-3-analysis.md", ResultViews.of(run, List.of())));
    }

    /**
     * The charts the run has data for; none (and a run warning, in summary.json and the report) if drawing fails, so the reports still get
     * written.
     */
    private static List<String> charts(RunRecord run) {
        try {
            return Charts.write(run.execution(), run.workspace().directory());
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            run.warn("charts not drawn: " + e.getMessage());
            return List.of();
        }
    }

    @Override
    public void finished(RunRecord run) {
        RunWorkspace workspace = run.workspace();
        boolean measured = run.plan() != null && run.execution() != null;
        if (run.execution() == null && !run.liveIntervals().isEmpty()) {
            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("runId", run.runId());
            partial.put("partial", true);
            partial.put("reason", run.reason());
            partial.put("intervals", run.liveIntervals());
            workspace.writeJson("results.json", partial);
        }
        TreeSet<String> artifacts = new TreeSet<>(workspace.artifacts());
        artifacts.add(SUMMARY);
        if (measured) {
            artifacts.add(FINAL_REPORT);
            artifacts.add(TODOS);
            if (run.analysis() != null) {
                artifacts.add(CAPACITY_PLAN);
            }
            List<String> charts = charts(run);
            artifacts.addAll(charts);
            artifacts.add(HtmlReport.FILE);
            artifacts.add(PdfReport.FILE);
            Map<String, Object> view = ResultViews.of(run, List.copyOf(artifacts));
            view.put("charts", charts);
            String report = Templates.render(FINAL_REPORT, view);
            workspace.writeText(FINAL_REPORT, report);
            try {
                workspace.writeText(
                        HtmlReport.FILE,
                        HtmlReport.render(
                                report,
                                "benchpilot " + run.runId(),
                                charts.stream()
                                        .map(workspace.directory()::resolve)
                                        .toList()));
            } catch (java.io.IOException e) {
                artifacts.remove(HtmlReport.FILE);
            }
            try {
                PdfReport.write(
                        workspace.directory().resolve(PdfReport.FILE),
                        report,
                        "benchpilot " + run.runId(),
                        charts.stream().map(workspace.directory()::resolve).toList());
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                artifacts.remove(PdfReport.FILE);
                run.warn("report.pdf not written: " + e.getMessage());
            }
            if (run.analysis() != null) {
                workspace.writeText(TODOS, Templates.render(TODOS, view));
                workspace.writeText(CAPACITY_PLAN, Templates.render(CAPACITY_PLAN, view));
            } else {
                artifacts.remove(TODOS);
            }
        }
        workspace.writeJson(SUMMARY, SummaryBuilder.from(run, List.copyOf(artifacts)));
    }
}
