package dev.benchpilot.tools.probe;

import dev.benchpilot.tools.scenario.AuthHeader;
import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.Templates;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One step of a flow as the JDK client sends it outside the load (pre-flight and baseline): its variables drawn into
 * the journey's, its templates filled in, its credentials attached. When a value it needs is missing, no request.
 */
final class StepCall {

    /** @param request the request to send, or null when {@code missing} names what an earlier step did not capture */
    record Prepared(HttpRequest request, List<String> missing) {}

    private StepCall() {}

    static Prepared prepare(
            String base,
            Flow flow,
            Step step,
            Map<String, String> variables,
            Credentials credentials,
            Duration timeout) {
        variables.putAll(ProbeValues.draw(step, credentials));
        List<String> missing = step.needs(flow.logsIn()).stream()
                .filter(name -> variables.get(name) == null)
                .toList();
        String path = Templates.render(step.pathTemplate(), variables);
        String body = step.bodyTemplate() == null ? null : Templates.render(step.bodyTemplate(), variables);
        AuthHeader auth = AuthHeader.forStep(flow, step, variables, credentials);
        if (!missing.isEmpty() || path == null || (step.bodyTemplate() != null && body == null)) {
            return new Prepared(null, missing.isEmpty() ? List.of("a value") : missing);
        }
        if (step.authenticated() && auth == null) {
            return new Prepared(null, List.of(flow.logsIn() ? Step.TOKEN_VARIABLE : "the auth header"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(
                        step.method(),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (auth != null) {
            request.header(auth.name(), auth.value());
        }
        return new Prepared(request.build(), List.of());
    }
}
