package dev.benchpilot.tools.scenario;

import java.util.List;

/**
 * A user journey: its steps run in order by one virtual user, each with its probability.
 *
 * @param weight relative share of virtual users that follow this flow
 */
public record Flow(String name, String description, int weight, List<Step> steps) {

    public Flow {
        steps = List.copyOf(steps);
        if (weight <= 0) {
            throw new IllegalArgumentException("flow " + name + " needs a positive weight");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("flow " + name + " needs at least one step");
        }
    }

    /** The expected number of requests one user of this flow sends. */
    public double expectedRequests() {
        return steps.stream().mapToDouble(Step::probability).sum();
    }

    /**
     * Whether the journey logs in: a step captures {@link Step#TOKEN_VARIABLE}. Its authenticated steps then send
     * {@code Authorization: Bearer {{token}}}; in a journey that does not, they send the run's {@link AuthHeader}.
     */
    public boolean logsIn() {
        return steps.stream().anyMatch(s -> s.captures().containsKey(Step.TOKEN_VARIABLE));
    }
}
