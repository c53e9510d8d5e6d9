package dev.benchpilot.agents.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.llm.LlmRole;
import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import dev.benchpilot.tools.analysis.StressSearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stress search's rate chosen by a model (scripted, through the real OpenAI client), inside the open bracket or not
 * at all.
 */
class LlmExecutionAgentTest {

    static final StressBounds BOUNDS = new StressBounds(20, 200, Duration.ofMinutes(3), null);
    static final List<StressSearch.Step> BRACKET = List.of(
            new StressSearch.Step(20, true, List.of()),
            new StressSearch.Step(40, false, List.of("p95 31 ms > 2x no-load p95 9 ms")));

    private static LlmExecutionAgent.ModelPicker picker(ScriptedOpenAiServer server, List<String> steps) {
        ModelConfig config =
                ModelConfig.resolve("openai:test-model", Map.of(ModelConfig.ENV_BASE_URL, server.baseUrl()), Map.of());
        return new LlmExecutionAgent.ModelPicker(
                new LlmRole(config, LlmExecutionAgent.PROMPT), new ExecutionListener() {
                    @Override
                    public void onStep(String description) {
                        steps.add(description);
                    }
                });
    }

    @Test
    void a_rate_inside_the_open_bracket_is_offered_next() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenToolCall("searchSteps", "{}")
                    .thenText("{\"nextRps\": 35, \"why\": \"the break at 40 was marginal\"}");
            List<String> progress = new ArrayList<>();
            LlmExecutionAgent.ModelPicker picker = picker(server, progress);

            assertThat(picker.choose(List.of(), 20, BOUNDS, null))
                    .as("the first rate is the orchestrator's")
                    .isEqualTo(20);
            assertThat(server.requests()).isEmpty();
            assertThat(picker.choose(BRACKET, 30, BOUNDS, null)).isEqualTo(35);
            assertThat(progress).containsExactly("llm:openai/test-model chose 35 rps (the bisection would offer 30)");
            AgentActivity activity = picker.activity(AgentActivity.deterministic(3));
            assertThat(activity.implementation()).isEqualTo("llm:openai/test-model");
            assertThat(activity.toolCalls()).isEqualTo(4);
            assertThat(server.requests().get(0))
                    .contains("execution orchestrator, version 1", "\"searchSteps\"", "\"lastStep\"");
            assertThat(server.requests().get(1)).as("the steps reach the model").contains("\\\"offeredRps\\\":40.0");
        }
    }

    @Test
    void a_rate_outside_the_bracket_twice_hands_the_rest_of_the_search_to_the_bisection() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText("{\"nextRps\": 45}").thenText("{\"nextRps\": 20}");
            LlmExecutionAgent.ModelPicker picker = picker(server, new ArrayList<>());

            assertThat(picker.choose(BRACKET, 30, BOUNDS, null)).isEqualTo(30);
            assertThat(server.requests().get(1)).contains("nextRps must be below 40 rps, the lowest rate that broke");
            assertThat(picker.choose(BRACKET, 25, BOUNDS, null)).isEqualTo(25);
            assertThat(server.requests())
                    .as("no more questions after the fallback")
                    .hasSize(2);
            AgentActivity activity = picker.activity(AgentActivity.deterministic(3));
            assertThat(activity.implementation()).isEqualTo("deterministic");
            assertThat(activity.fallbackReason())
                    .startsWith("step 3: invalid answer after one repair attempt")
                    .contains("nextRps must be above 20 rps, the highest rate that held", "20 rps was measured already")
                    .endsWith("the bisection chose that rate and the ones after it");
        }
    }
}
