package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Optional;

/**
 * The string a route path argument stands for: a literal, a concatenation, a local or a {@code static final}
 * constant in scope, or a constant of another file ({@code Paths.API}) through {@link StringConstants}.
 */
final class RouteStrings {

    private static final int MAX_DEPTH = 8;

    private final StringConstants constants;

    RouteStrings(StringConstants constants) {
        this.constants = constants;
    }

    Optional<String> value(Expression expression) {
        return value(expression, 0);
    }

    private Optional<String> value(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Optional.of(literal.getValue());
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return value(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof BinaryExpr concat && concat.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = value(concat.getLeft(), depth + 1);
            Optional<String> right = value(concat.getRight(), depth + 1);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        if (expression instanceof NameExpr name) {
            Optional<NameScopes.Declared> declared = NameScopes.find(name, name.getNameAsString());
            if (declared.isPresent()) {
                NameScopes.Declared found = declared.get();
                boolean fixed = !found.field() || found.staticFinal();
                return fixed && found.initializer() != null ? value(found.initializer(), depth + 1) : Optional.empty();
            }
        }
        return constants.value(expression, depth);
    }
}
