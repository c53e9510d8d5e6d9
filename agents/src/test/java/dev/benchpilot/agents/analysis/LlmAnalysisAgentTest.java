package dev.benchpilot.agents.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The LLM analyst through LangChain4j's real OpenAI client against a scripted local server: a grounded answer is
 * used; a number that was not measured, or a recommendation without evidence, is rejected and repaired once, then
 * the deterministic analysis takes over with the reason. The figures themselves always stay benchpilot's.
 */
class LlmAnalysisAgentTest {

    // input(8.0, 17): 850 requests, 17 failed (2%), p95 8 ms under load vs 2 ms with no load, 50 rps
    static final String GROUNDED = """
            {"findings": [{"severity": "critical", "title": "Errors under load", "evidence": "17 of 850 requests failed (2%) at 50 rps"},
                          {"severity": "warning", "title": "Latency fourfold", "evidence": "p95 8 ms under load against 2 ms with no load"}],
             "recommendations": [{"title": "Find what returns 503", "priority": "immediate", "effortHours": 2,
                                  "expectedImpact": "no failed requests", "evidence": "Errors under load"}],
             "narrative": ["At 50 rps the service answered with a p95 of 8 ms and 2% errors.", "Fix the errors first."]}""";

    static final String INVENTED_NUMBER =
            GROUNDED.replace("Fix the errors first.", "It should hold 400 rps after the fix.");

    private static Analysis analyze(ScriptedOpenAiServer server) throws Exception {
        ModelConfig config = ModelConfig.resolve(
                        "openai:test-model", Map.of(ModelConfig.ENV_BASE_URL, server.baseUrl()), Map.of())
                .withTimeout(Duration.ofSeconds(10));
        return new LlmAnalysisAgent(config).analyze(DeterministicAnalysisAgentTest.input(8.0, 17));
    }

    @Test
    void a_grounded_answer_after_reading_the_figures_is_used() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenToolCall("measuredFigures", "{}").thenText(GROUNDED);
            Analysis analysis = analyze(server);

            assertThat(analysis.activity().implementation()).isEqualTo("llm:openai/test-model");
            assertThat(analysis.activity().toolCalls()).isEqualTo(1);
            assertThat(analysis.findings())
                    .extracting(Finding::title)
                    .containsExactly("Errors under load", "Latency fourfold");
            assertThat(analysis.todos()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo("bench-001");
                assertThat(t.priority()).isEqualTo("immediate");
            });
            assertThat(analysis.narrative()).hasSize(2);
            Analysis deterministic =
                    new DeterministicAnalysisAgent().analyze(DeterministicAnalysisAgentTest.input(8.0, 17));
            assertThat(analysis.capacity()).as("figures stay benchpilot's").isEqualTo(deterministic.capacity());
            assertThat(analysis.degradation()).isEqualTo(deterministic.degradation());
            assertThat(server.requests().get(0))
                    .contains("performance analyst, version 1", "\"measuredFigures\"", "\"capacityModel\"");
            assertThat(server.requests().get(1))
                    .as("the measured figures reach the model")
                    .contains("\\\"failed\\\":17");
        }
    }

    @Test
    void an_invented_number_is_rejected_and_after_a_second_one_the_deterministic_analysis_is_used() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText(INVENTED_NUMBER).thenText(INVENTED_NUMBER);
            Analysis analysis = analyze(server);

            assertThat(analysis.activity().implementation()).isEqualTo("deterministic");
            assertThat(analysis.activity().fallbackReason())
                    .contains("narrative paragraph 2: 400 is not a measured figure");
            assertThat(server.requests().get(1)).contains("400 is not a measured figure");
            assertThat(analysis.narrative()).noneMatch(p -> p.contains("400 rps"));
        }
    }

    @Test
    void a_recommendation_without_evidence_is_repaired() throws Exception {
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenText(GROUNDED.replace("\"evidence\": \"Errors under load\"", "\"evidence\": \"experience\""))
                    .thenText(GROUNDED);
            Analysis analysis = analyze(server);

            assertThat(analysis.activity().implementation()).isEqualTo("llm:openai/test-model");
            assertThat(server.requests().get(1))
                    .contains(
                            "recommendation 1: its evidence must quote a measured figure or name one of the findings");
        }
    }
}
