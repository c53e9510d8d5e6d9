package dev.benchpilot.tools.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSONPath subset scenarios use for captures: {@code $.a.b}, {@code $.a[0].b}, {@code $..name} (every match of a
 * field at any depth), {@code $[*].id} (every element of an array) and {@code $.*} (every value of an object or array),
 * as the generated scripts' runtimes read them. Returns scalar matches as text.
 */
public final class JsonPathSubset {

    private static final Pattern SEGMENT =
            Pattern.compile("(\\.\\.|\\.)([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d+)]|(\\[\\*]|\\.\\*)");

    private JsonPathSubset() {}

    public static List<String> read(JsonNode document, String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("JSONPath must start with $: " + path);
        }
        List<JsonNode> current = List.of(document);
        Matcher matcher = SEGMENT.matcher(path.substring(1));
        int consumed = 0;
        while (matcher.find()) {
            if (matcher.start() != consumed) {
                throw new IllegalArgumentException("unsupported JSONPath: " + path);
            }
            consumed = matcher.end();
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (matcher.group(4) != null) {
                    node.elements().forEachRemaining(next::add);
                } else if (matcher.group(3) != null) {
                    JsonNode item = node.path(Integer.parseInt(matcher.group(3)));
                    if (!item.isMissingNode()) {
                        next.add(item);
                    }
                } else if (matcher.group(1).equals("..")) {
                    node.findValues(matcher.group(2)).forEach(next::add);
                } else if (node.has(matcher.group(2))) {
                    next.add(node.get(matcher.group(2)));
                }
            }
            current = next;
        }
        if (consumed != path.length() - 1) {
            throw new IllegalArgumentException("unsupported JSONPath: " + path);
        }
        return current.stream()
                .filter(JsonNode::isValueNode)
                .map(JsonNode::asText)
                .toList();
    }
}
