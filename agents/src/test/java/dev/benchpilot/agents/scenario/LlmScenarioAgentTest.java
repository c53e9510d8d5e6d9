package dev.benchpilot.agents.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import dev.benchpilot.tools.scenario.Step;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The LLM scenario agent through LangChain4j's real OpenAI client against a local server replaying scripted
 * chat completions: tool calls, a valid answer, a repaired one, and every way of falling back.
 */
class LlmScenarioAgentTest {

    static final String VALID = """
            Here you are:
            ```json
            {"flows": [
              {"name": "browsing", "description": "visitors browse", "weight": 70,
               "steps": [{"endpoint": "GET /api/products", "probability": 1.0},
                         {"endpoint": "GET /api/products/{id}", "probability": 0.6}]},
              {"name": "buyer", "description": "members buy", "weight": 30,
               "steps": [{"endpoint": "POST /api/login"}, {"endpoint": "GET /api/products"},
                         {"endpoint": "POST /api/cart/add"}, {"endpoint": "POST /api/checkout"}]}]}
            ```""";

    static final String INVENTED = """
            {"flows": [{"name": "browsing", "weight": 100, "steps": [{"endpoint": "GET /api/orders"}]}]}""";

    private static ModelConfig config(ScriptedOpenAiServer server, Duration timeout, int retries) {
        return ModelConfig.resolve(
                        "openai:test-model",
                        Map.of(ModelConfig.ENV_BASE_URL, server.baseUrl(), ModelConfig.ENV_API_KEY, "sk-test-secret"),
                        Map.of())
                .withTimeout(timeout)
                .withMaxRetries(retries);
    }

    private static ScenarioDraft design(ScriptedOpenAiServer server) throws Exception {
        return design(server, Duration.ofSeconds(10), 2);
    }

    private static ScenarioDraft design(ScriptedOpenAiServer server, Duration timeout, int retries) throws Exception {
        return new LlmScenarioAgent(config(server, timeout, retries))
                .design(new ScenarioRequest(DeterministicScenarioAgentTest.shop(), LoadPattern.BASELINE, 50, true));
    }

    @Test
    void a_valid_answer_after_a_tool_call_is_used_with_steps_built_by_benchpilot() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenToolCall("listEndpoints", "{}").thenText(VALID);
            ScenarioDraft draft = design(server);

            assertThat(draft.activity().implementation()).isEqualTo("llm:openai/test-model");
            assertThat(draft.activity().fallbackReason()).isNull();
            assertThat(draft.activity().toolCalls()).isEqualTo(1);
            assertThat(draft.activity().inputTokens()).isEqualTo(200);
            assertThat(draft.activity().outputTokens()).isEqualTo(40);
            assertThat(draft.scenarios().flows()).extracting(Flow::name).containsExactly("browsing", "buyer");
            Flow buyer = draft.scenarios().flows().get(1);
            assertThat(buyer.logsIn()).isTrue();
            Step add = buyer.steps().get(2);
            assertThat(add.bodyTemplate()).as("the detected payload shape").contains("\"productId\": {{productId}}");
            assertThat(add.authenticated()).isTrue();
            assertThat(draft.scenarios().flows().get(0).steps().get(1).probability())
                    .isEqualTo(0.6);
            assertThat(draft.skipped()).anyMatch(s -> s.startsWith("GET /api/cart: left out by the scenario agent"));

            String first = server.requests().get(0);
            assertThat(first).as("the role's prompt").contains("scenario generator, version 2");
            assertThat(first).as("tool definitions").contains("\"listEndpoints\"", "\"endpointDetails\"");
            assertThat(first)
                    .as("the tool's parameter by its name (compiled with -parameters), not arg0")
                    .contains("\"endpoint\"")
                    .doesNotContain("arg0");
            assertThat(server.requests().get(1))
                    .as("the tool's result goes back")
                    .contains("GET /api/products/{id}")
                    .contains("usable");
            assertThat(server.authorizations()).allMatch(a -> a.equals("Bearer sk-test-secret"));
        }
    }

    @Test
    void an_invented_endpoint_gets_one_repair_attempt_with_the_errors() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText(INVENTED).thenText(VALID);
            ScenarioDraft draft = design(server);

            assertThat(draft.activity().implementation()).isEqualTo("llm:openai/test-model");
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(1))
                    .contains("Your previous answer was rejected")
                    .contains("GET /api/orders): not a detected endpoint");
        }
    }

    @Test
    void an_invented_endpoint_twice_falls_back_to_the_deterministic_flows_with_the_reason() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText(INVENTED).thenText(INVENTED);
            ScenarioDraft draft = design(server);

            assertThat(draft.activity().implementation()).isEqualTo("deterministic");
            assertThat(draft.activity().fallbackReason())
                    .startsWith("invalid answer after one repair attempt")
                    .contains("GET /api/orders): not a detected endpoint");
            assertThat(draft.activity().inputTokens())
                    .as("what the failed attempts cost is still reported")
                    .isEqualTo(200);
            assertThat(draft.scenarios().flows())
                    .extracting(Flow::name)
                    .contains("browse products", "members: cart, checkout");
        }
    }

    @Test
    void malformed_json_and_a_step_before_its_id_are_rejected() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText("{\"flows\": [ {\"name\": ").thenText("""
                    {"flows": [{"name": "x", "weight": 10, "steps": [{"endpoint": "GET /api/products/{id}"}]}]}""");
            ScenarioDraft draft = design(server);

            assertThat(draft.activity().fallbackReason())
                    .contains("needs {{productId}}, which no earlier step of the flow captures")
                    .contains("put GET /api/products before it");
            assertThat(server.requests().get(1)).contains("the answer is not JSON");
        }
    }

    @Test
    void a_model_that_does_not_answer_in_time_falls_back() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.then(new ScriptedOpenAiServer.Reply(200, "{}", Duration.ofSeconds(5)));
            ScenarioDraft draft = design(server, Duration.ofSeconds(1), 0);

            assertThat(draft.activity().implementation()).isEqualTo("deterministic");
            assertThat(draft.activity().fallbackReason())
                    .startsWith("the model call failed")
                    .containsIgnoringCase("timeout");
            assertThat(draft.activity().fallbackReason()).doesNotContain("sk-test-secret");
        }
    }

    @Test
    void a_429_is_retried_with_backoff_and_the_answer_after_it_is_used() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenStatus(429).thenText(VALID);
            ScenarioDraft draft = design(server);

            assertThat(draft.activity().implementation()).isEqualTo("llm:openai/test-model");
            assertThat(server.requests()).hasSize(2);
        }
    }

    /**
     * A write whose id came from a list changes data that existed before the run: refused, as for the deterministic
     * flows.
     */
    @Test
    void a_write_to_a_listed_id_is_rejected_and_one_to_a_created_id_is_accepted() throws Exception {
        String listedThenPut = """
                {"flows": [{"name": "edit", "weight": 10, "steps": [{"endpoint": "GET /api/owners"}, {"endpoint": "PUT /api/owners/{ownerId}"}]}]}""";
        String createdThenPut = """
                {"flows": [{"name": "edit", "weight": 10, "steps": [{"endpoint": "POST /api/owners"}, {"endpoint": "PUT /api/owners/{ownerId}"},
                   {"endpoint": "DELETE /api/owners/{ownerId}"}]}]}""";
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText(listedThenPut).thenText(createdThenPut);
            ScenarioDraft draft = new LlmScenarioAgent(config(server, Duration.ofSeconds(10), 2))
                    .design(new ScenarioRequest(
                            DeterministicScenarioAgentTest.clinic(), LoadPattern.BASELINE, 50, false));

            assertThat(draft.activity().fallbackReason()).isNull();
            assertThat(server.requests().get(1))
                    .contains("PUT /api/owners/{ownerId}): writes to { {ownerId} }, which GET /api/owners gave");
            assertThat(draft.activity().implementation()).isEqualTo("llm:openai/test-model");
            assertThat(draft.scenarios().flows()).extracting(Flow::name).containsExactly("edit");
        }
    }
}
