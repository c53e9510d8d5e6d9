package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Bean Validation annotations of a DTO member ({@code @Min}, {@code @Max}, {@code @Size}, {@code @Email}, ...) as
 * sample constraints.
 */
final class ValidationAnnotations {

    private ValidationAnnotations() {}

    static SampleValues.Constraints of(NodeWithAnnotations<?> member) {
        BigDecimal minimum = null;
        BigDecimal maximum = null;
        Integer minLength = null;
        Integer maxLength = null;
        String format = null;
        for (AnnotationExpr annotation : member.getAnnotations()) {
            switch (annotation.getName().getIdentifier()) {
                case "Min", "DecimalMin" ->
                    minimum = number(annotation, "value").orElse(minimum);
                case "Max", "DecimalMax" ->
                    maximum = number(annotation, "value").orElse(maximum);
                case "Positive" -> minimum = BigDecimal.ONE;
                case "PositiveOrZero" -> minimum = BigDecimal.ZERO;
                case "Negative" -> maximum = BigDecimal.ONE.negate();
                case "NegativeOrZero" -> maximum = BigDecimal.ZERO;
                case "Size", "Length" -> {
                    minLength =
                            number(annotation, "min").map(BigDecimal::intValue).orElse(minLength);
                    maxLength =
                            number(annotation, "max").map(BigDecimal::intValue).orElse(maxLength);
                }
                case "Email" -> format = "email";
                default -> {}
            }
        }
        return new SampleValues.Constraints(minimum, maximum, minLength, maxLength, format);
    }

    private static Optional<BigDecimal> number(AnnotationExpr annotation, String attribute) {
        Optional<Expression> value = Optional.empty();
        if (annotation.isSingleMemberAnnotationExpr() && attribute.equals("value")) {
            value = Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue());
        } else if (annotation.isNormalAnnotationExpr()) {
            value = annotation.asNormalAnnotationExpr().getPairs().stream()
                    .filter(p -> p.getNameAsString().equals(attribute))
                    .map(MemberValuePair::getValue)
                    .findFirst();
        }
        return value.flatMap(ValidationAnnotations::number);
    }

    private static Optional<BigDecimal> number(Expression expression) {
        if (expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
            return number(unary.getExpression()).map(BigDecimal::negate);
        }
        if (expression instanceof LiteralStringValueExpr literal) {
            try {
                return Optional.of(new BigDecimal(literal.getValue().replaceAll("[lLdDfF_]", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
