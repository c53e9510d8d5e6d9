package dev.benchpilot.agents.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link AnalysisAgent} promises, checked on the deterministic agent and on the LLM agent (through
 * LangChain4j's real client against a scripted local server, on an answer it accepts): the figures are benchpilot's,
 * findings and todos use the report's terms, and todos are numbered in priority order.
 */
class AnalysisAgentContractTest {

    private static Analysis analyze(String implementation, AnalysisInput input) throws Exception {
        if (implementation.equals("deterministic")) {
            return new DeterministicAnalysisAgent().analyze(input);
        }
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenToolCall("measuredFigures", "{}").thenText(LlmAnalysisAgentTest.GROUNDED);
            ModelConfig config = ModelConfig.resolve(
                            "openai:test-model", Map.of(ModelConfig.ENV_BASE_URL, server.baseUrl()), Map.of())
                    .withTimeout(Duration.ofSeconds(10));
            Analysis analysis = new LlmAnalysisAgent(config).analyze(input);
            assertThat(analysis.activity().fallbackReason())
                    .as("the model's answer was used")
                    .isNull();
            return analysis;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "llm"})
    void the_figures_are_the_measured_ones_whoever_reads_them(String implementation) throws Exception {
        AnalysisInput input = DeterministicAnalysisAgentTest.input(8.0, 17);
        Analysis analysis = analyze(implementation, input);
        Analysis reference = new DeterministicAnalysisAgent().analyze(input);

        assertThat(analysis.capacity()).isEqualTo(reference.capacity());
        assertThat(analysis.degradation()).isEqualTo(reference.degradation());
        assertThat(analysis.activity().implementation()).startsWith(implementation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deterministic", "llm"})
    void findings_and_todos_use_the_reports_terms_with_evidence(String implementation) throws Exception {
        Analysis analysis = analyze(implementation, DeterministicAnalysisAgentTest.input(8.0, 17));

        assertThat(analysis.findings()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.severity()).isIn("ok", "warning", "critical");
            assertThat(finding.title()).isNotBlank();
            assertThat(finding.evidence()).isNotBlank();
        });
        assertThat(analysis.todos()).isNotEmpty().allSatisfy(todo -> {
            assertThat(todo.id()).matches("bench-\\d{3}");
            assertThat(todo.priority()).isIn("immediate", "short-term", "long-term");
            assertThat(todo.effortHours()).isPositive();
            assertThat(todo.evidence()).isNotBlank();
        });
        assertThat(analysis.todos())
                .extracting(Todo::id)
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(analysis.todos())
                .extracting(todo -> java.util.List.of("immediate", "short-term", "long-term")
                        .indexOf(todo.priority()))
                .isSorted();
    }
}
