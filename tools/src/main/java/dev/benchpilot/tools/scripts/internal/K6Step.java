package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The code of one step inside a k6 flow function: its own block, so each step's constants stay local. */
final class K6Step {

    private K6Step() {}

    static String render(Step step, int number, String flow, boolean bearer) {
        String indent = "      ";
        StringBuilder js =
                new StringBuilder("    // ").append(number).append(". ").append(CommentText.safe(step.endpointKey()));
        if (step.probability() < 1) {
            js.append(" (in ")
                    .append(Decimals.plain(step.probability() * 100))
                    .append("% of journeys)\n")
                    .append("    if (Math.random() < ")
                    .append(Decimals.plain(step.probability()))
                    .append(") {\n");
        } else {
            js.append("\n    {\n");
        }
        for (Map.Entry<String, ValueSource> variable : new TreeMap<>(step.variables()).entrySet()) {
            js.append(indent)
                    .append("vars[")
                    .append(JsText.quote(variable.getKey()))
                    .append("] = ")
                    .append(value(variable.getValue(), "USERNAME", "PASSWORD"))
                    .append(";\n");
        }
        List<String> needs = StepNeeds.of(step, bearer);
        if (!needs.isEmpty()) {
            String names = "[" + needs.stream().map(JsText::quote).collect(Collectors.joining(", ")) + "]";
            js.append(indent)
                    .append("if (!has(vars, ")
                    .append(names)
                    .append(")) { // an earlier response did not give it: the journey ends here\n")
                    .append(indent)
                    .append("  scenarioError(")
                    .append(JsText.quote(step.endpointKey()))
                    .append(", ")
                    .append(JsText.quote(flow))
                    .append(", vars, ")
                    .append(names)
                    .append(");\n")
                    .append(indent)
                    .append("  return;\n")
                    .append(indent)
                    .append("}\n");
        }
        js.append(indent)
                .append("const res = http.request(")
                .append(JsText.quote(step.method().toUpperCase(java.util.Locale.ROOT)))
                .append(", BASE_URL + ")
                .append(template(step.pathTemplate()))
                .append(", ")
                .append(step.bodyTemplate() == null ? "null" : template(step.bodyTemplate()))
                .append(", {\n")
                .append(indent)
                .append("  headers: ")
                .append(headers(step, bearer))
                .append(",\n")
                .append(indent)
                .append("  tags: { name: ")
                .append(JsText.quote(step.endpointKey()))
                .append(", flow: ")
                .append(JsText.quote(flow))
                .append(" },\n")
                .append(indent)
                .append("  timeout: TIMEOUT,\n")
                .append(indent)
                .append("});\n")
                .append(indent)
                .append("check(res, { ")
                .append(JsText.quote(step.endpointKey() + " status < 400"))
                .append(": (r) => r.status > 0 && r.status < 400 });\n");
        if (!step.captures().isEmpty()) {
            js.append(indent)
                    .append("capture(res, vars, { ")
                    .append(new TreeMap<>(step.captures())
                            .entrySet().stream()
                                    .map(c -> JsText.quote(c.getKey()) + ": " + JsText.quote(c.getValue()))
                                    .collect(Collectors.joining(", ")))
                    .append(" });\n");
        }
        if (step.thinkAfter()) {
            js.append(indent).append("think();\n");
        }
        return js.append("    }\n").toString();
    }

    /**
     * A JavaScript expression drawing a value for {@code source}; credentials are the given expressions (shared with
     * Artillery).
     */
    static String value(ValueSource source, String username, String password) {
        if (source instanceof ValueSource.RandomInt r) {
            return Decimals.plain(r.min()) + " + Math.floor(Math.random() * "
                    + Decimals.plain((double) r.max() - r.min() + 1) + ")";
        }
        if (source instanceof ValueSource.RandomString s) {
            return "randomString(" + JsText.quote(s.prefix()) + ", " + s.length() + ")";
        }
        if (source instanceof ValueSource.OneOf o) {
            return "oneOf([" + o.values().stream().map(JsText::quote).collect(Collectors.joining(", ")) + "])";
        }
        return ((ValueSource.Credential) source).part() == ValueSource.Credential.Part.USERNAME ? username : password;
    }

    private static String template(String template) {
        return StepNeeds.templated(template) ? "render(" + JsText.quote(template) + ", vars)" : JsText.quote(template);
    }

    private static String headers(Step step, boolean bearer) {
        StringBuilder headers = new StringBuilder("{ Accept: 'application/json'");
        if (step.bodyTemplate() != null) {
            headers.append(", 'Content-Type': 'application/json'");
        }
        if (step.authenticated() && bearer) {
            headers.append(", Authorization: 'Bearer ' + vars[")
                    .append(JsText.quote(Step.TOKEN_VARIABLE))
                    .append("]");
        }
        headers.append(" }");
        return step.authenticated() && !bearer ? "Object.assign(" + headers + ", AUTH_HEADER)" : headers.toString();
    }
}
