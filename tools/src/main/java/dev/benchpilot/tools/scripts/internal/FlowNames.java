package dev.benchpilot.tools.scripts.internal;

import dev.benchpilot.tools.scenario.Flow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names for flows in generated code: an identifier valid (and never a keyword) in JavaScript, Java and Python,
 * and a display label; both unique within a scenario set, in flow order.
 *
 * @param identifier camel case ending in {@code Flow}, e.g. {@code memberCheckoutFlow} for "member-checkout"
 * @param label      the flow's name, suffixed with {@code (2)}, {@code (3)} when names repeat
 */
record FlowNames(String identifier, String label) {

    public static List<FlowNames> of(List<Flow> flows) {
        List<FlowNames> names = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Flow flow : flows) {
            String base = camelCase(flow.name());
            String identifier = base + "Flow";
            for (int n = 2; !identifiers.add(identifier); n++) {
                identifier = base + "Flow" + n;
            }
            String label = flow.name();
            for (int n = 2; !labels.add(label); n++) {
                label = flow.name() + " (" + n + ")";
            }
            names.add(new FlowNames(identifier, label));
        }
        return names;
    }

    static String camelCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(
                            out.length() == 0
                                    ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                                    : word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return out.length() == 0 || Character.isDigit(out.charAt(0)) ? "flow" + out : out.toString();
    }
}
