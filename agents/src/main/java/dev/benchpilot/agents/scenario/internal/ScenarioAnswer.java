package dev.benchpilot.agents.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.agents.llm.LlmRole;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's scenario answer and turns it into flows. The model chooses flows, their weights, and which
 * endpoints each visits in which order with what probability; every step itself (path template, payload, captures)
 * is the one benchpilot builds from the detected endpoint ({@code catalogue}), so a payload always has the detected
 * shape. Rejected: JSON that is not the expected shape, an endpoint that was not detected or cannot be exercised, a
 * step whose id or token no earlier step of its flow captures, weights or probabilities out of range, and (unless
 * {@code writeExisting}) a PUT, PATCH or DELETE whose id did not come from a create (POST) earlier in its flow: that
 * would change data that existed before the run.
 *
 * <pre>{"flows": [{"name": "browsing", "description": "...", "weight": 60,
 *   "steps": [{"endpoint": "GET /api/products", "probability": 1.0}, ...]}]}</pre>
 */
public final class ScenarioAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}");
    static final int MAX_FLOWS = 8;
    static final int MAX_STEPS = 20;

    private ScenarioAnswer() {}

    /**
     * @param catalogue     the step benchpilot builds for each endpoint it can exercise, by endpoint key
     * @param unusable      why each other detected endpoint cannot be exercised, by endpoint key
     * @param staticAuth    whether a static auth header replaces the login
     */
    public static LlmRole.Checked<List<Flow>> check(
            String answer,
            List<Endpoint> detected,
            Map<String, Step> catalogue,
            Map<String, String> unusable,
            boolean staticAuth,
            boolean writeExisting) {
        List<String> errors = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(LlmRole.jsonOf(answer));
        } catch (Exception e) {
            return LlmRole.Checked.invalid(List.of("the answer is not JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        JsonNode flowsNode = root == null ? null : root.get("flows");
        if (flowsNode == null || !flowsNode.isArray() || flowsNode.isEmpty() || flowsNode.size() > MAX_FLOWS) {
            return LlmRole.Checked.invalid(List.of("expected {\"flows\": [...]} with 1 to " + MAX_FLOWS + " flows"));
        }
        Set<String> detectedKeys = new HashSet<>();
        detected.forEach(e -> detectedKeys.add(e.key()));
        List<Flow> flows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode flowNode : flowsNode) {
            String name = flowNode.path("name")
                    .asText("")
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-");
            if (name.isEmpty() || name.length() > 40 || !names.add(name)) {
                errors.add("every flow needs a distinct name of at most 40 characters (got '"
                        + flowNode.path("name").asText("") + "')");
                continue;
            }
            int weight = flowNode.path("weight").asInt(0);
            if (!flowNode.path("weight").isNumber() || weight < 1 || weight > 100) {
                errors.add("flow " + name + ": weight must be a whole number from 1 to 100");
            }
            JsonNode stepsNode = flowNode.path("steps");
            if (!stepsNode.isArray() || stepsNode.isEmpty() || stepsNode.size() > MAX_STEPS) {
                errors.add("flow " + name + ": needs 1 to " + MAX_STEPS + " steps");
                continue;
            }
            List<Step> steps =
                    steps(name, stepsNode, detectedKeys, catalogue, unusable, staticAuth, writeExisting, errors);
            if (steps != null && weight >= 1 && weight <= 100) {
                flows.add(new Flow(name, flowNode.path("description").asText("").strip(), weight, steps));
            }
        }
        return errors.isEmpty() ? LlmRole.Checked.ok(flows) : LlmRole.Checked.invalid(errors);
    }

    private static List<Step> steps(
            String flow,
            JsonNode stepsNode,
            Set<String> detectedKeys,
            Map<String, Step> catalogue,
            Map<String, String> unusable,
            boolean staticAuth,
            boolean writeExisting,
            List<String> errors) {
        List<Step> steps = new ArrayList<>();
        Map<String, String> defined = new LinkedHashMap<>();
        int before = errors.size();
        int number = 0;
        for (JsonNode stepNode : stepsNode) {
            number++;
            String key = normaliseKey(stepNode.path("endpoint").asText(""));
            String where = "flow " + flow + " step " + number + " (" + key + ")";
            Step template = catalogue.get(key);
            if (!detectedKeys.contains(key)) {
                errors.add(where + ": not a detected endpoint; use one of " + String.join(", ", catalogue.keySet()));
                continue;
            }
            if (template == null) {
                errors.add(
                        where + ": cannot be exercised: " + unusable.getOrDefault(key, "no step can be built for it"));
                continue;
            }
            double probability =
                    stepNode.has("probability") ? stepNode.path("probability").asDouble(-1) : 1.0;
            if (!(probability > 0 && probability <= 1)) {
                errors.add(where + ": probability must be in (0, 1]");
                continue;
            }
            boolean loggedIn = defined.containsKey(Step.TOKEN_VARIABLE);
            for (String needed : needs(template)) {
                if (!defined.containsKey(needed)) {
                    errors.add(where + ": needs {{" + needed + "}}, which no earlier step of the flow captures"
                            + producer(needed, catalogue)
                                    .map(p -> "; put " + p + " before it")
                                    .orElse(""));
                }
            }
            if (!writeExisting
                    && (template.method().equals("PUT")
                            || template.method().equals("PATCH")
                            || template.method().equals("DELETE"))) {
                java.util.Set<String> ids = template.targetIds();
                if (ids.isEmpty()) {
                    errors.add(where + ": changes data that existed before the run (no id of its own); leave it out");
                }
                for (String id : ids) {
                    String from = defined.get(id);
                    if (from != null && !from.startsWith("POST ")) {
                        errors.add(where + ": writes to {{" + id + "}}, which " + from
                                + " gave: data that existed before the run is only "
                                + "read; create the entity in this flow first"
                                + producer(id, catalogue, "POST ")
                                        .map(p -> " (" + p + ")")
                                        .orElse(""));
                    }
                }
            }
            if (template.authenticated() && !staticAuth && !loggedIn) {
                errors.add(where + ": needs auth; start the flow with the login step"
                        + producer(Step.TOKEN_VARIABLE, catalogue)
                                .map(p -> " (" + p + ")")
                                .orElse(""));
            }
            steps.add(new Step(
                    template.endpointKey(),
                    template.method(),
                    template.pathTemplate(),
                    probability,
                    template.bodyTemplate(),
                    template.variables(),
                    template.captures(),
                    template.authenticated() || loggedIn,
                    template.thinkAfter()));
            template.variables().keySet().forEach(v -> defined.put(v, key));
            template.captures().keySet().forEach(v -> defined.put(v, key));
        }
        return errors.size() == before ? steps : null;
    }

    /** The variables a step uses that it does not draw itself. */
    public static Set<String> needs(Step step) {
        Set<String> needed = new HashSet<>();
        for (String text : new String[] {step.pathTemplate(), step.bodyTemplate()}) {
            if (text == null) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!step.variables().containsKey(m.group(1))) {
                    needed.add(m.group(1));
                }
            }
        }
        return needed;
    }

    private static java.util.Optional<String> producer(String variable, Map<String, Step> catalogue) {
        return producer(variable, catalogue, "");
    }

    private static java.util.Optional<String> producer(
            String variable, Map<String, Step> catalogue, String methodPrefix) {
        return catalogue.values().stream()
                .filter(s ->
                        s.captures().containsKey(variable) && s.endpointKey().startsWith(methodPrefix))
                .map(Step::endpointKey)
                .findFirst();
    }

    /** {@code get /api/x/} → {@code GET /api/x}. */
    static String normaliseKey(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        if (parts.length < 2) {
            return text.strip();
        }
        String path = parts[1].length() > 1 && parts[1].endsWith("/")
                ? parts[1].substring(0, parts[1].length() - 1)
                : parts[1];
        return parts[0].toUpperCase(Locale.ROOT) + " " + path;
    }
}
