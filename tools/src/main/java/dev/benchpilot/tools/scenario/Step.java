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
 * @param endpointKey  the endpoint this step exercises, {@code GET /api/products/{id}}: the name its figures are reported under
 * @param method       HTTP method
 * @param pathTemplate the path with placeholders, for example {@code /api/products/{{productId}}}
 * @param probability  the chance the step runs when the flow reaches it, in (0, 1]
 * @param bodyTemplate a JSON body template, or null
 * @param variables    variables to draw before the request
 * @param captures     variable name to JSONPath read from this step's response, e.g. {@code $..id} (a random match) or {@code $.token}
 * @param authenticated whether the request carries credentials: {@code Authorization: Bearer {{token}}} in a flow that
 *                      logs in ({@link Flow#logsIn()}), else the run's static {@link AuthHeader}
 * @param thinkAfter   whether the virtual user pauses after this step
 */
public record Step(String endpointKey, String method, String pathTemplate, double probability, String bodyTemplate,
                   Map<String, ValueSource> variables, Map<String, String> captures, boolean authenticated,
                   boolean thinkAfter) {

    public static final String TOKEN_VARIABLE = "token";

    public Step {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("step probability must be in (0, 1], was " + probability);
        }
        variables = variables == null ? Map.of() : Map.copyOf(variables);
        captures = captures == null ? Map.of() : Map.copyOf(captures);
    }
}
