package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads what a Javalin handler (lambda or method reference) does with its {@code Context}. */
final class HandlerReader {

    private static final Set<String> BODY_READERS = Set.of("bodyAsClass", "bodyValidator", "bodyStreamAsClass");
    private static final Set<String> NUMBER_PARSERS = Set.of("parseLong", "parseInt", "valueOf");

    private final JavaSources sources;

    HandlerReader(JavaSources sources) {
        this.sources = sources;
    }

    /** What one handler reads: body type, typed path parameters, query parameters, the Authorization header. */
    record Facts(Endpoint.RequestBody body, Map<String, String> pathTypes, Map<String, String> queryTypes, boolean readsAuthorization) {

        List<Endpoint.Parameter> parameters(String path) {
            List<Endpoint.Parameter> parameters = new ArrayList<>();
            for (String variable : EndpointPaths.variables(EndpointPaths.normalise(path))) {
                parameters.add(new Endpoint.Parameter(variable, Endpoint.Parameter.In.PATH, pathTypes.getOrDefault(variable, "string"), true));
            }
            queryTypes.forEach((name, type) -> parameters.add(new Endpoint.Parameter(name, Endpoint.Parameter.In.QUERY, type, false)));
            return parameters;
        }
    }

    Facts read(Expression handler, CompilationUnit unit) {
        Node body = handlerBody(handler, unit);
        Endpoint.RequestBody requestBody = null;
        Map<String, String> pathTypes = new LinkedHashMap<>();
        Map<String, String> queryTypes = new LinkedHashMap<>();
        boolean authorization = false;
        for (MethodCallExpr call : body == null ? List.<MethodCallExpr>of() : body.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            Optional<String> firstString = call.getArguments().isEmpty() || !(call.getArgument(0) instanceof StringLiteralExpr literal)
                    ? Optional.empty() : Optional.of(literal.getValue());
            if (BODY_READERS.contains(name) && !call.getArguments().isEmpty() && call.getArgument(0) instanceof ClassExpr type) {
                TypeDeclaration<?> dto = sources.type(type.getType().asString().replaceAll(".*\\.", ""));
                requestBody = dto == null ? new Endpoint.RequestBody("application/json", type.getType().asString(), Map.of(), null)
                        : DtoSamples.body(dto, sources);
            } else if (name.equals("pathParam") && firstString.isPresent()) {
                boolean parsed = call.getParentNode().filter(p -> p instanceof MethodCallExpr m && NUMBER_PARSERS.contains(m.getNameAsString())).isPresent();
                pathTypes.merge(firstString.get(), parsed ? "integer" : "string", (a, b) -> a.equals("integer") ? a : b);
            } else if (name.equals("pathParamAsClass") && firstString.isPresent()) {
                pathTypes.put(firstString.get(), classType(call));
            } else if (name.equals("queryParam") && firstString.isPresent()) {
                queryTypes.putIfAbsent(firstString.get(), "string");
            } else if (name.equals("queryParamAsClass") && firstString.isPresent()) {
                queryTypes.put(firstString.get(), classType(call));
            } else if (name.equals("header") && firstString.filter(h -> h.equalsIgnoreCase("Authorization")).isPresent()) {
                authorization = true;
            }
        }
        return new Facts(requestBody, pathTypes, queryTypes, authorization);
    }

    private static String classType(MethodCallExpr call) {
        if (call.getArguments().size() > 1 && call.getArgument(1) instanceof ClassExpr type) {
            return DtoSamples.jsonType(type.getType().asString());
        }
        return "string";
    }

    private Node handlerBody(Expression handler, CompilationUnit unit) {
        if (handler instanceof LambdaExpr lambda) {
            return lambda.getBody();
        }
        if (!(handler instanceof MethodReferenceExpr reference)) {
            return null;
        }
        TypeDeclaration<?> owner = owner(reference, unit);
        if (owner == null) {
            return null;
        }
        return owner.getMethodsByName(reference.getIdentifier()).stream().findFirst().flatMap(MethodDeclaration::getBody).orElse(null);
    }

    private TypeDeclaration<?> owner(MethodReferenceExpr reference, CompilationUnit unit) {
        Expression scope = reference.getScope();
        if (scope instanceof ThisExpr) {
            return reference.findAncestor(TypeDeclaration.class).orElse(null);
        }
        String variable = scope instanceof TypeExpr type ? type.getType().asString().replaceAll(".*\\.", "")
                : scope instanceof NameExpr name ? name.getNameAsString()
                : scope instanceof FieldAccessExpr field ? field.getNameAsString() : null;
        if (variable == null) {
            return null;
        }
        TypeDeclaration<?> asType = sources.type(variable);
        return asType != null ? asType : declaredType(variable, unit).map(sources::type).orElse(null);
    }

    private static Optional<String> declaredType(String variable, CompilationUnit unit) {
        for (VariableDeclarator declarator : unit.findAll(VariableDeclarator.class)) {
            if (declarator.getNameAsString().equals(variable) && !declarator.getTypeAsString().equals("var")) {
                return Optional.of(declarator.getTypeAsString());
            }
            if (declarator.getNameAsString().equals(variable) && declarator.getInitializer().isPresent()
                    && declarator.getInitializer().get().isObjectCreationExpr()) {
                return Optional.of(declarator.getInitializer().get().asObjectCreationExpr().getTypeAsString());
            }
        }
        return unit.findAll(Parameter.class).stream().filter(p -> p.getNameAsString().equals(variable))
                .map(Parameter::getTypeAsString).findFirst()
                .or(() -> unit.findAll(FieldDeclaration.class).stream().flatMap(f -> f.getVariables().stream())
                        .filter(v -> v.getNameAsString().equals(variable)).map(VariableDeclarator::getTypeAsString).findFirst());
    }
}
