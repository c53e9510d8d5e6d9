package dev.benchpilot.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchpilot.agents.llm.ScriptedOpenAiServer;
import dev.benchpilot.orchestrator.cli.Cli;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchpilot demo --model openai:test-model} with the base URL in the workspace's config file pointing at a
 * local OpenAI-compatible server that replays scripted answers: the scenario agent's valid answer is used, the
 * analyst's invented number twice makes the deterministic analysis take over, and summary.json says so.
 */
class LlmAgentsDemoTest {

    @TempDir
    Path workspace;

    @Test
    void demo_with_a_model_uses_a_valid_answer_and_survives_an_invalid_one_with_the_reason_in_the_summary()
            throws Exception {
        String flows = """
                {"flows": [{"name": "browsing", "description": "visitors browse", "weight": 80,
                  "steps": [{"endpoint": "GET /api/products"}, {"endpoint": "GET /api/products/{id}", "probability": 0.5}]},
                  {"name": "buyer", "description": "members buy", "weight": 20,
                  "steps": [{"endpoint": "POST /api/login"}, {"endpoint": "GET /api/products"}, {"endpoint": "POST /api/cart/add"}]}]}""";
        String invented = """
                {"findings": [{"severity": "ok", "title": "Fast", "evidence": "p95 stayed at 3.14159 ms"}],
                 "recommendations": [], "narrative": ["The service would hold 12345 rps."]}""";
        try (ScriptedOpenAiServer server = new ScriptedOpenAiServer()) {
            server.thenToolCall("listEndpoints", "{}")
                    .thenText(flows)
                    .thenText(invented)
                    .thenText(invented);
            Files.createDirectories(workspace.resolve(".benchpilot"));
            Files.writeString(
                    workspace.resolve(".benchpilot/config.yml"),
                    "baseUrl: " + server.baseUrl() + "\napiKey: sk-demo-secret\n");

            Cli.Result result = Cli.run(
                    "demo",
                    "--duration",
                    "6s",
                    "--rps",
                    "20",
                    "--yes",
                    "--format",
                    "json",
                    "--model",
                    "openai:test-model",
                    "--workspace",
                    workspace.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode summary = RunWorkspace.JSON.readTree(result.out());
            JsonNode agents = summary.get("agents");
            assertThat(agents.get("scenario").get("implementation").asText()).isEqualTo("llm:openai/test-model");
            assertThat(agents.get("scenario").get("toolCalls").asInt()).isEqualTo(1);
            assertThat(agents.get("scenario").get("inputTokens").asLong()).isEqualTo(200);
            assertThat(agents.get("analysis").get("implementation").asText()).isEqualTo("deterministic");
            assertThat(agents.get("analysis").get("fallbackReason").asText()).contains("is not a measured figure");
            assertThat(agents.get("execution").get("implementation").asText()).isEqualTo("deterministic");

            Path run = workspace
                    .resolve(".benchpilot/runs")
                    .resolve(summary.get("runId").asText());
            JsonNode plan = RunWorkspace.JSON.readTree(run.resolve("plan.json").toFile());
            assertThat(plan.get("scenarios").findValuesAsText("name")).contains("browsing", "buyer");
            assertThat(server.requests().get(0)).contains("scenario generator, version 2", "\"listEndpoints\"");
            assertThat(server.requests().get(2)).contains("performance analyst, version 1", "\"measuredFigures\"");
            assertThat(Files.readString(run.resolve("final-benchmark-report.md")))
                    .contains("llm:openai/test-model")
                    .contains("is not a measured figure")
                    .doesNotContain("12345 rps");
            try (var files = Files.walk(run)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().endsWith(".jfr"))
                        .toList()) {
                    assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as("%s holds no key", file)
                            .doesNotContain("sk-demo-secret");
                }
            }
        }
    }
}
