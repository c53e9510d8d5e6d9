package dev.benchpilot.tools.scripts.internal;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.UnknownType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Small factories for the JavaParser expressions generated Java is built from. Text from the spec only ever
 * enters as a {@link #string string literal}, escaped here, so no input can change the code's structure.
 */
final class JavaAst {

    private JavaAst() {}

    /**
     * A string literal for any text: escapes quotes, backslashes and control characters; non-ASCII as {@code \}{@code
     * uXXXX}.
     */
    static StringLiteralExpr string(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // octal, because javac turns a unicode escape for a line break into a real one before lexing
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return new StringLiteralExpr(out.toString());
    }

    static MethodCallExpr call(String method, Expression... arguments) {
        return new MethodCallExpr(null, method, new NodeList<>(arguments));
    }

    static MethodCallExpr call(Expression scope, String method, Expression... arguments) {
        return new MethodCallExpr(scope, method, new NodeList<>(arguments));
    }

    static MethodCallExpr call(Expression scope, String method, List<? extends Expression> arguments) {
        NodeList<Expression> list = new NodeList<>();
        arguments.forEach(list::add);
        return new MethodCallExpr(scope, method, list);
    }

    static NameExpr name(String name) {
        return new NameExpr(name);
    }

    /** {@code param -> body}. */
    static LambdaExpr lambda(String parameter, Expression body) {
        return new LambdaExpr(new Parameter(new UnknownType(), parameter), body);
    }

    static DoubleLiteralExpr decimal(double value) {
        return new DoubleLiteralExpr(Decimals.javaDouble(value));
    }

    static LongLiteralExpr longValue(long value) {
        return new LongLiteralExpr(value + "L");
    }

    /** An {@code int} literal when the value fits, else a {@code long} one. */
    static Expression whole(long value) {
        return value == (int) value ? intValue((int) value) : longValue(value);
    }

    static IntegerLiteralExpr intValue(int value) {
        return new IntegerLiteralExpr(String.valueOf(value));
    }

    /** {@code Duration.ofSeconds(n)} for whole seconds, else {@code Duration.ofMillis(n)}. */
    static MethodCallExpr duration(Duration duration) {
        return duration.toMillisPart() == 0
                ? call(name("Duration"), "ofSeconds", whole(duration.toSeconds()))
                : call(name("Duration"), "ofMillis", whole(duration.toMillis()));
    }

    /** {@code a || b || c}. */
    static Expression or(List<? extends Expression> operands) {
        Expression result = operands.get(0);
        for (Expression operand : operands.subList(1, operands.size())) {
            result = new BinaryExpr(result, operand, BinaryExpr.Operator.OR);
        }
        return result;
    }
}
