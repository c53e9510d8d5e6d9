package dev.benchpilot.tools.scripts.internal;

import static dev.benchpilot.tools.scripts.internal.JavaAst.call;
import static dev.benchpilot.tools.scripts.internal.JavaAst.name;
import static dev.benchpilot.tools.scripts.internal.JavaAst.string;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier.Keyword;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.benchpilot.tools.scenario.AuthHeader;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scenario.ScenarioSet;
import dev.benchpilot.tools.scenario.Step;
import dev.benchpilot.tools.scenario.ValueSource;
import dev.benchpilot.tools.scripts.ScriptSpec;
import dev.benchpilot.tools.scripts.ScriptWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code LoadTestSimulation.java}: a standalone Gatling 3.15 Java DSL simulation (default package) for a
 * gatling-maven-plugin project: one {@code ScenarioBuilder} per flow, injected with the open model at the flow's
 * users per second ({@link GatlingInjection}), steps from {@link GatlingSteps}. Built as a JavaParser
 * {@link CompilationUnit} and printed by its pretty printer, so the output is valid Java whatever the spec says.
 */
public final class GatlingSimulationWriter implements ScriptWriter {

    static final String CLASS_NAME = "LoadTestSimulation";

    @Override
    public String tool() {
        return "gatling";
    }

    @Override
    public String fileName() {
        return CLASS_NAME + ".java";
    }

    @Override
    public String write(ScriptSpec spec) {
        CompilationUnit unit = new CompilationUnit();
        unit.addImport("io.gatling.javaapi.core.CoreDsl", true, true);
        unit.addImport("io.gatling.javaapi.http.HttpDsl", true, true);
        for (String type : List.of(
                "io.gatling.javaapi.core.ChainBuilder",
                "io.gatling.javaapi.core.ScenarioBuilder",
                "io.gatling.javaapi.core.Simulation",
                "io.gatling.javaapi.http.HttpProtocolBuilder",
                "java.time.Duration",
                "java.util.concurrent.ThreadLocalRandom")) {
            unit.addImport(type);
        }
        ClassOrInterfaceDeclaration simulation =
                unit.addClass(CLASS_NAME, Keyword.PUBLIC).addExtendedType("Simulation");
        simulation.setJavadocComment(classComment(spec));
        constants(simulation, spec);
        simulation.addFieldWithInitializer(
                "HttpProtocolBuilder",
                "httpProtocol",
                call(
                        call(
                                call(name("http"), "baseUrl", name("BASE_URL")),
                                "acceptHeader",
                                string("application/json")),
                        "userAgentHeader",
                        string("benchpilot")),
                Keyword.PRIVATE,
                Keyword.FINAL);
        ScenarioSet scenarios = spec.scenarios();
        List<FlowNames> names = FlowNames.of(scenarios.flows());
        List<Expression> populations = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            populations.add(call(
                    call(names.get(i).identifier()),
                    "injectOpen",
                    GatlingInjection.of(spec, scenarios.flows().get(i))));
        }
        simulation
                .addInitializer()
                .addStatement(
                        new ExpressionStmt(call(call(null, "setUp", populations), "protocols", name("httpProtocol"))));
        for (int i = 0; i < names.size(); i++) {
            Flow flow = scenarios.flows().get(i);
            MethodDeclaration method = simulation
                    .addMethod(names.get(i).identifier(), Keyword.PRIVATE, Keyword.STATIC)
                    .setType("ScenarioBuilder")
                    .setBody(flowBody(flow, names.get(i).label()));
            method.setJavadocComment(CommentText.safe(names.get(i).label()) + ": weight " + flow.weight() + ", "
                    + Decimals.plain(scenarios.shareOf(flow) * 100) + "% of arriving users. "
                    + CommentText.safe(flow.description()));
        }
        simulation.addMember(GatlingMembers.setting());
        if (uses(scenarios, ValueSource.RandomString.class)) {
            simulation.addMember(GatlingMembers.randomString());
        }
        if (uses(scenarios, ValueSource.OneOf.class)) {
            simulation.addMember(GatlingMembers.oneOf());
        }
        if (scenarios.flows().stream()
                .flatMap(f -> f.steps().stream())
                .flatMap(s -> s.parsedCaptures().values().stream())
                .flatMap(c -> c.alternatives().stream())
                .anyMatch(a -> a instanceof dev.benchpilot.tools.scenario.Capture.HeaderSegment)) {
            simulation.addMember(GatlingMembers.lastSegment());
        }
        return unit.toString();
    }

    /**
     * One {@code ChainBuilder stepN} per step, each under a comment naming its endpoint, then the scenario of them all.
     */
    private static BlockStmt flowBody(Flow flow, String label) {
        BlockStmt body = new BlockStmt();
        List<Expression> steps = new ArrayList<>();
        for (int n = 1; n <= flow.steps().size(); n++) {
            Step step = flow.steps().get(n - 1);
            VariableDeclarationExpr declaration = new VariableDeclarationExpr(new VariableDeclarator(
                    new ClassOrInterfaceType(null, "ChainBuilder"),
                    "step" + n,
                    GatlingSteps.chain(step, flow.logsIn())));
            String comment = " " + n + ". " + CommentText.safe(step.endpointKey())
                    + (step.probability() < 1
                            ? ", in " + Decimals.plain(step.probability() * 100) + "% of journeys"
                            : "");
            ExpressionStmt statement = new ExpressionStmt(declaration);
            statement.setLineComment(comment);
            body.addStatement(statement);
            steps.add(name("step" + n));
        }
        return body.addStatement(new ReturnStmt(call(call("scenario", string(label)), "exec", steps)));
    }

    private static void constants(ClassOrInterfaceDeclaration simulation, ScriptSpec spec) {
        Keyword[] constant = {Keyword.PRIVATE, Keyword.STATIC, Keyword.FINAL};
        simulation.addFieldWithInitializer(
                "String",
                "BASE_URL",
                call(
                        call(name("System"), "getProperty", string("baseUrl"), string(spec.baseUrl())),
                        "replaceAll",
                        string("/+$"),
                        string("")),
                constant);
        simulation.addFieldWithInitializer(
                "String",
                "USERNAME",
                call("setting", string("benchpilot.username"), string("BENCHPILOT_USERNAME")),
                constant);
        simulation.addFieldWithInitializer(
                "String",
                "PASSWORD",
                call("setting", string("benchpilot.password"), string("BENCHPILOT_PASSWORD")),
                constant);
        simulation.addFieldWithInitializer(
                "Duration", "REQUEST_TIMEOUT", JavaAst.duration(spec.requestTimeout()), constant);
        simulation.addFieldWithInitializer(
                "Duration",
                "THINK_MIN",
                JavaAst.duration(spec.scenarios().thinkTime().min()),
                constant);
        simulation.addFieldWithInitializer(
                "Duration",
                "THINK_MAX",
                JavaAst.duration(spec.scenarios().thinkTime().max()),
                constant);
        if (StepNeeds.usesStaticAuth(spec.scenarios())) {
            simulation.addFieldWithInitializer(
                    "String",
                    "AUTH_HEADER",
                    call("setting", string("benchpilot.authHeader"), string(AuthHeader.ENV)),
                    constant);
            simulation.addFieldWithInitializer(
                    "String",
                    "AUTH_NAME",
                    StaticJavaParser.parseExpression("AUTH_HEADER.indexOf(':') > 0 ? AUTH_HEADER.substring(0, "
                            + "AUTH_HEADER.indexOf(':')).trim() : \"Authorization\""),
                    constant);
            simulation.addFieldWithInitializer(
                    "String",
                    "AUTH_VALUE",
                    StaticJavaParser.parseExpression("AUTH_HEADER.substring(AUTH_HEADER.indexOf(':') + 1).trim()"),
                    constant);
        }
        if (uses(spec.scenarios(), ValueSource.RandomString.class)) {
            simulation.addFieldWithInitializer(
                    "String", "ALPHABET", string("abcdefghijklmnopqrstuvwxyz0123456789"), constant);
        }
    }

    private static String classComment(ScriptSpec spec) {
        return "Generated by benchpilot from the plan's flows and load profile. Open model: users of each flow arrive\n"
                + "at the planned rate whatever the response times. The test user is read at run time; this file holds\n"
                + "no credentials.\n\n"
                + "<p>Put it in a gatling-maven-plugin project (src/test/java) and run:\n"
                + "<pre>\n"
                + "mvn gatling:test -Dgatling.simulationClass=" + CLASS_NAME + " -DbaseUrl="
                + CommentText.safe(spec.baseUrl()) + " \\\n"
                + "    -Dbenchpilot.username=... -Dbenchpilot.password=...\n"
                + "</pre>\n"
                + "or set BENCHPILOT_USERNAME and BENCHPILOT_PASSWORD in the environment. Flows that do not log in "
                + "send the\n"
                + "static header of -Dbenchpilot.authHeader=\"Name: value\" or " + AuthHeader.ENV + ".";
    }

    private static boolean uses(ScenarioSet scenarios, Class<? extends ValueSource> kind) {
        return scenarios.flows().stream()
                .flatMap(f -> f.steps().stream())
                .flatMap(s -> s.variables().values().stream())
                .anyMatch(kind::isInstance);
    }
}
