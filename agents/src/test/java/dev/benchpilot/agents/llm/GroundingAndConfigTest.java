package dev.benchpilot.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Number grounding (rounding, percentages, names that are not figures) and model configuration (precedence, keys). */
class GroundingAndConfigTest {

    private static Grounding grounding() throws Exception {
        return new Grounding(List.of(new ObjectMapper()
                .readTree("{\"p95\": 12.34, \"errorRate\": 0.0213, \"achievedRps\": 49.62, "
                        + "\"byStatus\": {\"503\": 4}, \"criteria\": \"broke at 220 rps\"}")));
    }

    @Test
    void numbers_match_measured_figures_within_the_rounding_the_text_shows() throws Exception {
        Grounding g = grounding();
        assertThat(g.unmatched("p95 was 12.3 ms (12 ms rounded, 12.34ms exactly) at 49.6 rps; 2.1% errors; 4 "
                        + "answers were 503s"))
                .isEmpty();
        assertThat(g.unmatched("it broke at 220 rps"))
                .as("numbers inside text figures count")
                .isEmpty();
        assertThat(g.unmatched("p99.9 and 5xx answers over HTTP/2 are names, bench-001 an id"))
                .isEmpty();
        assertThat(g.unmatched("p95 was 12.5 ms and it could take 400 rps, 3x more"))
                .containsExactly("12.5", "400", "3");
    }

    @Test
    void model_settings_come_from_option_then_environment_then_file_and_the_key_is_never_printed() {
        Map<String, String> env = Map.of(
                ModelConfig.ENV_MODEL,
                "anthropic:claude-x",
                "ANTHROPIC_API_KEY",
                "sk-ant-secret",
                "OPENAI_API_KEY",
                "sk-openai-secret");
        ModelConfig fromEnv = ModelConfig.resolve(null, env, Map.of("model", "ollama:llama3"));
        assertThat(fromEnv.implementation()).isEqualTo("llm:anthropic/claude-x");
        assertThat(fromEnv.apiKey()).isEqualTo("sk-ant-secret");
        ModelConfig fromOption =
                ModelConfig.resolve("openai:gpt-x", env, Map.of("timeoutSeconds", "5", "maxToolCalls", "3"));
        assertThat(fromOption.apiKey()).isEqualTo("sk-openai-secret");
        assertThat(fromOption.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fromOption.maxToolCalls()).isEqualTo(3);
        assertThat(fromOption.toString()).doesNotContain("secret").contains("key set");
        assertThat(ModelConfig.resolve(null, Map.of(), Map.of()))
                .as("no model: deterministic agents")
                .isNull();
        assertThat(ModelConfig.resolve(null, Map.of(), Map.of("model", "ollama:llama3"))
                        .baseUrl())
                .isNull();

        assertThatThrownBy(() -> ModelConfig.resolve("gpt-4o", Map.of(), Map.of()))
                .hasMessageContaining("provider:model");
        assertThatThrownBy(() -> ModelConfig.resolve("mistral:large", Map.of(), Map.of()))
                .hasMessageContaining("unknown model provider 'mistral'");
        assertThatThrownBy(() -> ModelConfig.resolve("openai:gpt-4o", Map.of(), Map.of()))
                .hasMessageContaining("needs an API key");
        assertThatThrownBy(() -> ModelConfig.resolve(
                        "openai:gpt-4o", Map.of("OPENAI_API_KEY", "k"), Map.of("maxRetries", "many")))
                .hasMessageContaining("maxRetries must be a whole number");
    }
}
