package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a Javalin handler does with its {@code Context}. The handler may be a lambda, a method reference
 * ({@code this::x}, {@code Type::x}, {@code field::x} with the field's type declared in any file of the tree),
 * a {@code Handler} variable or object; the reader follows the context into methods it is handed to, a few
 * calls deep. The Authorization header only counts where the handler itself reads it (a lambda that just
 * forwards the context counts as the method it forwards to); a helper that reads it may do so optionally.
 */
final class HandlerReader {

    private static final int MAX_DEPTH = 3;

    private final JavaSources sources;

    HandlerReader(JavaSources sources) {
        this.sources = sources;
    }

    /** What one handler reads: body, typed path parameters, query parameters, the Authorization header. */
    record Facts(
            Endpoint.RequestBody body,
            Map<String, String> pathTypes,
            Map<String, String> queryTypes,
            boolean readsAuthorization) {

        List<Endpoint.Parameter> parameters(String path) {
            List<Endpoint.Parameter> parameters = new ArrayList<>();
            for (String variable : EndpointPaths.variables(EndpointPaths.normalise(path))) {
                parameters.add(new Endpoint.Parameter(
                        variable, Endpoint.Parameter.In.PATH, pathTypes.getOrDefault(variable, "string"), true));
            }
            queryTypes.forEach((name, type) ->
                    parameters.add(new Endpoint.Parameter(name, Endpoint.Parameter.In.QUERY, type, false)));
            return parameters;
        }
    }

    /** A piece of handler code and the name its {@code Context} goes by there. */
    private record Code(Node body, String context) {}

    Facts read(Expression handler) {
        return read(resolve(handler, 0));
    }

    /** The facts of {@code method} of the object {@code owner} stands for (a CrudHandler method). */
    Facts read(Expression owner, String method) {
        return read(Optional.ofNullable(owner(owner, owner)).flatMap(type -> method(type, method, -1, 0)));
    }

    private Facts read(Optional<Code> handler) {
        ContextReads reads = new ContextReads(sources);
        handler.ifPresent(code -> follow(code, reads, 0, new HashSet<>()));
        return reads.facts();
    }

    private void follow(Code code, ContextReads reads, int depth, Set<Node> seen) {
        if (depth > MAX_DEPTH || !seen.add(code.body())) {
            return;
        }
        reads.scan(code.body(), code.context(), depth == 0);
        for (MethodCallExpr call : code.body().findAll(MethodCallExpr.class)) {
            int index = contextArgument(call, code.context());
            if (index >= 0) {
                callee(call, index).ifPresent(next -> follow(next, reads, depth + 1, seen));
            }
        }
    }

    private Optional<Code> resolve(Expression handler, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (handler instanceof LambdaExpr lambda) {
            String context = lambda.getParameters().isEmpty()
                    ? null
                    : lambda.getParameter(0).getNameAsString();
            return forwardedTo(lambda, context).or(() -> Optional.of(new Code(lambda.getBody(), context)));
        }
        if (handler instanceof MethodReferenceExpr reference) {
            return Optional.ofNullable(owner(reference.getScope(), reference))
                    .flatMap(type -> method(type, reference.getIdentifier(), -1, 0));
        }
        if (handler instanceof ObjectCreationExpr creation
                && creation.getAnonymousClassBody().isPresent()) {
            return creation.getAnonymousClassBody().get().stream()
                    .filter(BodyDeclaration::isMethodDeclaration)
                    .map(BodyDeclaration::asMethodDeclaration)
                    .filter(m -> m.getNameAsString().equals("handle"))
                    .findFirst()
                    .flatMap(m -> code(m, 0));
        }
        if (handler instanceof NameExpr
                || handler instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            String name =
                    handler instanceof NameExpr n ? n.getNameAsString() : ((FieldAccessExpr) handler).getNameAsString();
            Optional<NameScopes.Declared> declared =
                    handler instanceof NameExpr ? NameScopes.find(handler, name) : NameScopes.field(handler, name);
            if (declared.isPresent() && declared.get().initializer() != null) {
                return resolve(declared.get().initializer(), depth + 1);
            }
        }
        return Optional.ofNullable(owner(handler, handler)).flatMap(type -> method(type, "handle", 1, 0));
    }

    /** {@code ctx -> products.list(ctx)} is the method it forwards to. */
    private Optional<Code> forwardedTo(LambdaExpr lambda, String context) {
        Node body = lambda.getBody();
        if (body instanceof BlockStmt block && block.getStatements().size() == 1) {
            body = block.getStatement(0);
        }
        if (body instanceof ExpressionStmt statement) {
            body = statement.getExpression();
        }
        if (body instanceof MethodCallExpr call) {
            int index = contextArgument(call, context);
            return index >= 0 ? callee(call, index) : Optional.empty();
        }
        return Optional.empty();
    }

    private static int contextArgument(MethodCallExpr call, String context) {
        for (int i = 0; context != null && i < call.getArguments().size(); i++) {
            if (call.getArgument(i) instanceof NameExpr name
                    && name.getNameAsString().equals(context)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Code> callee(MethodCallExpr call, int contextIndex) {
        TypeDeclaration<?> owner = call.getScope().isEmpty()
                ? call.findAncestor(TypeDeclaration.class).orElse(null)
                : owner(call.getScope().get(), call);
        return owner == null
                ? Optional.empty()
                : method(owner, call.getNameAsString(), call.getArguments().size(), contextIndex);
    }

    /**
     * The type declared in the tree that {@code expression} (a variable, field, type name, {@code this} or {@code new
     * X()}) stands for.
     */
    private TypeDeclaration<?> owner(Expression expression, Node at) {
        if (expression instanceof ThisExpr) {
            return at.findAncestor(TypeDeclaration.class).orElse(null);
        }
        if (expression instanceof TypeExpr type) {
            // JavaParser cannot tell products::list (a variable) from Products::list (a type): try the name first
            String written = type.getType().asString();
            Optional<NameScopes.Declared> variable =
                    written.contains(".") ? Optional.empty() : NameScopes.find(at, written);
            return variable.isPresent() ? declaredType(variable.get(), at) : sources.type(simple(written), at);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return sources.type(simple(creation.getType().asString()), at);
        }
        Optional<NameScopes.Declared> declared = Optional.empty();
        String name = null;
        if (expression instanceof NameExpr variable) {
            name = variable.getNameAsString();
            declared = NameScopes.find(at, name);
        } else if (expression instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            declared = NameScopes.field(at, field.getNameAsString());
        }
        if (declared.isPresent()) {
            return declaredType(declared.get(), at);
        }
        return name == null ? null : sources.type(name, at);
    }

    private TypeDeclaration<?> declaredType(NameScopes.Declared declared, Node at) {
        String type = !declared.type().isEmpty() && !declared.type().equals("var")
                ? declared.type()
                : declared.initializer() instanceof ObjectCreationExpr creation
                        ? creation.getType().asString()
                        : null;
        return type == null ? null : sources.type(simple(type), at);
    }

    /** A method of {@code type} by name (and arity, when not -1), preferring one that takes a Context. */
    private static Optional<Code> method(TypeDeclaration<?> type, String name, int arity, int contextIndex) {
        List<MethodDeclaration> candidates = type.getMethodsByName(name).stream()
                .filter(m -> m.getBody().isPresent()
                        && (arity < 0 || m.getParameters().size() == arity))
                .toList();
        Optional<MethodDeclaration> chosen = candidates.stream()
                .filter(m -> m.getParameters().size() > contextIndex
                        && m.getParameter(contextIndex).getTypeAsString().endsWith("Context"))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
        return chosen.flatMap(m -> code(m, contextIndex));
    }

    private static Optional<Code> code(MethodDeclaration method, int contextIndex) {
        if (method.getBody().isEmpty() || method.getParameters().size() <= contextIndex) {
            return Optional.empty();
        }
        return Optional.of(new Code(
                method.getBody().get(), method.getParameter(contextIndex).getNameAsString()));
    }

    private static String simple(String type) {
        return type.replaceAll("<.*", "").replaceAll(".*\\.", "");
    }
}
