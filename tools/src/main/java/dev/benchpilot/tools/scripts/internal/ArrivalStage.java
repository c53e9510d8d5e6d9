package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scripts.ScriptSpec;
import java.time.Duration;
import java.util.List;

/**
 * One profile stage as a flow's arrivals: users of the flow start at a rate moving linearly from
 * {@code fromUsersPerSecond} to {@code toUsersPerSecond} over {@code duration}. Every writer's load shape
 * (k6 stages, Gatling injection steps, Artillery phases, a Locust shape) is built from these.
 */
record ArrivalStage(String stageName, Duration duration, double fromUsersPerSecond, double toUsersPerSecond) {

    /** The profile's stages at {@code flow}'s share of arriving users. */
    public static List<ArrivalStage> of(ScriptSpec spec, Flow flow) {
        ScenarioSet scenarios = spec.scenarios();
        return spec.profile().stages().stream()
                .map(stage -> new ArrivalStage(
                        stage.name(),
                        stage.duration(),
                        usersPerSecond(scenarios, flow, stage.startRps()),
                        usersPerSecond(scenarios, flow, stage.endRps())))
                .toList();
    }

    /** Users of {@code flow} per second when {@code rps} requests per second are offered over the whole mix. */
    public static double usersPerSecond(ScenarioSet scenarios, Flow flow, double rps) {
        return scenarios.usersPerSecondFor(rps) * scenarios.shareOf(flow);
    }

    /** The highest arrival rate over {@code stages}. */
    public static double peakOf(List<ArrivalStage> stages) {
        return stages.stream()
                .mapToDouble(s -> Math.max(s.fromUsersPerSecond(), s.toUsersPerSecond()))
                .max()
                .orElse(0);
    }

    public boolean constant() {
        return fromUsersPerSecond == toUsersPerSecond;
    }

    public boolean idle() {
        return fromUsersPerSecond == 0 && toUsersPerSecond == 0;
    }
}
