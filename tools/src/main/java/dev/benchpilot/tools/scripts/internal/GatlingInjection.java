package dev.benchpilot.tools.scripts.internal;

import static dev.benchpilot.tools.scripts.internal.JavaAst.call;
import static dev.benchpilot.tools.scripts.internal.JavaAst.decimal;
import static dev.benchpilot.tools.scripts.internal.JavaAst.duration;

import com.github.javaparser.ast.expr.Expression;
import dev.benchpilot.tools.scenario.Flow;
import dev.benchpilot.tools.scripts.ScriptSpec;
import java.util.List;

/**
 * A flow's open-model injection: per profile stage {@code constantUsersPerSec(r).during(d)},
 * {@code rampUsersPerSec(a).to(b).during(d)}, or {@code nothingFor(d)} when no user arrives.
 */
final class GatlingInjection {

    private GatlingInjection() {}

    static List<Expression> of(ScriptSpec spec, Flow flow) {
        return ArrivalStage.of(spec, flow).stream().map(GatlingInjection::step).toList();
    }

    private static Expression step(ArrivalStage stage) {
        if (stage.idle()) {
            return call("nothingFor", duration(stage.duration()));
        }
        Expression rate = stage.constant()
                ? call("constantUsersPerSec", decimal(stage.fromUsersPerSecond()))
                : call(
                        call("rampUsersPerSec", decimal(stage.fromUsersPerSecond())),
                        "to",
                        decimal(stage.toUsersPerSecond()));
        return call(rate, "during", duration(stage.duration()));
    }
}
