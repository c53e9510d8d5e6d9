package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Javalin routes read with JavaParser (see {@link JavalinRoutes} for what counts as a registration). Each
 * handler is read for its body type, path and query parameters and the Authorization header
 * ({@link HandlerReader}); route roles decide auth: any role other than ANYONE, PUBLIC, OPEN, ANONYMOUS or
 * GUEST means credentials are needed, only such roles mean the route is public, no role means unknown unless
 * the handler reads the Authorization header.
 */
public final class JavalinRouteDetector implements EndpointDetector {

    private static final Set<String> PUBLIC_ROLES = Set.of("ANYONE", "PUBLIC", "OPEN", "ANONYMOUS", "GUEST");

    @Override
    public String name() {
        return "javalin";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        JavaSources sources = JavaSources.parse(sourceRoot, warnings);
        StringConstants constants = new StringConstants(sources.units());
        HandlerReader handlers = new HandlerReader(sources);
        List<Endpoint> endpoints = new ArrayList<>();
        List<JavalinRoutes.Deferred> helpers = new ArrayList<>();
        for (CompilationUnit unit : sources.units()) {
            if (unit.getImports().stream().noneMatch(i -> i.getNameAsString().startsWith("io.javalin"))) {
                continue;
            }
            JavalinRoutes routes = new JavalinRoutes(unit, constants);
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                List<String> unresolved = new ArrayList<>();
                for (JavalinRoutes.Route route : routes.of(call, unresolved)) {
                    HandlerReader.Facts facts = route.crudMethod() == null
                            ? handlers.read(route.handler())
                            : handlers.read(route.handler(), route.crudMethod());
                    endpoints.add(new Endpoint(
                            route.verb(),
                            route.path(),
                            facts.parameters(route.path()),
                            facts.body(),
                            auth(route.roles(), facts),
                            sources.location(unit, call),
                            name()));
                }
                unresolved.forEach(path -> warnings.add(DetectionResult.notUnderstood(
                        sources.location(unit, call), "Javalin", "its path " + path + " is not a constant")));
            }
            helpers.addAll(routes.deferred());
        }
        endpoints.addAll(throughHelpers(helpers, sources, constants, warnings));
        return endpoints;
    }

    /** Routes registered by helper methods: one for each call of the helper whose path argument is a constant. */
    private List<Endpoint> throughHelpers(
            List<JavalinRoutes.Deferred> helpers,
            JavaSources sources,
            StringConstants constants,
            List<String> warnings) {
        if (helpers.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, List<MethodCallExpr>> calls = new java.util.HashMap<>();
        java.util.Map<MethodCallExpr, CompilationUnit> units = new java.util.IdentityHashMap<>();
        Set<String> names =
                helpers.stream().map(h -> h.helper().getNameAsString()).collect(java.util.stream.Collectors.toSet());
        for (CompilationUnit unit : sources.units()) {
            unit.findAll(MethodCallExpr.class, c -> names.contains(c.getNameAsString()))
                    .forEach(c -> {
                        calls.computeIfAbsent(c.getNameAsString(), k -> new ArrayList<>())
                                .add(c);
                        units.put(c, unit);
                    });
        }
        RouteStrings strings = new RouteStrings(constants);
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavalinRoutes.Deferred route : helpers) {
            for (MethodCallExpr call : calls.getOrDefault(route.helper().getNameAsString(), List.of())) {
                if (call.getArguments().size() != route.helper().getParameters().size()
                        || call.isDescendantOf(route.helper())) {
                    continue;
                }
                CompilationUnit unit = units.get(call);
                java.util.Optional<String> path = strings.value(call.getArgument(route.pathParameter()));
                if (path.isPresent() && path.get().startsWith("/")) {
                    List<Endpoint.Parameter> parameters = new HandlerReader.Facts(
                                    null, java.util.Map.of(), java.util.Map.of(), false)
                            .parameters(path.get());
                    endpoints.add(new Endpoint(
                            route.verb(), path.get(), parameters, null, null, sources.location(unit, call), name()));
                } else if (path.isEmpty()) {
                    warnings.add(DetectionResult.notUnderstood(
                            sources.location(unit, call),
                            "Javalin",
                            "its path " + call.getArgument(route.pathParameter()) + " is not a constant"));
                }
            }
        }
        return endpoints;
    }

    private static Boolean auth(List<Expression> roles, HandlerReader.Facts facts) {
        if (!roles.isEmpty()) {
            return !roles.stream()
                    .allMatch(role -> PUBLIC_ROLES.contains(roleName(role).toUpperCase(Locale.ROOT)));
        }
        return facts.readsAuthorization() ? Boolean.TRUE : null;
    }

    private static String roleName(Expression role) {
        return role instanceof FieldAccessExpr field
                ? field.getNameAsString()
                : role instanceof NameExpr name ? name.getNameAsString() : role.toString();
    }
}
