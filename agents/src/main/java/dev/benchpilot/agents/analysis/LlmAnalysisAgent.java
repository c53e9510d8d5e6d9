package dev.benchpilot.agents.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.benchpilot.agents.analysis.internal.AnalysisAnswer;
import dev.benchpilot.agents.llm.Grounding;
import dev.benchpilot.agents.llm.LlmRole;
import dev.benchpilot.agents.llm.ModelConfig;
import dev.langchain4j.agent.tool.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance analyst on a model (the reference's {@code performance-analyst}). Every figure is measured and
 * computed by benchpilot first (the deterministic analysis: degradation, capacity, bottlenecks); the model reads
 * them through its tools and writes the findings, the recommendations and the narrative. Its text may only use
 * those figures ({@link Grounding}) and each recommendation must cite evidence that exists; otherwise one repair
 * attempt, then the deterministic analysis is used and the reason reported.
 */
public final class LlmAnalysisAgent implements AnalysisAgent {

    static final String PROMPT = "performance-analyst.v1.md";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final LlmRole role;
    private final DeterministicAnalysisAgent fallback = new DeterministicAnalysisAgent();

    public LlmAnalysisAgent(ModelConfig config) {
        this.role = new LlmRole(config, PROMPT);
    }

    @Override
    public Analysis analyze(AnalysisInput input) {
        Analysis base = fallback.analyze(input);
        Tools tools = new Tools(measured(input, base), tree(base.capacity()), resources(input));
        Grounding grounding = new Grounding(List.of(tools.measured, tools.capacity, tools.resources));
        LlmRole.Outcome<AnalysisAnswer.Parsed> outcome = role.run(
                "Analyse this " + input.profile().pattern().name().toLowerCase(java.util.Locale.ROOT)
                        + " benchmark. Read the figures "
                        + "with the tools (measuredFigures, capacityModel, resourceTimeline) and answer with the "
                        + "JSON object only.",
                tools,
                answer -> AnalysisAnswer.check(answer, grounding));
        if (outcome.value() == null) {
            return new Analysis(
                    base.degradation(),
                    base.findings(),
                    base.todos(),
                    base.narrative(),
                    base.capacity(),
                    outcome.activity(role.config(), base.activity().toolCalls()));
        }
        return new Analysis(
                base.degradation(),
                outcome.value().findings(),
                withPreflight(outcome.value().todos(), base.todos()),
                outcome.value().narrative(),
                base.capacity(),
                outcome.activity(role.config(), 0));
    }

    /** The model's todos, then each "fails without load" todo of the measured pre-flight it left out, numbered on. */
    private static List<Todo> withPreflight(List<Todo> model, List<Todo> measured) {
        List<Todo> todos = new java.util.ArrayList<>(model);
        for (Todo todo : measured) {
            if (todo.title().contains("fails without load")
                    && model.stream().noneMatch(t -> t.title().equals(todo.title()))) {
                todos.add(new Todo(
                        String.format(java.util.Locale.ROOT, "bench-%03d", todos.size() + 1),
                        todo.title(),
                        todo.priority(),
                        todo.effortHours(),
                        todo.expectedImpact(),
                        todo.evidence()));
            }
        }
        return todos;
    }

    private static JsonNode measured(AnalysisInput input, Analysis base) {
        Map<String, Object> figures = new LinkedHashMap<>();
        var metrics = input.metrics();
        figures.put("durationSeconds", metrics.durationSeconds());
        figures.put("requests", metrics.requests());
        figures.put("failed", metrics.failed());
        figures.put("errorRate", metrics.errorRate());
        figures.put("achievedRps", metrics.achievedRps());
        figures.put("byStatus", metrics.byStatus());
        figures.put("latencyMsUnderLoad", metrics.measuredLatencyMs());
        figures.put(
                "latencyMsNoLoad",
                input.baseline() == null ? null : input.baseline().overall());
        figures.put("degradation", base.degradation());
        figures.put("stages", metrics.stages());
        figures.put("endpoints", metrics.endpoints());
        figures.put("warnings", input.warnings());
        figures.put(
                "failsWithoutLoad",
                input.failsWithoutLoad().stream().map(f -> f.describe()).toList());
        figures.put("scenarioErrors", metrics.scenarioErrors());
        figures.put("search", input.search());
        return tree(figures);
    }

    private static JsonNode resources(AnalysisInput input) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sources", input.observed().sources());
        List<?> samples = input.observed().target();
        view.put(
                "targetSamples",
                samples.size() <= 120 ? samples : samples.subList(samples.size() - 120, samples.size()));
        view.put("jfr", input.observed().jfrEvidence());
        return tree(view);
    }

    private static JsonNode tree(Object value) {
        try {
            return JSON.valueToTree(value);
        } catch (IllegalArgumentException e) {
            return JSON.getNodeFactory().textNode("unavailable: " + e.getMessage());
        }
    }

    /** The analyst's tools: read-only views of what benchpilot measured and computed. */
    static final class Tools {

        final JsonNode measured;
        final JsonNode capacity;
        final JsonNode resources;

        Tools(JsonNode measured, JsonNode capacity, JsonNode resources) {
            this.measured = measured;
            this.capacity = capacity;
            this.resources = resources;
        }

        @Tool("Measured figures: requests, error rate, achieved rps, latency percentiles under load and with no "
                + "load, degradation, each stage and endpoint")
        public String measuredFigures() {
            return measured.toString();
        }

        @Tool("The capacity model: comfortable, maximum and breaking-point rates with their criteria, the levels "
                + "measured, the USL fit, bottlenecks")
        public String capacityModel() {
            return capacity.toString();
        }

        @Tool("The target's resources each second while the load ran (CPU, memory, threads, connection pools), and "
                + "JFR evidence")
        public String resourceTimeline() {
            return resources.toString();
        }
    }
}
