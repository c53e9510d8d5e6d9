package dev.benchpilot.tools.probe;

import dev.benchpilot.tools.scenario.Credentials;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functional pre-flight: before any load, every flow is walked once, in order, with every step taken, by one
 * user. A step that fails with no load (an error status, no answer, or a value an earlier step did not give) is taken
 * out of the load, with what it answered: under load it would only count the scenario's or the service's standing
 * faults as breaking signals. Flows left with no step are dropped.
 *
 * <p>The ids a list answers with here are the data that existed before the run. Under load a list also shows what
 * other virtual users created and are about to delete, so a read of a listed id would meet a 404 that is the
 * scenario's doing. Each id a read (GET) captures is therefore drawn, under load, from the ids its list gave here (the
 * list is still requested); an empty list keeps the live capture.
 */
public final class Preflight {

    /** How the run's warnings name a step the pre-flight left out (the analysis reports those once, as findings). */
    public static final String WARNING = "fails without load, left out of the load: ";
    /** The longest body excerpt kept for a failing step. */
    static final int EXCERPT = 200;
    /** The most listed ids a read draws from under load. */
    static final int MAX_PINNED = 1000;

    /**
     * A step that failed with no load.
     *
     * @param status  the HTTP status, 0 when no answer came, -1 when it was not sent (a value was missing)
     * @param excerpt the start of the answer's body (one line, at most {@value #EXCERPT} characters), or what went
     *     wrong
     */
    public record Failure(String flow, String endpointKey, int status, String excerpt) {

        /** {@code POST /visits (flow visits): HTTP 500 — {"error": ...}}. */
        public String describe() {
            String what = status > 0 ? "HTTP " + status : status == 0 ? "no answer" : "not sent";
            return endpointKey + " (flow " + flow + "): " + what + (excerpt.isEmpty() ? "" : " — " + excerpt);
        }
    }

    /**
     * @param scenarios what is left for the load: the flows without their failing steps (null when nothing is left)
     * @param failures  each failing step, in flow order
     * @param dropped   flows left out entirely, every step of them failing
     */
    public record Result(ScenarioSet scenarios, List<Failure> failures, List<String> dropped) {
        public Result {
            failures = List.copyOf(failures);
            dropped = List.copyOf(dropped);
        }
    }

    private Preflight() {}

    public static Result walk(URI baseUrl, ScenarioSet scenarios, Credentials credentials, Duration timeout)
            throws InterruptedException {
        Duration requestTimeout =
                timeout.compareTo(NoLoadBaseline.REQUEST_TIMEOUT) < 0 ? timeout : NoLoadBaseline.REQUEST_TIMEOUT;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(requestTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        String base = baseUrl.toString().replaceAll("/+$", "");
        List<Failure> failures = new ArrayList<>();
        List<Flow> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Flow flow : scenarios.flows()) {
            Map<String, String> variables = new HashMap<>();
            List<Step> working = new ArrayList<>();
            for (Step step : flow.steps()) {
                Map<String, List<String>> listed = new HashMap<>();
                Failure failure = call(client, base, flow, step, variables, credentials, requestTimeout, listed);
                Step withoutId = failure == null || failure.status() < 400 || failure.status() >= 500
                        ? null
                        : withoutFreshId(step);
                if (withoutId != null
                        && call(client, base, flow, withoutId, variables, credentials, requestTimeout, listed)
                                == null) {
                    working.add(withoutId); // the service numbers its entities itself and refuses one that brings an id
                } else if (failure == null) {
                    working.add(pinned(step, listed));
                } else {
                    failures.add(failure);
                }
            }
            if (working.isEmpty()) {
                dropped.add(flow.name());
            } else {
                kept.add(
                        working.equals(flow.steps())
                                ? flow
                                : new Flow(flow.name(), flow.description(), flow.weight(), working));
            }
        }
        ScenarioSet left = kept.isEmpty() ? null : new ScenarioSet(kept, scenarios.thinkTime(), scenarios.notes());
        return new Result(left, failures, dropped);
    }

    private static final java.util.regex.Pattern FRESH_ID_MEMBER = java.util.regex.Pattern.compile(
            "\"id\"\\s*:\\s*\\{\\{(\\w+)}}\\s*,\\s*|,\\s*\"id\"\\s*:\\s*\\{\\{(\\w+)}}");

    /**
     * A create whose body brings its own fresh id ({@link ValueSource.RandomInt#FRESH_ID}: the petstore wants one)
     * without
     * it, for a service that refuses a new entity with an id (JHipster: "A new label cannot already have an ID"); null
     * when the step brings none.
     */
    static Step withoutFreshId(Step step) {
        if (!step.method().equals("POST") || step.bodyTemplate() == null) {
            return null;
        }
        java.util.regex.Matcher member = FRESH_ID_MEMBER.matcher(step.bodyTemplate());
        while (member.find()) {
            String variable = member.group(1) != null ? member.group(1) : member.group(2);
            if (ValueSource.RandomInt.FRESH_ID.equals(step.variables().get(variable))) {
                Map<String, ValueSource> drawn = new java.util.LinkedHashMap<>(step.variables());
                drawn.remove(variable);
                String body = step.bodyTemplate().substring(0, member.start())
                        + step.bodyTemplate().substring(member.end());
                return new Step(
                        step.endpointKey(),
                        step.method(),
                        step.pathTemplate(),
                        step.probability(),
                        body,
                        drawn,
                        step.captures(),
                        step.authenticated(),
                        step.thinkAfter());
            }
        }
        return null;
    }

    /**
     * A read's captures replaced by a draw from the ids it listed before the run (at most {@value #MAX_PINNED} of
     * them).
     */
    static Step pinned(Step step, Map<String, List<String>> listed) {
        if (!step.method().equals("GET") || listed.isEmpty() || step.captures().containsKey(Step.TOKEN_VARIABLE)) {
            return step;
        }
        Map<String, String> captures = new java.util.LinkedHashMap<>(step.captures());
        Map<String, ValueSource> drawn = new java.util.LinkedHashMap<>(step.variables());
        listed.forEach((name, ids) -> {
            captures.remove(name);
            drawn.put(name, new ValueSource.OneOf(ids.subList(0, Math.min(ids.size(), MAX_PINNED))));
        });
        return new Step(
                step.endpointKey(),
                step.method(),
                step.pathTemplate(),
                step.probability(),
                step.bodyTemplate(),
                drawn,
                captures,
                step.authenticated(),
                step.thinkAfter());
    }

    private static Failure call(
            HttpClient client,
            String base,
            Flow flow,
            Step step,
            Map<String, String> variables,
            Credentials credentials,
            Duration timeout,
            Map<String, List<String>> listed)
            throws InterruptedException {
        StepCall.Prepared prepared = StepCall.prepare(base, flow, step, variables, credentials, timeout);
        if (prepared.request() == null) {
            return new Failure(
                    flow.name(),
                    step.endpointKey(),
                    -1,
                    String.join(", ", prepared.missing()) + " not captured by an earlier step");
        }
        try {
            HttpResponse<String> response = client.send(prepared.request(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                return new Failure(
                        flow.name(),
                        step.endpointKey(),
                        response.statusCode(),
                        excerpt(redacted(response.body(), secrets(variables, credentials))));
            }
            ResponseCaptures.apply(step, response, variables);
            if (step.method().equals("GET")) {
                listed.putAll(ResponseCaptures.allMatches(step, response));
            }
            return null;
        } catch (HttpTimeoutException e) {
            return new Failure(flow.name(), step.endpointKey(), 0, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Failure(
                    flow.name(),
                    step.endpointKey(),
                    0,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * The values an error body must not carry into a report: the test users' passwords, the static auth header, and the
     * journey's tokens and passwords (a validation error may echo the request back).
     */
    static List<String> secrets(Map<String, String> variables, Credentials credentials) {
        List<String> secrets = new ArrayList<>();
        variables.forEach((name, value) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (value != null && (lower.contains("pass") || lower.contains("token") || lower.contains("secret"))) {
                secrets.add(value);
            }
        });
        if (credentials != null) {
            credentials.accounts().forEach(a -> secrets.add(a.password()));
            if (credentials.authHeader() != null) {
                secrets.add(credentials.authHeader().value());
            }
        }
        return secrets.stream().filter(v -> v != null && v.length() >= 4).toList();
    }

    static String redacted(String body, List<String> secrets) {
        String text = body == null ? "" : body;
        for (String secret : secrets) {
            text = text.replace(secret, "***");
        }
        return text;
    }

    /** The body's start on one line, control characters removed, at most {@value #EXCERPT} characters. */
    static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String line = body.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "…";
    }
}
