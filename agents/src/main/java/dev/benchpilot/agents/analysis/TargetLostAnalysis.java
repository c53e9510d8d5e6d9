package dev.benchpilot.agents.analysis;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.tools.analysis.Degradation;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of a run whose target died or refused every connection during the load. The failures after that
 * moment say nothing about how much load the target takes, so there are no breaking signals, no breaking point and
 * no capacity: one critical finding says what happened and when, the run's warnings follow, and the one todo is to
 * find out why the target went away.
 */
public final class TargetLostAnalysis {

    private TargetLostAnalysis() {}

    /** @param lost what showed the target was gone, with when ("the target's process (pid 4711) exited at 8.1 s") */
    public static Analysis of(AnalysisInput input, String lost) {
        List<Degradation.Row> degradation =
                Degradation.of(input.baseline().overall(), input.metrics().measuredLatencyMs());
        List<Finding> findings = new ArrayList<>();
        findings.add(
                new Finding("critical", "the target went away during the load", lost + "; the load was stopped there"));
        input.warnings().stream()
                .filter(w -> !w.contains(lost))
                .forEach(w -> findings.add(new Finding("warning", "noticed during the run", w)));
        String why = "not measured: the target went away during the load (" + lost + ")";
        CapacityFigures capacity = new CapacityFigures(
                null,
                null,
                null,
                why,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                input.observed().sources(),
                List.of());
        List<Todo> todos = List.of(new Todo(
                "bench-001",
                "Find out why the target stopped during the load (its log, exit status, "
                        + "the kernel's OOM killer) and run again",
                Recommendations.IMMEDIATE,
                1,
                "a run that measures the target's capacity",
                lost));
        List<String> narrative = List.of("The target went away during the load: " + lost + ". The load was stopped; "
                + input.metrics().requests()
                + " requests were sent until then. No breaking point or capacity is given: "
                + "failures after that moment measure a missing target, not its limits.");
        return new Analysis(degradation, findings, todos, narrative, capacity, AgentActivity.deterministic(0));
    }
}
