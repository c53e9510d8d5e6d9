package dev.benchpilot.orchestrator.report;

import static dev.benchpilot.orchestrator.report.Formats.number;

import dev.benchpilot.orchestrator.workflow.Plan;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The view of the plan's scenarios: flows, steps, expected traffic per endpoint, the load profile. */
public final class ScenarioViews {

    private ScenarioViews() {}

    public static Map<String, Object> of(Plan plan) {
        ScenarioSet scenarios = plan.scenarios().scenarios();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("runId", plan.runId());
        view.put("target", plan.target());
        view.put("slaThresholds", plan.sla() != null);
        view.put("pattern", plan.pattern());
        view.put("tool", plan.tool());
        view.put("toolReason", plan.toolReason());
        view.put("connections", plan.connections());
        view.put("targetRps", number(plan.targetRps()));
        view.put("hasUsers", plan.users() != null);
        view.put("sizedByUsers", plan.users() == null ? "" : plan.users().description());
        view.put("workers", Math.max(plan.workers(), 2));
        view.put("duration", Formats.duration(plan.duration()));
        view.put(
                "thinkTime",
                scenarios.thinkTime().min().toMillis() + "–"
                        + scenarios.thinkTime().max().toMillis() + " ms");
        view.put("requestsPerUser", number(scenarios.expectedRequestsPerUser()));
        view.put("usersPerSecond", number(scenarios.usersPerSecondFor(plan.targetRps())));
        List<Map<String, Object>> flows = new ArrayList<>();
        for (Flow flow : scenarios.flows()) {
            List<Map<String, Object>> steps = new ArrayList<>();
            int index = 1;
            for (Step step : flow.steps()) {
                steps.add(Map.of(
                        "n",
                        index++,
                        "request",
                        step.method() + " " + step.pathTemplate(),
                        "probability",
                        Formats.percent(step.probability()),
                        "body",
                        step.bodyTemplate() == null ? "—" : "`" + step.bodyTemplate() + "`",
                        "captures",
                        step.captures().isEmpty() ? "—" : step.captures().toString(),
                        "auth",
                        !step.authenticated() ? "—" : flow.logsIn() ? "bearer token" : "static header"));
            }
            flows.add(Map.of(
                    "name",
                    flow.name(),
                    "description",
                    flow.description(),
                    "weight",
                    flow.weight(),
                    "share",
                    Formats.percent(scenarios.shareOf(flow)),
                    "steps",
                    steps));
        }
        view.put("flows", flows);
        view.put("expected", expectedRps(scenarios, plan.targetRps()));
        view.put(
                "stages",
                plan.profile().stages().stream().map(ScenarioViews::stage).toList());
        view.put("notes", scenarios.notes());
        view.put("skipped", plan.scenarios().skipped());
        view.put("hasSkipped", !plan.scenarios().skipped().isEmpty());
        view.put("endpointCount", plan.detection().endpoints().size());
        view.put("detectors", String.join(", ", plan.detection().detectors()));
        return view;
    }

    /** The scenarios as the Markdown of {@code test-scenarios.md}, for review at the checkpoint. */
    public static String markdown(Plan plan) {
        return Templates.render("test-scenarios.md", of(plan));
    }

    /** Requests per second each endpoint receives at {@code rps}: arriving users × flow share × step probability. */
    static List<Map<String, Object>> expectedRps(ScenarioSet scenarios, double rps) {
        double users = scenarios.usersPerSecondFor(rps);
        Map<String, Double> byEndpoint = new TreeMap<>();
        for (Flow flow : scenarios.flows()) {
            for (Step step : flow.steps()) {
                byEndpoint.merge(step.endpointKey(), users * scenarios.shareOf(flow) * step.probability(), Double::sum);
            }
        }
        return byEndpoint.entrySet().stream()
                .map(e -> Map.<String, Object>of(
                        "key", e.getKey(), "rps", number(e.getValue()), "share", Formats.percent(e.getValue() / rps)))
                .toList();
    }

    private static Map<String, Object> stage(Stage stage) {
        String rate = stage.isConstant()
                ? number(stage.startRps()) + " rps"
                : number(stage.startRps()) + " → " + number(stage.endRps()) + " rps";
        return Map.of(
                "name",
                stage.name(),
                "duration",
                Formats.duration(stage.duration()),
                "rate",
                rate,
                "measured",
                stage.measured() ? "yes" : "no (ramp / cool-down)");
    }
}
