package dev.benchpilot.tools.engines.internal;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.benchpilot.tools.engines.ConnectionModel;
import dev.benchpilot.tools.engines.LoadStop;
import dev.benchpilot.tools.engines.LoadTest;
import dev.benchpilot.tools.scenario.AuthHeader;
import dev.benchpilot.tools.scenario.Capture;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Stage;
import dev.benchpilot.tools.scenario.Step;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one compiled simulation: it builds Gatling scenarios from the plan data in {@link SimulationInput}.
 * Every request is wrapped in {@link RequestTracker} hooks so that benchpilot, not Gatling, records it.
 */
public final class EmbeddedSimulation extends Simulation {

    private static final String SEQ = "bp_seq";

    private final SimulationInput input = SimulationInput.get();

    public EmbeddedSimulation() {
        LoadTest test = input.test();
        ScenarioSet scenarios = test.scenarios();
        List<PopulationBuilder> populations = new ArrayList<>();
        for (Flow flow : scenarios.flows()) {
            double share = scenarios.shareOf(flow) / scenarios.expectedRequestsPerUser();
            populations.add(scenario(flow.name()).exec(chain(flow, scenarios)).injectOpen(injection(test, share)));
        }
        HttpProtocolBuilder protocol = http.baseUrl(test.baseUrlText())
                .disableWarmUp()
                .disableCaching()
                .acceptHeader("application/json")
                .userAgentHeader("benchpilot");
        setUp(populations)
                .protocols(input.connections() == ConnectionModel.SHARED ? protocol.shareConnections() : protocol)
                .maxDuration(hardStop(test));
    }

    /**
     * The profile, then time for the last journeys to finish (each step bounded by the request timeout), then stop
     * regardless.
     */
    static java.time.Duration hardStop(LoadTest test) {
        int longestFlow = test.scenarios().flows().stream()
                .mapToInt(f -> f.steps().size())
                .max()
                .orElse(1);
        java.time.Duration perStep =
                test.requestTimeout().plus(test.scenarios().thinkTime().max());
        java.time.Duration drain = perStep.multipliedBy(longestFlow);
        java.time.Duration cap = java.time.Duration.ofMinutes(2);
        return test.profile().totalDuration().plus(drain.compareTo(cap) > 0 ? cap : drain);
    }

    private List<OpenInjectionStep> injection(LoadTest test, double usersPerRequest) {
        List<OpenInjectionStep> steps = new ArrayList<>();
        for (Stage stage : test.profile().stages()) {
            double from = stage.startRps() * usersPerRequest;
            double to = stage.endRps() * usersPerRequest;
            if (from == 0 && to == 0) {
                steps.add(nothingFor(stage.duration()));
            } else if (stage.isConstant()) {
                steps.add(constantUsersPerSec(from).during(stage.duration()));
            } else {
                steps.add(rampUsersPerSec(from).to(to).during(stage.duration()));
            }
        }
        return steps;
    }

    private ChainBuilder chain(Flow flow, ScenarioSet scenarios) {
        RequestTracker tracker = input.tracker();
        ChainBuilder chain = exec(session -> {
            tracker.arrived(flow);
            return session;
        });
        List<Step> steps = flow.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            ChainBuilder one = request(step, flow.name(), flow.logsIn());
            // a pause after a journey's last request sends nothing: the user would only wait, scheduled, and then end
            if (step.thinkAfter() && i < steps.size() - 1) {
                one = one.pause(
                        scenarios.thinkTime().min(), scenarios.thinkTime().max());
            }
            chain = step.probability() >= 1.0
                    ? chain.exec(one)
                    : chain.exec(doIf(session -> ThreadLocalRandom.current().nextDouble() < step.probability())
                            .then(one));
        }
        return chain;
    }

    private ChainBuilder request(Step step, String flow, boolean bearer) {
        RequestTracker tracker = input.tracker();
        StepValues values = new StepValues(step, input.test().credentials());
        HttpRequestActionBuilder request = http(step.endpointKey())
                .httpRequest(step.method(), GatlingTemplates.expression(step.pathTemplate()))
                .transformResponse((response, session) -> {
                    tracker.respond(session.getLong(SEQ), response.status().code());
                    return response;
                });
        if (step.bodyTemplate() != null) {
            request = request.body(StringBody(GatlingTemplates.expression(step.bodyTemplate())))
                    .asJson();
        }
        AuthHeader staticHeader = input.test().credentials() == null
                ? null
                : input.test().credentials().authHeader();
        if (step.authenticated() && bearer) {
            request = request.header("Authorization", "Bearer #{" + Step.TOKEN_VARIABLE + "}");
        } else if (step.authenticated() && staticHeader != null) {
            request = request.header(staticHeader.name(), session -> staticHeader.value());
        }
        java.util.Map<String, Capture> captures = step.parsedCaptures();
        for (var capture : captures.entrySet()) {
            List<Capture.Alternative> alternatives = capture.getValue().alternatives();
            for (int i = 0; i < alternatives.size(); i++) {
                String saveAs = captureAttribute(capture.getKey(), i);
                request = request.check(
                        alternatives.get(i) instanceof Capture.JsonField field
                                ? field.several()
                                        ? jsonPath(field.path())
                                                .findRandom()
                                                .optional()
                                                .saveAs(saveAs)
                                        : jsonPath(field.path())
                                                .find()
                                                .optional()
                                                .saveAs(saveAs)
                                : header(((Capture.HeaderSegment) alternatives.get(i)).header())
                                        .find()
                                        .optional()
                                        .saveAs(saveAs));
            }
        }
        LoadStop stop = input.test().stop();
        List<String> needs = step.needs(bearer);
        ChainBuilder send = exec(session -> values.draw(session).set(SEQ, tracker.begin(step.endpointKey(), flow)))
                .exec(request)
                .exec(session -> {
                    tracker.end(session.getLong(SEQ));
                    return captured(captures, session);
                });
        ChainBuilder guarded =
                exec(stopLoadGeneratorIf(session -> "stopped: " + stop.reason(), session -> stop.requested()));
        if (needs.isEmpty()) {
            return guarded.exec(send);
        }
        // a value an earlier step should have captured is missing: a scenario error, and the journey ends here
        return guarded.doIfOrElse(session -> needs.stream().allMatch(session::contains))
                .then(send)
                .orElse(exec(session -> {
                            tracker.scenarioError(
                                    step.endpointKey(),
                                    needs.stream()
                                            .filter(n -> !session.contains(n))
                                            .toList(),
                                    flow);
                            return session;
                        })
                        .exitHere());
    }

    private static String captureAttribute(String variable, int alternative) {
        return "bp_capture_" + alternative + "_" + variable;
    }

    /**
     * Sets each captured variable from the first of its alternatives that matched (a header gives its last path
     * segment).
     */
    private static Session captured(java.util.Map<String, Capture> captures, Session session) {
        Session result = session;
        for (var capture : captures.entrySet()) {
            List<Capture.Alternative> alternatives = capture.getValue().alternatives();
            for (int i = 0; i < alternatives.size(); i++) {
                String attribute = captureAttribute(capture.getKey(), i);
                if (result.contains(attribute)) {
                    Object value = result.get(attribute);
                    String text = alternatives.get(i) instanceof Capture.HeaderSegment
                            ? Capture.lastSegment(String.valueOf(value))
                            : String.valueOf(value);
                    result = result.remove(attribute);
                    if (text != null) {
                        result = result.set(capture.getKey(), text);
                        break;
                    }
                }
            }
            for (int i = 0; i < alternatives.size(); i++) {
                result = result.remove(captureAttribute(capture.getKey(), i));
            }
        }
        return result;
    }
}
