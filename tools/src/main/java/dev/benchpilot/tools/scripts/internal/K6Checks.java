package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.analysis.Sla;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a k6 script checks besides its requests: {@code options.thresholds} from the run's SLA (k6 then exits 99
 * when one is crossed), and a {@code setup()} that refuses to start the load when the journeys' auth cannot work.
 */
final class K6Checks {

    private K6Checks() {}

    /** The {@code thresholds: {...},} entry of {@code options}, or nothing without an SLA. */
    static String thresholds(Sla sla) {
        if (sla == null || sla.clauses().isEmpty()) {
            return "";
        }
        Map<String, List<String>> byMetric = new LinkedHashMap<>();
        for (Sla.Clause clause : sla.clauses()) {
            String metric = clause.isLatency()
                    ? "http_req_duration"
                    : clause.metric().equals("errors") ? "http_req_failed" : "http_reqs";
            byMetric.computeIfAbsent(metric, m -> new ArrayList<>()).add(expression(clause));
        }
        StringBuilder js =
                new StringBuilder("  // From --sla: k6 exits with code 99 when one is crossed.\n  thresholds: {\n");
        byMetric.forEach((metric, expressions) -> js.append("    ")
                .append(metric)
                .append(": [")
                .append(expressions.stream().map(JsText::quote).collect(Collectors.joining(", ")))
                .append("],\n"));
        return js.append("  },\n").toString();
    }

    /** One clause in k6's threshold language: {@code p(95)<200}, {@code avg<100}, {@code rate<0.01}. */
    static String expression(Sla.Clause clause) {
        String aggregate = switch (clause.metric()) {
            case "p999" -> "p(99.9)";
            case "mean" -> "avg";
            case "max" -> "max";
            case "errors", "rps" -> "rate";
            default -> "p(" + clause.metric().substring(1) + ")";
        };
        return aggregate + clause.operator() + Decimals.plain(clause.threshold());
    }

    /**
     * {@code setup()}, run once before the load: stops the test with a clear message when flows need the static header
     * or a test user that the environment does not give, and logs in once so wrong credentials fail here rather than
     * as a run of errors. Nothing when no flow is authenticated.
     */
    static String setup(ScenarioSet scenarios) {
        boolean staticAuth = StepNeeds.usesStaticAuth(scenarios);
        Optional<Step> login = scenarios.flows().stream()
                .filter(Flow::logsIn)
                .flatMap(f -> f.steps().stream())
                .filter(s -> s.captures().containsKey(Step.TOKEN_VARIABLE))
                .findFirst();
        if (!staticAuth && login.isEmpty()) {
            return "";
        }
        StringBuilder js = new StringBuilder(
                        "\n// Runs once before the load: the journeys' auth must work, or the test stops here.\n")
                .append("export function setup() {\n");
        if (staticAuth) {
            js.append("  if (!AUTH_HEADER) {\n")
                    .append("    throw new Error('set -e BENCHPILOT_AUTH_HEADER=\"Authorization: Bearer ...\": some "
                            + "flows call endpoints that need auth');\n")
                    .append("  }\n");
        }
        login.ifPresent(step -> {
            boolean drawsUser = step.variables().values().stream().anyMatch(v -> v instanceof ValueSource.Credential);
            if (drawsUser) {
                js.append("  if (!USERNAME) {\n")
                        .append("    throw new Error('set -e BENCHPILOT_USERNAME=... -e BENCHPILOT_PASSWORD=...: "
                                + "members log in first');\n")
                        .append("  }\n");
            }
            js.append("  const vars = {};\n");
            for (Map.Entry<String, ValueSource> variable : new TreeMap<>(step.variables()).entrySet()) {
                js.append("  vars[")
                        .append(JsText.quote(variable.getKey()))
                        .append("] = ")
                        .append(K6Step.value(variable.getValue(), "USERNAME", "PASSWORD"))
                        .append(";\n");
            }
            String body =
                    step.bodyTemplate() == null ? "null" : "render(" + JsText.quote(step.bodyTemplate()) + ", vars)";
            js.append("  const res = http.request(")
                    .append(JsText.quote(step.method().toUpperCase(Locale.ROOT)))
                    .append(", BASE_URL + render(")
                    .append(JsText.quote(step.pathTemplate()))
                    .append(", vars), ")
                    .append(body)
                    .append(", {\n    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },\n")
                    .append("    tags: { name: 'setup: ' + ")
                    .append(JsText.quote(step.endpointKey()))
                    .append(" },\n    timeout: TIMEOUT,\n  });\n")
                    .append("  capture(res, vars, { ")
                    .append(JsText.quote(Step.TOKEN_VARIABLE))
                    .append(": ")
                    .append(JsText.quote(step.captures().get(Step.TOKEN_VARIABLE)))
                    .append(" });\n")
                    .append("  if (!vars[")
                    .append(JsText.quote(Step.TOKEN_VARIABLE))
                    .append("]) {\n")
                    .append("    throw new Error('login at ' + ")
                    .append(JsText.quote(step.endpointKey()))
                    .append(" + ' gave status ' + res.status + ' and no token: check the test user');\n")
                    .append("  }\n");
        });
        return js.append("}\n").toString();
    }
}
