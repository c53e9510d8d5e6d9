package dev.benchpilot.agents.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.agents.AgentActivity;
import dev.benchpilot.agents.llm.LlmRole;
import dev.benchpilot.agents.llm.ModelConfig;
import dev.benchpilot.tools.analysis.StressSearch;
import dev.benchpilot.tools.engines.EngineException;
import dev.benchpilot.tools.metrics.StageMetrics;
import dev.benchpilot.tools.text.Numbers;
import dev.langchain4j.agent.tool.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stress-test orchestrator on a model (the reference's {@code stress-test-orchestrator}): it runs as the
 * deterministic execution agent does, and during an adaptive stress search the model chooses each next offered
 * rate from the steps so far. benchpilot keeps the search sound: it decides whether there is a next step (budget,
 * ceiling, 10% precision) and accepts only a new rate inside the bracket still open (above the last rate that held,
 * below the first that broke, within the orchestrator's bounds). An invalid answer gets one repair attempt; then
 * the bisection chooses this and every later rate and the reason is reported. Runs without a search have nothing
 * to choose and are reported as deterministic.
 */
public final class LlmExecutionAgent implements ExecutionAgent {

    static final String PROMPT = "execution-orchestrator.v1.md";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmRole role;

    public LlmExecutionAgent(ModelConfig config) {
        this.role = new LlmRole(config, PROMPT);
    }

    @Override
    public ExecutionReport execute(ExecutionRequest request, ExecutionListener listener)
            throws EngineException, InterruptedException {
        ModelPicker picker = new ModelPicker(role, listener);
        ExecutionReport report = new DeterministicExecutionAgent(picker).execute(request, listener);
        return report.withActivity(picker.activity(report.activity()));
    }

    /** Asks the model for each rate after the first; falls back to the bisection for good after a failed answer. */
    static final class ModelPicker implements RatePicker {

        private final LlmRole role;
        private final ExecutionListener listener;
        private int decisions;
        private int toolCalls;
        private long inputTokens;
        private long outputTokens;
        private String fallbackReason;

        ModelPicker(LlmRole role, ExecutionListener listener) {
            this.role = role;
            this.listener = listener;
        }

        @Override
        public double choose(List<StressSearch.Step> steps, double proposed, StressBounds bounds, StageMetrics last) {
            if (steps.isEmpty() || fallbackReason != null) {
                return proposed;
            }
            LlmRole.Outcome<Double> outcome = role.run(
                    "Choose the next offered rate of this stress search. Read the steps with "
                            + "searchSteps (and lastStep for its figures), then answer with the JSON object only.",
                    new Tools(steps, bounds, last, proposed),
                    answer -> check(answer, steps, bounds));
            toolCalls += outcome.toolCalls();
            inputTokens += outcome.inputTokens();
            outputTokens += outcome.outputTokens();
            if (outcome.value() == null) {
                fallbackReason = "step " + (steps.size() + 1) + ": " + outcome.fallbackReason()
                        + "; the bisection chose that rate and the ones after it";
                return proposed;
            }
            decisions++;
            listener.onStep(String.format(
                    Locale.ROOT,
                    "%s chose %s rps (the bisection would offer %s)",
                    role.config().implementation(),
                    Numbers.plain(outcome.value()),
                    Numbers.plain(proposed)));
            return outcome.value();
        }

        AgentActivity activity(AgentActivity deterministic) {
            if (fallbackReason != null) {
                return new AgentActivity(
                        "deterministic",
                        fallbackReason,
                        deterministic.toolCalls() + toolCalls,
                        inputTokens,
                        outputTokens);
            }
            if (decisions == 0) {
                return deterministic;
            }
            return new AgentActivity(
                    role.config().implementation(),
                    null,
                    deterministic.toolCalls() + toolCalls,
                    inputTokens,
                    outputTokens);
        }

        /** {"nextRps": 300, "why": "..."}: a rate not measured yet, inside the open bracket and the bounds. */
        static LlmRole.Checked<Double> check(String answer, List<StressSearch.Step> steps, StressBounds bounds) {
            JsonNode root;
            try {
                root = JSON.readTree(LlmRole.jsonOf(answer));
            } catch (Exception e) {
                return LlmRole.Checked.invalid(List.of("the answer is not JSON: "
                        + e.getMessage().lines().findFirst().orElse("")));
            }
            if (root == null || !root.path("nextRps").isNumber()) {
                return LlmRole.Checked.invalid(List.of("expected {\"nextRps\": <number>, \"why\": \"...\"}"));
            }
            double rps = root.path("nextRps").asDouble();
            Double good = steps.stream()
                    .filter(StressSearch.Step::held)
                    .map(StressSearch.Step::offeredRps)
                    .max(Double::compare)
                    .orElse(null);
            Double bad = steps.stream()
                    .filter(s -> !s.held())
                    .map(StressSearch.Step::offeredRps)
                    .min(Double::compare)
                    .orElse(null);
            if (good != null && bad != null && good > bad) {
                good = steps.stream()
                        .filter(StressSearch.Step::held)
                        .map(StressSearch.Step::offeredRps)
                        .filter(g -> g < bad)
                        .max(Double::compare)
                        .orElse(null);
            }
            List<String> errors = new ArrayList<>();
            if (!(rps > 0) || rps > bounds.maxRps()) {
                errors.add("nextRps must be above 0 and at most the ceiling of " + Numbers.plain(bounds.maxRps())
                        + " rps");
            }
            if (good != null && rps <= good) {
                errors.add("nextRps must be above " + Numbers.plain(good) + " rps, the highest rate that held");
            }
            if (bad != null && rps >= bad) {
                errors.add("nextRps must be below " + Numbers.plain(bad) + " rps, the lowest rate that broke");
            }
            if (steps.stream().anyMatch(s -> Math.abs(s.offeredRps() - rps) <= 0.005 * rps)) {
                errors.add(Numbers.plain(rps) + " rps was measured already");
            }
            return errors.isEmpty() ? LlmRole.Checked.ok(rps) : LlmRole.Checked.invalid(errors);
        }
    }

    /** The execution agent's tools: the search so far and the last step's figures, read-only. */
    static final class Tools {

        private final List<StressSearch.Step> steps;
        private final StressBounds bounds;
        private final StageMetrics last;
        private final double proposed;

        Tools(List<StressSearch.Step> steps, StressBounds bounds, StageMetrics last, double proposed) {
            this.steps = steps;
            this.bounds = bounds;
            this.last = last;
            this.proposed = proposed;
        }

        @Tool("The stress search so far: each step's offered rate, whether it held and the breaking signals; the "
                + "bounds; the bisection's next rate")
        public String searchSteps() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("steps", steps);
            view.put("maxRps", bounds.maxRps());
            view.put("slaP95Ms", bounds.slaP95Ms());
            view.put("bisectionWouldOffer", proposed);
            return LlmRole.toolResult(view);
        }

        @Tool("The last step's measured figures at its held rate: achieved rps, error rate, latency percentiles")
        public String lastStep() {
            return LlmRole.toolResult(last);
        }
    }
}
