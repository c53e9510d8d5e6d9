package dev.benchpilot.agents.execution;

import dev.benchpilot.tools.analysis.StressSearch;
import dev.benchpilot.tools.metrics.StageMetrics;
import java.util.List;

/**
 * Chooses the next offered rate of an adaptive stress search. benchpilot's search decides whether there is a next
 * step (bounds, budget, precision) and proposes the bisection's rate; a picker may offer another rate that keeps
 * the search sound (see {@link LlmExecutionAgent}).
 */
interface RatePicker {

    /**
     * @param steps    the steps so far, oldest first
     * @param proposed the bisection's choice
     * @param last     the held stage of the last step, or null before the first
     */
    double choose(List<StressSearch.Step> steps, double proposed, StressBounds bounds, StageMetrics last);

    /** The deterministic search: double until a break, then bisect. */
    RatePicker BISECTION = (steps, proposed, bounds, last) -> proposed;
}
