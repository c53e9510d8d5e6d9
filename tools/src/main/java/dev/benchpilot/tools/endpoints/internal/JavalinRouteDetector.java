package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
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
        for (CompilationUnit unit : sources.units()) {
            if (unit.getImports().stream().noneMatch(i -> i.getNameAsString().startsWith("io.javalin"))) {
                continue;
            }
            JavalinRoutes routes = new JavalinRoutes(unit, constants);
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                List<String> unresolved = new ArrayList<>();
                for (JavalinRoutes.Route route : routes.of(call, unresolved)) {
                    HandlerReader.Facts facts = route.crudMethod() == null ? handlers.read(route.handler())
                            : handlers.read(route.handler(), route.crudMethod());
                    endpoints.add(new Endpoint(route.verb(), route.path(), facts.parameters(route.path()), facts.body(),
                            auth(route.roles(), facts), sources.location(unit, call), name()));
                }
                unresolved.forEach(path -> warnings.add(sources.location(unit, call) + ": Javalin route skipped, its path "
                        + path + " is not a constant"));
            }
        }
        return endpoints;
    }

    private static Boolean auth(List<Expression> roles, HandlerReader.Facts facts) {
        if (!roles.isEmpty()) {
            return !roles.stream().allMatch(role -> PUBLIC_ROLES.contains(roleName(role).toUpperCase(Locale.ROOT)));
        }
        return facts.readsAuthorization() ? Boolean.TRUE : null;
    }

    private static String roleName(Expression role) {
        return role instanceof FieldAccessExpr field ? field.getNameAsString() : role instanceof NameExpr name ? name.getNameAsString() : role.toString();
    }
}
