package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads Spring's mapping annotations: paths (value/path, arrays, constants) and HTTP methods. */
final class SpringMappings {

    static final Map<String, String> SHORTCUTS = Map.of("GetMapping", "GET", "PostMapping", "POST", "PutMapping", "PUT",
            "DeleteMapping", "DELETE", "PatchMapping", "PATCH");

    private final StringConstants constants;

    SpringMappings(StringConstants constants) {
        this.constants = constants;
    }

    /** A mapping on a method or type: its paths (at least "") and methods (ANY when none is named). */
    record Mapping(List<String> paths, List<String> methods) {
    }

    Optional<Mapping> of(NodeWithAnnotations<?> element) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            String name = annotation.getNameAsString().replaceAll(".*\\.", "");
            if (SHORTCUTS.containsKey(name)) {
                return Optional.of(new Mapping(paths(annotation), List.of(SHORTCUTS.get(name))));
            }
            if (name.equals("RequestMapping")) {
                List<String> methods = new ArrayList<>();
                member(annotation, "method").ifPresent(value -> {
                    List<Expression> items = value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
                    items.forEach(item -> methods.add(item.toString().replaceAll(".*\\.", "").toUpperCase(Locale.ROOT)));
                });
                return Optional.of(new Mapping(paths(annotation), methods.isEmpty() ? List.of("ANY") : methods));
            }
        }
        return Optional.empty();
    }

    private List<String> paths(AnnotationExpr annotation) {
        Optional<Expression> value = annotation.isSingleMemberAnnotationExpr()
                ? Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue())
                : member(annotation, "value").or(() -> member(annotation, "path"));
        List<String> paths = value.map(constants::values).orElse(List.of());
        return paths.isEmpty() ? List.of("") : paths;
    }

    static Optional<Expression> member(AnnotationExpr annotation, String name) {
        if (!annotation.isNormalAnnotationExpr()) {
            return Optional.empty();
        }
        return annotation.asNormalAnnotationExpr().getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                .map(MemberValuePair::getValue).findFirst();
    }

    static boolean has(NodeWithAnnotations<?> element, String... names) {
        for (String name : names) {
            if (element.getAnnotations().stream().anyMatch(a -> a.getNameAsString().replaceAll(".*\\.", "").equals(name))) {
                return true;
            }
        }
        return false;
    }
}
