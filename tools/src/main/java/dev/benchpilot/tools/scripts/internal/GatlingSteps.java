package dev.benchpilot.tools.scripts.internal;

import static dev.benchpilot.tools.scripts.internal.JavaAst.call;
import static dev.benchpilot.tools.scripts.internal.JavaAst.lambda;
import static dev.benchpilot.tools.scripts.internal.JavaAst.name;
import static dev.benchpilot.tools.scripts.internal.JavaAst.string;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.benchpilot.tools.scenario.Capture;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.Templates;
import dev.benchpilot.tools.scenario.ValueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One step as a Gatling Java DSL chain: draw the step's variables into the session, end the journey when a needed
 * value is missing, send the request (named after the endpoint, templates in Gatling EL), pause; all inside
 * {@code doIf} when the step runs with a probability below one.
 */
final class GatlingSteps {

    private static final Set<String> SHORTHAND_METHODS =
            Set.of("GET", "PUT", "POST", "PATCH", "HEAD", "DELETE", "OPTIONS");

    private GatlingSteps() {}

    /**
     * The step as one {@code ChainBuilder} expression, chained: {@code
     * exec(...).exitHereIf(...).exec(http(...)).pause(...)}.
     */
    static Expression chain(Step step, boolean bearer) {
        List<MethodCallExpr> parts = new ArrayList<>();
        if (!step.variables().isEmpty()) {
            Expression session = name("session");
            for (Map.Entry<String, ValueSource> variable : new TreeMap<>(step.variables()).entrySet()) {
                session = call(session, "set", string(variable.getKey()), value(variable.getValue()));
            }
            parts.add(call("exec", lambda("session", session)));
        }
        List<String> needs = StepNeeds.of(step, bearer);
        if (!needs.isEmpty()) {
            parts.add(call(
                    "exitHereIf",
                    lambda(
                            "session",
                            JavaAst.or(needs.stream()
                                    .map(n -> new UnaryExpr(
                                            call(name("session"), "contains", string(n)),
                                            UnaryExpr.Operator.LOGICAL_COMPLEMENT))
                                    .toList()))));
        }
        parts.add(call("exec", request(step, bearer)));
        if (step.thinkAfter()) {
            parts.add(call("pause", name("THINK_MIN"), name("THINK_MAX")));
        }
        MethodCallExpr chain = parts.get(0);
        for (MethodCallExpr part : parts.subList(1, parts.size())) {
            chain = call(chain, part.getNameAsString(), part.getArguments());
        }
        if (step.probability() >= 1) {
            return chain;
        }
        Expression chance = new BinaryExpr(
                call(call(name("ThreadLocalRandom"), "current"), "nextDouble"),
                JavaAst.decimal(step.probability()),
                BinaryExpr.Operator.LESS);
        return call(call("doIf", lambda("session", chance)), "then", chain);
    }

    /** {@code {{name}}} placeholders as Gatling EL {@code #{name}}. */
    static String expressionLanguage(String template) {
        return Templates.replace(template, name -> "#{" + name + "}");
    }

    private static Expression request(Step step, boolean bearer) {
        String method = step.method().toUpperCase(Locale.ROOT);
        Expression http = call("http", string(step.endpointKey()));
        Expression path = string(expressionLanguage(step.pathTemplate()));
        Expression request = SHORTHAND_METHODS.contains(method)
                ? call(http, method.toLowerCase(Locale.ROOT), path)
                : call(http, "httpRequest", string(method), path);
        request = call(request, "requestTimeout", name("REQUEST_TIMEOUT"));
        if (step.bodyTemplate() != null) {
            request = call(
                    call(request, "body", call("StringBody", string(expressionLanguage(step.bodyTemplate())))),
                    "asJson");
        }
        if (step.authenticated() && bearer) {
            request = call(request, "header", string("Authorization"), string("Bearer #{" + Step.TOKEN_VARIABLE + "}"));
        } else if (step.authenticated()) {
            request = call(request, "header", name("AUTH_NAME"), name("AUTH_VALUE"));
        }
        for (Map.Entry<String, Capture> capture : step.parsedCaptures().entrySet()) {
            // a later check's value replaces an earlier one's: the first alternative is checked last, so it wins
            List<Capture.Alternative> alternatives =
                    new java.util.ArrayList<>(capture.getValue().alternatives());
            java.util.Collections.reverse(alternatives);
            for (Capture.Alternative alternative : alternatives) {
                Expression find = alternative instanceof Capture.JsonField field
                        ? call(call("jsonPath", string(field.path())), field.several() ? "findRandom" : "find")
                        : call(
                                call(call("header", string(((Capture.HeaderSegment) alternative).header())), "find"),
                                "transform",
                                JavaAst.lambda("value", call("lastSegment", name("value"))));
                request = call(request, "check", call(call(find, "optional"), "saveAs", string(capture.getKey())));
            }
        }
        return request;
    }

    private static Expression value(ValueSource source) {
        if (source instanceof ValueSource.RandomInt r) {
            // nextLong's bound is exclusive; at Long.MAX_VALUE the top value is left out rather than overflow
            long bound = r.max() == Long.MAX_VALUE ? r.max() : r.max() + 1;
            return call(
                    call(name("ThreadLocalRandom"), "current"),
                    "nextLong",
                    JavaAst.longValue(r.min()),
                    JavaAst.longValue(bound));
        }
        if (source instanceof ValueSource.RandomString s) {
            return call("randomString", string(s.prefix()), JavaAst.intValue(s.length()));
        }
        if (source instanceof ValueSource.OneOf o) {
            return call(null, "oneOf", o.values().stream().map(JavaAst::string).toList());
        }
        return name(
                ((ValueSource.Credential) source).part() == ValueSource.Credential.Part.USERNAME
                        ? "USERNAME"
                        : "PASSWORD");
    }
}
