package dev.benchpilot.agents.scenario;

import dev.benchpilot.agents.llm.LlmRole;
import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.scenario.internal.ScenarioAnswer;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario generator on a model (the reference's {@code api-load-test-generator}): it reads the detected
 * endpoints through its tools and answers with weighted flows. Each step is built by benchpilot from the detected
 * endpoint, as the deterministic agent builds it, so payloads keep the detected shapes and ids come from list
 * responses; the model decides which flows, their weights, order and probabilities. An answer that names an
 * endpoint that was not detected, or leaves a step without the id or token it needs, gets one repair attempt;
 * then the deterministic agent's flows are used and the reason is reported.
 */
public final class LlmScenarioAgent implements ScenarioAgent {

    static final String PROMPT = "scenario-generator.v2.md";

    private final LlmRole role;
    private final DeterministicScenarioAgent fallback = new DeterministicScenarioAgent();

    public LlmScenarioAgent(ModelConfig config) {
        this.role = new LlmRole(config, PROMPT);
    }

    @Override
    public ScenarioDraft design(ScenarioRequest request) {
        ScenarioDraft reference = fallback.design(request);
        Map<String, Step> catalogue = catalogue(reference.scenarios());
        Map<String, String> unusable = new LinkedHashMap<>();
        for (String skipped : reference.skipped()) {
            int colon = skipped.indexOf(": ");
            if (colon > 0) {
                unusable.put(skipped.substring(0, colon), skipped.substring(colon + 2));
            }
        }
        Tools tools = new Tools(request.endpoints(), catalogue, unusable);
        LlmRole.Outcome<List<Flow>> outcome = role.run(
                requestText(request),
                tools,
                answer -> ScenarioAnswer.check(
                        answer,
                        request.endpoints(),
                        catalogue,
                        unusable,
                        request.hasAuthHeader(),
                        request.writeExisting()));
        if (outcome.value() == null) {
            return new ScenarioDraft(reference.scenarios(), reference.skipped(), outcome.activity(role.config(), 0));
        }
        List<String> notes = new ArrayList<>(reference.scenarios().notes().stream()
                .filter(n -> !n.startsWith(WriteSummary.PREFIX))
                .toList());
        notes.add(WriteSummary.of(outcome.value(), request.writeExisting()));
        notes.add("flows designed by " + role.config().implementation()
                + " from the detected endpoints; steps and payloads built by benchpilot");
        ScenarioSet scenarios =
                new ScenarioSet(outcome.value(), reference.scenarios().thinkTime(), notes);
        List<String> skipped = new ArrayList<>(reference.skipped());
        List<String> used = outcome.value().stream()
                .flatMap(f -> f.steps().stream())
                .map(Step::endpointKey)
                .distinct()
                .toList();
        catalogue.keySet().stream()
                .filter(k -> !used.contains(k))
                .forEach(k -> skipped.add(k + ": left out by the scenario agent"));
        return new ScenarioDraft(scenarios, skipped, outcome.activity(role.config(), 0));
    }

    private static String requestText(ScenarioRequest request) {
        return "Design the user flows for a " + request.pattern().name().toLowerCase(java.util.Locale.ROOT)
                + " test at "
                + request.targetRps() + " requests/s. " + request.endpoints().size() + " endpoints were detected; "
                + (request.hasAuthHeader()
                        ? "a static auth header is sent, so flows need no login. "
                        : request.hasCredentials()
                                ? "a test user is given, so member flows log in first. "
                                : "no test user is given. ")
                + "Call listEndpoints first. Answer with the JSON object only.";
    }

    /**
     * One step per endpoint benchpilot can exercise: the first as the deterministic agent built it, anonymous first.
     */
    static Map<String, Step> catalogue(ScenarioSet reference) {
        Map<String, Step> catalogue = new LinkedHashMap<>();
        for (Flow flow : reference.flows()) {
            for (Step step : flow.steps()) {
                Step known = catalogue.get(step.endpointKey());
                if (known == null || (known.authenticated() && !step.authenticated())) {
                    catalogue.put(step.endpointKey(), step);
                }
            }
        }
        return catalogue;
    }

    /** The scenario agent's tools: they only read the detection result and the steps benchpilot can build. */
    static final class Tools {

        private final List<Endpoint> endpoints;
        private final Map<String, Step> catalogue;
        private final Map<String, String> unusable;

        Tools(List<Endpoint> endpoints, Map<String, Step> catalogue, Map<String, String> unusable) {
            this.endpoints = endpoints;
            this.catalogue = catalogue;
            this.unusable = unusable;
        }

        @Tool("The detected endpoints: key (METHOD /path), whether auth is needed, whether a flow can use it and "
                + "why not")
        public String listEndpoints() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Endpoint endpoint : endpoints) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("endpoint", endpoint.key());
                row.put("authRequired", endpoint.requiresAuth());
                row.put("hasBody", endpoint.requestBody() != null);
                Step step = catalogue.get(endpoint.key());
                row.put("usable", step != null);
                if (step != null) {
                    row.put("captures", step.captures().keySet());
                    row.put("needs", ScenarioAnswer.needs(step));
                } else {
                    row.put("whyNot", unusable.getOrDefault(endpoint.key(), "no step can be built for it"));
                }
                rows.add(row);
            }
            return LlmRole.toolResult(rows);
        }

        @Tool("One endpoint in detail: its parameters, request body sample and the step benchpilot builds for it")
        public String endpointDetails(@P("the endpoint key, such as GET /api/products/{id}") String endpoint) {
            for (Endpoint candidate : endpoints) {
                if (candidate.key().equalsIgnoreCase(endpoint.strip())) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("endpoint", candidate.key());
                    row.put("parameters", candidate.parameters());
                    row.put(
                            "requestBodySample",
                            candidate.requestBody() == null
                                    ? null
                                    : candidate.requestBody().sample());
                    Step step = catalogue.get(candidate.key());
                    row.put("stepPath", step == null ? null : step.pathTemplate());
                    row.put("stepBody", step == null ? null : step.bodyTemplate());
                    return LlmRole.toolResult(row);
                }
            }
            return "no detected endpoint " + endpoint + "; call listEndpoints";
        }
    }
}
