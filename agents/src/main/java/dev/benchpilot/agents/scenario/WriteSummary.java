package dev.benchpilot.agents.scenario;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run will write, in one line for the checkpoint: {@code writes: creates owners, pets, visits; changes and
 * deletes
 * only what it created}. A PUT, PATCH or DELETE is "its own" when every id in its path was captured by a POST (a
 * create)
 * earlier in the same flow; any other is named as changing data that existed before the run.
 */
public final class WriteSummary {

    /** How the line starts, so that a plan's notes can be searched for it. */
    public static final String PREFIX = "writes: ";

    private WriteSummary() {}

    /** The line among a plan's notes, or one computed from its flows. */
    public static String in(dev.benchpilot.tools.scenario.ScenarioSet scenarios) {
        return scenarios.notes().stream()
                .filter(n -> n.startsWith(PREFIX))
                .findFirst()
                .orElseGet(() -> of(scenarios.flows(), false));
    }

    public static String of(List<Flow> flows, boolean writeExisting) {
        Set<String> creates = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        Set<String> foreign = new LinkedHashSet<>();
        boolean changes = false;
        for (Flow flow : flows) {
            for (Step step : flow.steps()) {
                if (step.method().equals("POST") && !step.captures().containsKey(Step.TOKEN_VARIABLE)) {
                    (step.captures().isEmpty() ? actions : creates).add(name(step.pathTemplate()));
                } else if (!step.method().equals("GET") && !step.method().equals("POST")) {
                    changes = true;
                    if (!ownWrite(flow, step)) {
                        foreign.add(step.endpointKey());
                    }
                }
            }
        }
        if (creates.isEmpty() && actions.isEmpty() && !changes) {
            return PREFIX + "nothing (reads only)";
        }
        List<String> parts = new ArrayList<>();
        if (!creates.isEmpty()) {
            parts.add("creates " + String.join(", ", creates));
        }
        if (!actions.isEmpty()) {
            parts.add("posts to " + String.join(", ", actions));
        }
        String line = PREFIX + String.join("; ", parts);
        if (foreign.isEmpty()) {
            return line + (changes ? "; changes and deletes only what it created" : "; changes and deletes nothing");
        }
        return line + "; changes data that existed before the run" + (writeExisting ? " (--write-existing)" : "") + ": "
                + String.join(", ", foreign);
    }

    /**
     * Whether every id the step names ({@link Step#targetIds()}) was captured by a create (POST) earlier in the flow.
     */
    public static boolean ownWrite(Flow flow, Step step) {
        Set<String> path = step.targetIds();
        if (path.isEmpty()) {
            return false;
        }
        List<String> created = new ArrayList<>();
        for (Step earlier : flow.steps()) {
            if (earlier == step) {
                break;
            }
            earlier.captures().keySet().forEach(v -> {
                if (earlier.method().equals("POST")) {
                    created.add(v);
                } else {
                    created.remove(v); // a later read's capture replaces the created id
                }
            });
        }
        return created.containsAll(path);
    }

    /** Last path segments that name an action on the segment before them: {@code cart/add}. */
    private static final Set<String> ACTIONS = Set.of(
            "add", "remove", "create", "update", "delete", "submit", "cancel", "search", "login", "logout", "confirm",
            "apply", "clear", "items");

    /**
     * What a path names, for flow names and the checkpoint: its last literal segment ({@code pets} for
     * {@code /owners/{{ownerId}}/pets}), with the one before when the last is an action ({@code cart/add}).
     */
    public static String name(String pathTemplate) {
        List<String> literal = java.util.Arrays.stream(pathTemplate.split("/"))
                .filter(p -> !p.isEmpty() && !p.contains("{"))
                .toList();
        if (literal.isEmpty()) {
            return "/";
        }
        String last = literal.get(literal.size() - 1);
        return literal.size() > 1 && ACTIONS.contains(last.toLowerCase(java.util.Locale.ROOT))
                ? literal.get(literal.size() - 2) + "/" + last
                : last;
    }
}
