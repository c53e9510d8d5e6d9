package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Javalin routes read with JavaParser: {@code x.get("/path", handler, roles...)} where {@code x} is declared
 * as a {@code Javalin} (field, parameter or local, whatever its name), and {@code ApiBuilder} calls nested
 * in {@code path("/prefix", ...)}. Handlers given as lambdas or method references are read for the body
 * type ({@code ctx.bodyAsClass(X.class)}), path and query parameters, and auth.
 */
public final class JavalinRouteDetector implements EndpointDetector {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Set<String> PUBLIC_ROLES = Set.of("ANYONE", "PUBLIC", "OPEN", "ANONYMOUS", "GUEST");

    @Override
    public String name() {
        return "javalin";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        JavaSources sources = JavaSources.parse(sourceRoot, warnings);
        HandlerReader handlers = new HandlerReader(sources);
        List<Endpoint> endpoints = new ArrayList<>();
        for (CompilationUnit unit : sources.units()) {
            Set<String> javalinNames = javalinVariables(unit);
            boolean apiBuilder = unit.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("io.javalin.apibuilder"));
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                boolean nested = call.getScope().isEmpty() && apiBuilder;
                if (!VERBS.contains(call.getNameAsString()) || call.getArguments().size() < (nested ? 1 : 2)) {
                    continue;
                }
                boolean onJavalin = call.getScope().map(scope -> isJavalin(scope, javalinNames)).orElse(false);
                boolean handlerOnly = nested && !(call.getArgument(0) instanceof StringLiteralExpr) && call.getArguments().size() == 1;
                Optional<String> path = handlerOnly ? Optional.of("") : Constants.string(call.getArgument(0), unit);
                if (!(onJavalin || nested) || path.isEmpty() || (onJavalin && !path.get().startsWith("/"))) {
                    continue;
                }
                String fullPath = nested ? EndpointPaths.join(prefix(call, unit), path.get()) : path.get();
                HandlerReader.Facts facts = handlers.read(call.getArgument(handlerOnly ? 0 : 1), unit);
                endpoints.add(new Endpoint(call.getNameAsString(), fullPath, facts.parameters(fullPath), facts.body(),
                        auth(call, facts), sources.location(unit, call), name()));
            }
        }
        return endpoints;
    }

    private static Boolean auth(MethodCallExpr call, HandlerReader.Facts facts) {
        List<String> roles = new ArrayList<>();
        int firstRole = call.getArguments().size() > 1 && !(call.getArgument(0) instanceof com.github.javaparser.ast.expr.LambdaExpr) ? 2 : 1;
        for (int i = firstRole; i < call.getArguments().size(); i++) {
            Expression role = call.getArgument(i);
            roles.add(role instanceof FieldAccessExpr field ? field.getNameAsString() : role.toString());
        }
        if (!roles.isEmpty()) {
            return !roles.stream().allMatch(r -> PUBLIC_ROLES.contains(r.toUpperCase(Locale.ROOT)));
        }
        return facts.readsAuthorization() ? Boolean.TRUE : null;
    }

    /** Prefixes from enclosing {@code path("/x", () -> ...)} ApiBuilder calls, outermost first. */
    private static String prefix(Node call, CompilationUnit unit) {
        StringBuilder prefix = new StringBuilder();
        for (Node node = call.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof MethodCallExpr enclosing && enclosing.getNameAsString().equals("path")
                    && enclosing.getArguments().size() == 2) {
                Constants.string(enclosing.getArgument(0), unit).ifPresent(p -> prefix.insert(0, "/" + p));
            }
        }
        return prefix.toString();
    }

    private static boolean isJavalin(Expression scope, Set<String> javalinNames) {
        if (scope instanceof NameExpr name) {
            return javalinNames.contains(name.getNameAsString());
        }
        if (scope instanceof FieldAccessExpr field) {
            return javalinNames.contains(field.getNameAsString());
        }
        if (scope instanceof MethodCallExpr chained) {
            return (chained.getNameAsString().equals("create") && chained.getScope().map(s -> s.toString().endsWith("Javalin")).orElse(false))
                    || (VERBS.contains(chained.getNameAsString()) && chained.getScope().map(s -> isJavalin(s, javalinNames)).orElse(false));
        }
        return false;
    }

    /** Names of fields, parameters and locals declared with type {@code Javalin} or assigned from {@code Javalin.create}. */
    private static Set<String> javalinVariables(CompilationUnit unit) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : unit.findAll(Parameter.class)) {
            if (isJavalinType(parameter.getTypeAsString())) {
                names.add(parameter.getNameAsString());
            }
        }
        for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
            boolean created = variable.getInitializer().map(i -> i.toString().startsWith("Javalin.create")).orElse(false);
            if (isJavalinType(variable.getTypeAsString()) || created) {
                names.add(variable.getNameAsString());
            }
        }
        unit.findAll(FieldDeclaration.class).forEach(field -> field.getVariables().forEach(v -> {
            if (isJavalinType(v.getTypeAsString())) {
                names.add(v.getNameAsString());
            }
        }));
        return names;
    }

    private static boolean isJavalinType(String type) {
        return type.equals("Javalin") || type.equals("io.javalin.Javalin");
    }

    /** String constants: literals and {@code static final String} fields of the same file. */
    static final class Constants {
        private Constants() {
        }

        static Optional<String> string(Expression expression, CompilationUnit unit) {
            if (expression instanceof StringLiteralExpr literal) {
                return Optional.of(literal.getValue());
            }
            if (expression instanceof com.github.javaparser.ast.expr.BinaryExpr concat
                    && concat.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS) {
                Optional<String> left = string(concat.getLeft(), unit);
                Optional<String> right = string(concat.getRight(), unit);
                return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
            }
            if (expression instanceof NameExpr name) {
                return unit.findAll(VariableDeclarator.class).stream()
                        .filter(v -> v.getNameAsString().equals(name.getNameAsString()) && v.getInitializer().isPresent()
                                && v.getInitializer().get() instanceof StringLiteralExpr)
                        .map(v -> ((StringLiteralExpr) v.getInitializer().get()).getValue()).findFirst();
            }
            return Optional.empty();
        }
    }
}
