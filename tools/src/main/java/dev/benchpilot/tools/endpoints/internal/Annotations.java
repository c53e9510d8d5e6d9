package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.List;
import java.util.Optional;

/** Reading annotations by simple name, whatever the framework. */
final class Annotations {

    private Annotations() {}

    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> element, String simpleName) {
        return element.getAnnotations().stream()
                .filter(a -> a.getNameAsString().replaceAll(".*\\.", "").equals(simpleName))
                .findFirst();
    }

    static boolean has(NodeWithAnnotations<?> element, String... simpleNames) {
        for (String name : simpleNames) {
            if (find(element, name).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The single member, or the named member among {@code names}, of an annotation. */
    static Optional<Expression> value(AnnotationExpr annotation, List<String> names) {
        if (annotation.isSingleMemberAnnotationExpr()) {
            return Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue());
        }
        if (!annotation.isNormalAnnotationExpr()) {
            return Optional.empty();
        }
        return annotation.asNormalAnnotationExpr().getPairs().stream()
                .filter(p -> names.contains(p.getNameAsString()))
                .map(p -> p.getValue())
                .findFirst();
    }

    /** The first string of an annotation value ({@code @PathParam("id")}), or {@code fallback}. */
    static String name(NodeWithAnnotations<?> element, String simpleName, StringConstants constants, String fallback) {
        return find(element, simpleName)
                .flatMap(a -> value(a, List.of("value", "name")))
                .flatMap(v -> constants.values(v).stream().findFirst())
                .orElse(fallback);
    }
}
