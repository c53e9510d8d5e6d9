package dev.benchpilot.agents.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.LoadPattern;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Anthropic and Ollama providers through LangChain4j's real clients against a local server answering in each
 * API's documented format (Anthropic Messages: {@code tool_use} content blocks; Ollama {@code /api/chat}:
 * {@code message.tool_calls}): a tool call, then a valid scenario answer.
 */
class ProviderWireFormatsTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static ScenarioDraft design(ModelConfig config) throws Exception {
        return new LlmScenarioAgent(config.withTimeout(Duration.ofSeconds(10)))
                .design(new ScenarioRequest(DeterministicScenarioAgentTest.shop(), LoadPattern.BASELINE, 50, true));
    }

    private static String anthropic(String contentBlock, String stopReason) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\",\"content\":["
                + contentBlock + "],\"stop_reason\":\"" + stopReason
                + "\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":100,\"output_tokens\":20}}";
    }

    private static String ollama(String message) {
        return "{\"model\":\"llama-test\",\"created_at\":\"2026-11-29T10:00:00Z\",\"message\":" + message
                + ",\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":100,\"eval_count\":20}";
    }

    @Test
    void anthropic_messages_with_a_tool_use_block() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.then(new ScriptedOpenAiServer.Reply(
                            200,
                            anthropic(
                                    "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"listEndpoints\",\"input\":{}}",
                                    "tool_use"),
                            Duration.ZERO))
                    .then(new ScriptedOpenAiServer.Reply(
                            200,
                            anthropic(
                                    "{\"type\":\"text\",\"text\":" + JSON.writeValueAsString(LlmScenarioAgentTest.VALID)
                                            + "}",
                                    "end_turn"),
                            Duration.ZERO));
            ModelConfig config = ModelConfig.resolve(
                    "anthropic:claude-test",
                    Map.of(ModelConfig.ENV_BASE_URL, server.baseUrl() + "/", "ANTHROPIC_API_KEY", "sk-ant-test"),
                    Map.of());
            ScenarioDraft draft = design(config);

            assertThat(draft.activity().implementation())
                    .as(String.valueOf(draft.activity().fallbackReason()))
                    .isEqualTo("llm:anthropic/claude-test");
            assertThat(draft.activity().toolCalls()).isEqualTo(1);
            assertThat(draft.scenarios().flows()).extracting(Flow::name).containsExactly("browsing", "buyer");
            assertThat(server.paths()).containsOnly("/v1/messages");
            assertThat(server.apiKeys()).containsOnly("sk-ant-test");
            assertThat(server.requests().get(0))
                    .contains("scenario generator, version 2", "\"listEndpoints\"", "input_schema");
            assertThat(server.requests().get(1)).contains("tool_result");
        }
    }

    @Test
    void ollama_chat_with_tool_calls() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.then(new ScriptedOpenAiServer.Reply(
                            200,
                            ollama(
                                    "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"listEndpoints\",\"arguments\":{}}}]}"),
                            Duration.ZERO))
                    .then(new ScriptedOpenAiServer.Reply(
                            200,
                            ollama("{\"role\":\"assistant\",\"content\":"
                                    + JSON.writeValueAsString(LlmScenarioAgentTest.VALID) + "}"),
                            Duration.ZERO));
            ModelConfig config =
                    ModelConfig.resolve("ollama:llama-test", Map.of(ModelConfig.ENV_BASE_URL, server.root()), Map.of());
            ScenarioDraft draft = design(config);

            assertThat(draft.activity().implementation())
                    .as(String.valueOf(draft.activity().fallbackReason()))
                    .isEqualTo("llm:ollama/llama-test");
            assertThat(draft.activity().toolCalls()).isEqualTo(1);
            assertThat(draft.activity().inputTokens()).isEqualTo(200);
            assertThat(server.paths()).containsOnly("/api/chat");
            assertThat(server.requests().get(0)).contains("scenario generator, version 2", "\"listEndpoints\"");
        }
    }
}
