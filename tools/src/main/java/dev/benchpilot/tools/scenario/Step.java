package dev.benchpilot.tools.scenario;

import java.util.Map;

/**
 * One request of a flow.
 *
 * <p>Templates use {@code {{name}}} placeholders naming a scenario variable: one set by
 * {@code variables} of this or an earlier step, or captured by {@code captures} of an earlier step.
 * In {@code bodyTemplate} a placeholder is replaced textually, so {@code {"productId": {{productId}}}}
 * yields a JSON number and {@code "{{name}}"} a JSON string.
 *
 * @param endpointKey  the endpoint this step exercises, {@code GET /api/products/{id}}: the name its figures are
 *     reported under
 * @param method       HTTP method
 * @param pathTemplate the path with placeholders, for example {@code /api/products/{{productId}}}
 * @param probability  the chance the step runs when the flow reaches it, in (0, 1]
 * @param bodyTemplate a JSON body template, or null
 * @param variables    variables to draw before the request
 * @param captures     variable name to a {@link Capture} expression read from this step's response, e.g. {@code
 *     $..id} (a
 *                     random match), {@code $.token}, or {@code $.id || header:Location}
 * @param authenticated whether the request carries credentials: {@code Authorization: Bearer {{token}}} in a flow that
 *                      logs in ({@link Flow#logsIn()}), else the run's static {@link AuthHeader}
 * @param thinkAfter   whether the virtual user pauses after this step
 */
public record Step(
        String endpointKey,
        String method,
        String pathTemplate,
        double probability,
        String bodyTemplate,
        Map<String, ValueSource> variables,
        Map<String, String> captures,
        boolean authenticated,
        boolean thinkAfter) {

    public static final String TOKEN_VARIABLE = "token";

    public Step {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("step probability must be in (0, 1], was " + probability);
        }
        variables = variables == null ? Map.of() : Map.copyOf(variables);
        captures = captures == null ? Map.of() : Map.copyOf(captures);
        captures.values().forEach(Capture::parse);
    }

    /**
     * The scenario variables this step needs from earlier in the journey, sorted: the placeholders of its path and body
     * it does not draw itself, and the token when it is authenticated in a flow that logs in ({@code bearer}). When one
     * is missing at run time the step is a scenario error and the journey ends there, in every engine.
     */
    public java.util.List<String> needs(boolean bearer) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Templates.placeholders(pathTemplate, names);
        Templates.placeholders(bodyTemplate, names);
        if (authenticated && bearer) {
            names.add(TOKEN_VARIABLE);
        }
        names.removeAll(variables.keySet());
        return java.util.List.copyOf(names);
    }

    /**
     * The captured values this step names its target by: its path's placeholders, or, for a path without any, those
     * of its body that it does not draw itself ({@code PUT /pet} with {@code {"id": {{petId}}}}).
     */
    public java.util.Set<String> targetIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        Templates.placeholders(pathTemplate, ids);
        if (ids.isEmpty()) {
            Templates.placeholders(bodyTemplate, ids);
            ids.removeAll(variables.keySet());
        }
        return ids;
    }

    /** The variables this step captures, with how each is read. */
    public Map<String, Capture> parsedCaptures() {
        Map<String, Capture> parsed = new java.util.TreeMap<>();
        captures.forEach((name, expression) -> parsed.put(name, Capture.parse(expression)));
        return parsed;
    }
}
