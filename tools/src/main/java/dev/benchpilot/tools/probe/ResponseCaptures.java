package dev.benchpilot.tools.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.tools.scenario.Capture;
import dev.benchpilot.tools.scenario.Step;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads a step's captures from a response the JDK client received: the same rules every engine follows ({@link
 * Capture}).
 */
final class ResponseCaptures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseCaptures() {}

    /** Puts each captured value into {@code variables}; a capture with no match leaves its variable as it was. */
    static void apply(Step step, HttpResponse<String> response, Map<String, String> variables) {
        if (step.captures().isEmpty()) {
            return;
        }
        JsonNode document = document(response.body());
        step.parsedCaptures().forEach((name, capture) -> {
            for (Capture.Alternative alternative : capture.alternatives()) {
                String value = read(alternative, document, response);
                if (value != null) {
                    variables.put(name, value);
                    return;
                }
            }
        });
    }

    /**
     * Every value the first matching alternative of each JSON capture finds: what a list held before the run. A
     * variable none of whose JSON alternatives matches is absent.
     */
    static Map<String, List<String>> allMatches(Step step, HttpResponse<String> response) {
        Map<String, List<String>> found = new java.util.TreeMap<>();
        JsonNode document = document(response.body());
        if (document == null) {
            return found;
        }
        step.parsedCaptures().forEach((name, capture) -> {
            for (Capture.Alternative alternative : capture.alternatives()) {
                if (alternative instanceof Capture.JsonField field) {
                    List<String> matches = JsonPathSubset.read(document, field.path()).stream()
                            .distinct()
                            .toList();
                    if (!matches.isEmpty()) {
                        found.put(name, matches);
                        return;
                    }
                }
            }
        });
        return found;
    }

    private static String read(Capture.Alternative alternative, JsonNode document, HttpResponse<String> response) {
        if (alternative instanceof Capture.HeaderSegment header) {
            return Capture.lastSegment(
                    response.headers().firstValue(header.header()).orElse(null));
        }
        if (document == null) {
            return null;
        }
        List<String> matches = JsonPathSubset.read(document, ((Capture.JsonField) alternative).path());
        return matches.isEmpty()
                ? null
                : matches.get(ThreadLocalRandom.current().nextInt(matches.size()));
    }

    private static JsonNode document(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null; // not JSON: only header captures can match
        }
    }
}
