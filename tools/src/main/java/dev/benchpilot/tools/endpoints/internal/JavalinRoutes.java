package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises Javalin route registrations in one compilation unit, and nothing that merely looks like one:
 * {@code x.get("/path", handler, roles...)} only when {@code x} is a Javalin (declared so, created by
 * {@code Javalin.create}, or {@code config.routes}/{@code config.router}), {@code addHttpHandler(HandlerType.GET,
 * ...)},
 * and {@code ApiBuilder} calls ({@code get}, ..., {@code crud}) with the prefixes of enclosing {@code path(...)}
 * blocks.
 */
final class JavalinRoutes {

    /**
     * One registration.
     *
     * @param handler    the handler expression; for {@code crud} the CrudHandler object
     * @param crudMethod for {@code crud}: the CrudHandler method serving this route, else null
     * @param roles      the route roles given after the handler, flattened
     */
    record Route(
            String verb,
            String path,
            Expression handler,
            String crudMethod,
            List<Expression> roles,
            MethodCallExpr call) {}

    /**
     * A registration inside a helper method whose path is one of the helper's parameters
     * ({@code void allRoutes(Javalin app, String path, Handler h) { app.get(path, h); ... }}): a route at each call
     * of the
     * helper with a constant in that place.
     */
    record Deferred(
            String verb,
            com.github.javaparser.ast.body.MethodDeclaration helper,
            int pathParameter,
            MethodCallExpr call) {}

    private final List<Deferred> deferred = new ArrayList<>();

    /** The registrations found so far whose path is a parameter of their method. */
    List<Deferred> deferred() {
        return deferred;
    }

    static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Set<String> ADD_HANDLER = Set.of("addHttpHandler", "addHandler");
    private static final Set<String> RETURNS_JAVALIN = Set.of(
            "get",
            "post",
            "put",
            "patch",
            "delete",
            "head",
            "options",
            "before",
            "after",
            "beforeMatched",
            "afterMatched",
            "exception",
            "error",
            "start",
            "ws",
            "sse",
            "addHttpHandler",
            "addHandler");
    private static final Set<String> ROUTING_FIELDS = Set.of("routes", "router");
    private static final int MAX_DEPTH = 8;

    private final boolean apiBuilderImported;
    private final RouteStrings strings;

    JavalinRoutes(CompilationUnit unit, StringConstants constants) {
        this.apiBuilderImported = unit.getImports().stream()
                .anyMatch(i -> i.isStatic() && i.getNameAsString().startsWith("io.javalin.apibuilder.ApiBuilder"));
        this.strings = new RouteStrings(constants);
    }

    /** The routes {@code call} registers (several for {@code crud}); empty when it is no route registration. */
    List<Route> of(MethodCallExpr call, List<String> unresolved) {
        String name = call.getNameAsString();
        boolean builderScope = call.getScope()
                .map(s -> s.toString().equals("ApiBuilder") || s.toString().endsWith(".ApiBuilder"))
                .orElse(false);
        if (ADD_HANDLER.contains(name) && call.getScope().isPresent() && !builderScope) {
            return addHandler(call, unresolved);
        }
        if (!VERBS.contains(name) && !name.equals("crud")) {
            return List.of();
        }
        if (call.getScope().isPresent() && !builderScope) {
            return name.equals("crud") ? List.of() : onApp(call, name, 0, unresolved);
        }
        return (builderScope || apiBuilderImported) && !declaresOwnMethod(call, name)
                ? inBuilder(call, name, unresolved)
                : List.of();
    }

    private List<Route> addHandler(MethodCallExpr call, List<String> unresolved) {
        if (call.getArguments().isEmpty()
                || !(call.getArgument(0) instanceof FieldAccessExpr type)
                || !type.getScope().toString().endsWith("HandlerType")) {
            return List.of();
        }
        String verb = type.getNameAsString().toLowerCase(Locale.ROOT);
        return VERBS.contains(verb) ? onApp(call, verb, 1, unresolved) : List.of();
    }

    private List<Route> onApp(MethodCallExpr call, String verb, int first, List<String> unresolved) {
        List<Expression> args = call.getArguments();
        if (args.size() < first + 2 || !isJavalin(call.getScope().orElseThrow(), 0)) {
            return List.of();
        }
        Optional<String> path = strings.value(args.get(first));
        if (path.isEmpty() && parameter(args.get(first)).isPresent()) {
            var helper = call.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class)
                    .orElseThrow();
            deferred.add(new Deferred(verb, helper, parameter(args.get(first)).getAsInt(), call));
            return List.of();
        }
        if (path.isEmpty()) {
            unresolved.add(args.get(first).toString());
            return List.of();
        }
        return path.get().startsWith("/")
                ? List.of(new Route(
                        verb, path.get(), args.get(first + 1), null, roles(args.subList(first + 2, args.size())), call))
                : List.of();
    }

    private List<Route> inBuilder(MethodCallExpr call, String verb, List<String> unresolved) {
        List<Expression> args = call.getArguments();
        Optional<List<String>> prefixes = prefixes(call, unresolved);
        if (args.isEmpty() || prefixes.isEmpty()) {
            return List.of();
        }
        boolean inPath = !prefixes.get().isEmpty();
        String prefix = String.join("/", prefixes.get());
        if (isHandler(args.get(0))) {
            return inPath && !verb.equals("crud")
                    ? List.of(new Route(
                            verb,
                            EndpointPaths.join(prefix, ""),
                            args.get(0),
                            null,
                            roles(args.subList(1, args.size())),
                            call))
                    : List.of();
        }
        if (args.size() < 2) {
            return List.of();
        }
        Optional<String> path = strings.value(args.get(0));
        if (path.isEmpty()) {
            unresolved.add(args.get(0).toString());
            return List.of();
        }
        if (!inPath && !path.get().startsWith("/")) {
            return List.of();
        }
        String fullPath = EndpointPaths.join(prefix, path.get());
        List<Expression> roles = roles(args.subList(2, args.size()));
        return verb.equals("crud")
                ? crud(fullPath, args.get(1), roles, call)
                : List.of(new Route(verb, fullPath, args.get(1), null, roles, call));
    }

    /**
     * {@code crud("users/{id}", controller)}: getAll and create on the collection, getOne, update and delete on the
     * item.
     */
    private static List<Route> crud(
            String itemPath, Expression controller, List<Expression> roles, MethodCallExpr call) {
        List<String> variables = EndpointPaths.variables(itemPath);
        if (variables.isEmpty() || !itemPath.endsWith("{" + variables.get(variables.size() - 1) + "}")) {
            return List.of();
        }
        String collection = EndpointPaths.normalise(itemPath.substring(0, itemPath.lastIndexOf('/')));
        return List.of(
                new Route("get", collection, controller, "getAll", roles, call),
                new Route("post", collection, controller, "create", roles, call),
                new Route("get", itemPath, controller, "getOne", roles, call),
                new Route("patch", itemPath, controller, "update", roles, call),
                new Route("delete", itemPath, controller, "delete", roles, call));
    }

    /**
     * Prefixes of the enclosing {@code path("/x", () -> ...)} blocks, outermost first; empty when one is not a
     * constant.
     */
    private Optional<List<String>> prefixes(Node call, List<String> unresolved) {
        List<String> prefixes = new ArrayList<>();
        Node child = call;
        for (Node node = call.getParentNode().orElse(null);
                node != null;
                child = node, node = node.getParentNode().orElse(null)) {
            if (node instanceof MethodCallExpr block
                    && block.getNameAsString().equals("path")
                    && block.getArguments().size() == 2
                    && block.getArgument(1) == child
                    && block.getScope()
                            .map(s -> s.toString().endsWith("ApiBuilder"))
                            .orElse(true)) {
                Optional<String> prefix = strings.value(block.getArgument(0));
                if (prefix.isEmpty()) {
                    unresolved.add(block.getArgument(0).toString());
                    return Optional.empty();
                }
                prefixes.add(0, prefix.get());
            }
        }
        return Optional.of(prefixes);
    }

    /** The index of the enclosing method's parameter that {@code expression} names, if it is one. */
    private static java.util.OptionalInt parameter(Expression expression) {
        if (!(expression instanceof NameExpr name)) {
            return java.util.OptionalInt.empty();
        }
        var method = expression.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class);
        if (method.isEmpty()
                || expression
                        .findAncestor(LambdaExpr.class)
                        .map(l -> l.isDescendantOf(method.get()))
                        .orElse(false)) {
            return java.util.OptionalInt.empty();
        }
        var parameters = method.get().getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).getNameAsString().equals(name.getNameAsString())) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    private static boolean isHandler(Expression argument) {
        if (argument instanceof NameExpr name) {
            return NameScopes.find(name, name.getNameAsString())
                    .map(d -> !d.type().equals("String"))
                    .orElse(true);
        }
        return argument instanceof LambdaExpr
                || argument instanceof MethodReferenceExpr
                || argument instanceof ObjectCreationExpr;
    }

    /** A class that declares its own {@code get(...)} calls that, not ApiBuilder's. */
    private static boolean declaresOwnMethod(MethodCallExpr call, String name) {
        return call.findAncestor(TypeDeclaration.class)
                .map(type -> !type.getMethodsByName(name).isEmpty())
                .orElse(false);
    }

    private boolean isJavalin(Expression scope, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (scope instanceof NameExpr name) {
            return NameScopes.find(scope, name.getNameAsString())
                    .map(d -> isJavalin(d, depth))
                    .orElse(false);
        }
        if (scope instanceof FieldAccessExpr field) {
            return field.getScope() instanceof ThisExpr
                    ? NameScopes.field(field, field.getNameAsString())
                            .map(d -> isJavalin(d, depth))
                            .orElse(false)
                    : ROUTING_FIELDS.contains(field.getNameAsString());
        }
        if (scope instanceof MethodCallExpr chained) {
            if (chained.getNameAsString().startsWith("create")) {
                return chained.getScope().map(s -> isJavalinType(s.toString())).orElse(false);
            }
            return RETURNS_JAVALIN.contains(chained.getNameAsString())
                    && chained.getScope().map(s -> isJavalin(s, depth + 1)).orElse(false);
        }
        return false;
    }

    private boolean isJavalin(NameScopes.Declared declared, int depth) {
        return isJavalinType(declared.type())
                || declared.initializer() != null && isJavalin(declared.initializer(), depth + 1);
    }

    private static boolean isJavalinType(String type) {
        return type.equals("Javalin") || type.equals("io.javalin.Javalin");
    }

    /** Roles as given: {@code Role.USER}, {@code USER}, or inside {@code roles(...)}, {@code Set.of(...)}, an array. */
    private static List<Expression> roles(List<Expression> arguments) {
        List<Expression> roles = new ArrayList<>();
        for (Expression argument : arguments) {
            if (argument instanceof MethodCallExpr group) {
                roles.addAll(roles(group.getArguments()));
            } else if (argument.isArrayCreationExpr()
                    && argument.asArrayCreationExpr().getInitializer().isPresent()) {
                roles.addAll(roles(
                        argument.asArrayCreationExpr().getInitializer().get().getValues()));
            } else {
                roles.add(argument);
            }
        }
        return roles;
    }
}
