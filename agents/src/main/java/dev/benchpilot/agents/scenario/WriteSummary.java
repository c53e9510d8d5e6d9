package dev.benchpilot.agents.scenario;

import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.Templates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run will write, in one line for the checkpoint: {@code writes: creates owners, pets, visits; changes and deletes
 * only what it created}. A PUT, PATCH or DELETE is "its own" when every id in its path was captured by a POST (a create)
 * earlier in the same flow; any other is named as changing data that existed before the run.
 */
public final class WriteSummary {

    private WriteSummary() {
    }

    public static String of(List<Flow> flows, boolean writeExisting) {
        Set<String> creates = new LinkedHashSet<>();
        Set<String> foreign = new LinkedHashSet<>();
        boolean changes = false;
        for (Flow flow : flows) {
            for (Step step : flow.steps()) {
                if (step.method().equals("POST") && !step.captures().containsKey(Step.TOKEN_VARIABLE)) {
                    creates.add(collection(step.pathTemplate()));
                } else if (!step.method().equals("GET") && !step.method().equals("POST")) {
                    changes = true;
                    if (!ownWrite(flow, step)) {
                        foreign.add(step.endpointKey());
                    }
                }
            }
        }
        if (creates.isEmpty() && !changes) {
            return "writes: nothing (reads only)";
        }
        String line = "writes: " + (creates.isEmpty() ? "creates nothing" : "creates " + String.join(", ", creates));
        if (foreign.isEmpty()) {
            return line + (changes ? "; changes and deletes only what it created" : "; changes and deletes nothing");
        }
        return line + "; changes data that existed before the run" + (writeExisting ? " (--write-existing)" : "") + ": "
                + String.join(", ", foreign);
    }

    /** Whether every placeholder in the step's path was captured by a create (POST) earlier in the flow. */
    public static boolean ownWrite(Flow flow, Step step) {
        Set<String> path = new java.util.TreeSet<>();
        Templates.placeholders(step.pathTemplate(), path);
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

    private static String collection(String pathTemplate) {
        String[] parts = pathTemplate.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].contains("{")) {
                return parts[i];
            }
        }
        return pathTemplate;
    }
}
