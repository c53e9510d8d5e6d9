package dev.benchpilot.tools.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sorts flows into the reference's parallel groups: {@code read-heavy} (no writes), {@code write-heavy} (at least half
 * its steps write) and {@code mixed}. A login is not counted as a write. All groups run concurrently in one engine
 * run, each with its own figures.
 */
public final class FlowGroups {

    public static final String READ_HEAVY = "read-heavy";
    public static final String WRITE_HEAVY = "write-heavy";
    public static final String MIXED = "mixed";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private FlowGroups() {}

    public static String of(Flow flow) {
        long steps = flow.steps().stream()
                .filter(s -> !s.captures().containsKey(Step.TOKEN_VARIABLE))
                .count();
        long writes = flow.steps().stream()
                .filter(s -> !s.captures().containsKey(Step.TOKEN_VARIABLE))
                .filter(s -> !READS.contains(s.method()))
                .count();
        if (writes == 0) {
            return READ_HEAVY;
        }
        return writes * 2 >= steps ? WRITE_HEAVY : MIXED;
    }

    /** Flow name to group, in flow order. */
    public static Map<String, String> byFlow(ScenarioSet scenarios) {
        Map<String, String> groups = new LinkedHashMap<>();
        scenarios.flows().forEach(flow -> groups.put(flow.name(), of(flow)));
        return groups;
    }
}
