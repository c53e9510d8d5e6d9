package dev.benchpilot.agents.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.Step;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ScenarioAgent} promises, checked on the deterministic agent and on the LLM agent (through
 * LangChain4j's real client against a scripted local server, on an answer it accepts, not on its fallback).
 */
class ScenarioAgentContractTest {

    private static ScenarioDraft design(String implementation) throws Exception {
        ScenarioRequest request =
                new ScenarioRequest(DeterministicScenarioAgentTest.shop(), LoadPattern.BASELINE, 50, true);
        if (implementation.equals("deterministic")) {
            return new DeterministicScenarioAgent().design(request);
        }
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenToolCall("listEndpoints", "{}").thenText(LlmScenarioAgentTest.VALID);
            ModelConfig config = ModelConfig.resolve(
                            "openai:test-model", Map.of(ModelConfig.ENV_BASE_URL, server.baseUrl()), Map.of())
                    .withTimeout(Duration.ofSeconds(10));
            ScenarioDraft draft = new LlmScenarioAgent(config).design(request);
            assertThat(draft.activity().fallbackReason())
                    .as("the model's answer was used")
                    .isNull();
            return draft;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "llm"})
    void flows_use_only_detected_endpoints_with_their_method_and_path(String implementation) throws Exception {
        ScenarioDraft draft = design(implementation);
        Map<String, Endpoint> detected = DeterministicScenarioAgentTest.shop().stream()
                .collect(Collectors.toMap(Endpoint::key, e -> e, (a, b) -> a));

        assertThat(draft.scenarios().flows()).isNotEmpty();
        for (Flow flow : draft.scenarios().flows()) {
            assertThat(flow.steps()).as(flow.name()).isNotEmpty();
            assertThat(flow.weight()).as(flow.name()).isPositive();
            for (Step step : flow.steps()) {
                assertThat(detected).as(flow.name()).containsKey(step.endpointKey());
                Endpoint endpoint = detected.get(step.endpointKey());
                assertThat(step.method()).isEqualTo(endpoint.method());
                assertThat(shape(step.pathTemplate()))
                        .as("%s fills the endpoint's path parameters", step.endpointKey())
                        .isEqualTo(shape(endpoint.path()));
                assertThat(step.probability()).isGreaterThan(0).isLessThanOrEqualTo(1);
            }
        }
    }

    /** A path with each parameter, {@code {id}} or a step's {@code {{productId}}}, as {@code {}}. */
    private static String shape(String path) {
        return path.replaceAll("\\{\\{[^}]+}}", "{}").replaceAll("\\{[^}]+}", "{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "llm"})
    void a_step_that_needs_auth_is_sent_signed_in_and_flow_names_are_unique(String implementation) throws Exception {
        ScenarioDraft draft = design(implementation);
        Set<String> protectedKeys = DeterministicScenarioAgentTest.shop().stream()
                .filter(e -> Boolean.TRUE.equals(e.authRequired()))
                .map(Endpoint::key)
                .collect(Collectors.toSet());

        List<String> names = draft.scenarios().flows().stream().map(Flow::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        draft.scenarios().flows().stream()
                .flatMap(flow -> flow.steps().stream())
                .filter(step -> protectedKeys.contains(step.endpointKey()))
                .forEach(step ->
                        assertThat(step.authenticated()).as(step.endpointKey()).isTrue());
        assertThat(draft.activity()).isNotNull();
        assertThat(draft.activity().implementation()).startsWith(implementation);
    }
}
