package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code static final String} constants of a whole tree, so paths built from them ({@code Api.BASE + "/x"}) resolve.
 */
final class StringConstants {

    private final Map<String, Expression> byQualifiedName = new HashMap<>();
    private final Map<String, Expression> bySimpleName = new HashMap<>();

    StringConstants(List<CompilationUnit> units) {
        for (CompilationUnit unit : units) {
            for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
                for (FieldDeclaration field : type.getFields()) {
                    if (field.isStatic() && field.isFinal()
                            || type.isClassOrInterfaceDeclaration()
                                    && type.asClassOrInterfaceDeclaration().isInterface()) {
                        field.getVariables()
                                .forEach(v -> v.getInitializer().ifPresent(init -> {
                                    byQualifiedName.put(type.getNameAsString() + "." + v.getNameAsString(), init);
                                    bySimpleName.putIfAbsent(v.getNameAsString(), init);
                                }));
                    }
                }
            }
        }
    }

    /** Every string an annotation value stands for: a literal, a constant, a concatenation, or an array of them. */
    List<String> values(Expression expression) {
        List<String> values = new ArrayList<>();
        if (expression instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> value(v, 0).ifPresent(values::add));
        } else {
            value(expression, 0).ifPresent(values::add);
        }
        return values;
    }

    Optional<String> value(Expression expression, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Optional.of(literal.getValue());
        }
        if (expression instanceof BinaryExpr concat && concat.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = value(concat.getLeft(), depth + 1);
            Optional<String> right = value(concat.getRight(), depth + 1);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        Expression target = expression instanceof FieldAccessExpr field
                ? byQualifiedName.getOrDefault(
                        field.getScope().toString().replaceAll(".*\\.", "") + "." + field.getNameAsString(),
                        bySimpleName.get(field.getNameAsString()))
                : expression instanceof NameExpr name ? bySimpleName.get(name.getNameAsString()) : null;
        return target == null ? Optional.empty() : value(target, depth + 1);
    }
}
