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

/**
 * Reads Spring's mapping annotations: paths (value/path, arrays, constants) and HTTP methods, including composed
 * annotations declared in the tree ({@code @AnonymousGetMapping} meta-annotated with {@code @RequestMapping(method
 * = GET)})
 * and composed stereotypes ({@code @ApiController} meta-annotated with {@code @RestController}).
 */
final class SpringMappings {

    static final Map<String, String> SHORTCUTS = Map.of(
            "GetMapping",
            "GET",
            "PostMapping",
            "POST",
            "PutMapping",
            "PUT",
            "DeleteMapping",
            "DELETE",
            "PatchMapping",
            "PATCH");

    private static final List<String> STEREOTYPES = List.of("RestController", "Controller");

    private final StringConstants constants;
    /** Annotations declared in the tree, by simple name, whose own annotations carry a mapping. */
    private final Map<String, Mapping> composed = new java.util.HashMap<>();
    /** {@code Controller}, {@code RestController} and annotations declared in the tree that carry one of them. */
    private final java.util.Set<String> stereotypes = new java.util.HashSet<>(STEREOTYPES);

    SpringMappings(StringConstants constants, List<com.github.javaparser.ast.CompilationUnit> units) {
        this.constants = constants;
        List<com.github.javaparser.ast.body.AnnotationDeclaration> declared = new ArrayList<>();
        units.forEach(
                unit -> declared.addAll(unit.findAll(com.github.javaparser.ast.body.AnnotationDeclaration.class)));
        // meta-annotations nest (a composed mapping built on a composed mapping): settle in a few rounds
        for (int round = 0; round < 3; round++) {
            for (com.github.javaparser.ast.body.AnnotationDeclaration declaration : declared) {
                String name = declaration.getNameAsString();
                if (!composed.containsKey(name) && !SHORTCUTS.containsKey(name) && !name.equals("RequestMapping")) {
                    of(declaration).ifPresent(meta -> composed.put(name, meta));
                }
                if (declaration.getAnnotations().stream().anyMatch(a -> stereotypes.contains(simple(a)))) {
                    stereotypes.add(name);
                }
            }
        }
    }

    /** Whether a type is a controller: {@code @Controller}, {@code @RestController} or a stereotype built on them. */
    boolean controller(NodeWithAnnotations<?> type) {
        return type.getAnnotations().stream().anyMatch(a -> stereotypes.contains(simple(a)));
    }

    /** Whether a method carries a mapping of any kind. */
    boolean mapped(NodeWithAnnotations<?> method) {
        return of(method).isPresent();
    }

    private static String simple(AnnotationExpr annotation) {
        return annotation.getNameAsString().replaceAll(".*\\.", "");
    }

    /**
     * A mapping on a method or type: its paths (at least "") and methods (ANY when none is named).
     *
     * @param unresolved the path expression when it could not be read as strings ({@code
     *     @GetMapping(Paths.dynamic())}),
     *                   else null
     */
    record Mapping(List<String> paths, List<String> methods, String unresolved) {
        Mapping(List<String> paths, List<String> methods) {
            this(paths, methods, null);
        }
    }

    Optional<Mapping> of(NodeWithAnnotations<?> element) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            String name = annotation.getNameAsString().replaceAll(".*\\.", "");
            if (SHORTCUTS.containsKey(name)) {
                return Optional.of(
                        new Mapping(paths(annotation), List.of(SHORTCUTS.get(name)), unresolved(annotation)));
            }
            if (name.equals("RequestMapping")) {
                List<String> methods = new ArrayList<>();
                member(annotation, "method").ifPresent(value -> {
                    List<Expression> items =
                            value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
                    items.forEach(item ->
                            methods.add(item.toString().replaceAll(".*\\.", "").toUpperCase(Locale.ROOT)));
                });
                return Optional.of(new Mapping(
                        paths(annotation), methods.isEmpty() ? List.of("ANY") : methods, unresolved(annotation)));
            }
            Mapping meta = composed.get(name);
            if (meta != null) {
                // the composed annotation's value/path is an @AliasFor of the mapping's; without one, the
                // meta-annotation's
                List<String> paths = paths(annotation);
                return Optional.of(new Mapping(
                        paths.equals(List.of("")) ? meta.paths() : paths, meta.methods(), unresolved(annotation)));
            }
        }
        return Optional.empty();
    }

    private List<String> paths(AnnotationExpr annotation) {
        List<String> paths = value(annotation).map(constants::values).orElse(List.of());
        return paths.isEmpty() ? List.of("") : paths;
    }

    private static Optional<Expression> value(AnnotationExpr annotation) {
        return annotation.isSingleMemberAnnotationExpr()
                ? Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue())
                : member(annotation, "value").or(() -> member(annotation, "path"));
    }

    /** The path expression of a mapping that does not read as strings, else null. */
    private String unresolved(AnnotationExpr annotation) {
        return value(annotation)
                .filter(v -> !(v instanceof ArrayInitializerExpr array
                        && array.getValues().isEmpty()))
                .filter(v -> constants.values(v).isEmpty())
                .map(Expression::toString)
                .orElse(null);
    }

    static Optional<Expression> member(AnnotationExpr annotation, String name) {
        if (!annotation.isNormalAnnotationExpr()) {
            return Optional.empty();
        }
        return annotation.asNormalAnnotationExpr().getPairs().stream()
                .filter(p -> p.getNameAsString().equals(name))
                .map(MemberValuePair::getValue)
                .findFirst();
    }

    static boolean has(NodeWithAnnotations<?> element, String... names) {
        for (String name : names) {
            if (element.getAnnotations().stream()
                    .anyMatch(a -> a.getNameAsString().replaceAll(".*\\.", "").equals(name))) {
                return true;
            }
        }
        return false;
    }
}
