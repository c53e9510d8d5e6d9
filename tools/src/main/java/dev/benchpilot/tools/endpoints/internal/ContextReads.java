package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What handler code reads from its Javalin {@code Context}, accumulated over the handler and the methods it hands the
 * context to.
 */
final class ContextReads {

    private static final Set<String> BODY_READERS = Set.of("bodyAsClass", "bodyValidator", "bodyStreamAsClass");
    private static final Set<String> NUMBER_PARSERS = Set.of("parseLong", "parseInt", "parseShort", "valueOf");
    private static final Set<String> INTEGER_TYPES = Set.of("Integer", "Long", "Short");

    private final JavaSources sources;
    private final Map<String, String> pathTypes = new LinkedHashMap<>();
    private final Map<String, String> queryTypes = new LinkedHashMap<>();
    private Endpoint.RequestBody body;
    private boolean authorization;

    ContextReads(JavaSources sources) {
        this.sources = sources;
    }

    /**
     * Records the calls on {@code context} inside {@code code}.
     *
     * @param ownCode whether {@code code} is the handler itself (only then does reading Authorization count)
     */
    void scan(Node code, String context, boolean ownCode) {
        for (MethodCallExpr call : code.findAll(MethodCallExpr.class)) {
            if (context == null
                    || !(call.getScope().orElse(null) instanceof NameExpr scope)
                    || !scope.getNameAsString().equals(context)) {
                continue;
            }
            String name = call.getNameAsString();
            Optional<String> key =
                    call.getArguments().isEmpty() || !(call.getArgument(0) instanceof StringLiteralExpr literal)
                            ? Optional.empty()
                            : Optional.of(literal.getValue());
            if (BODY_READERS.contains(name)
                    && body == null
                    && !call.getArguments().isEmpty()
                    && call.getArgument(0) instanceof ClassExpr type) {
                body = body(type);
            } else if (name.equals("pathParam") && key.isPresent()) {
                pathTypes.merge(
                        key.get(), parsedAsInteger(call) ? "integer" : "string", (a, b) -> a.equals("string") ? b : a);
            } else if (name.equals("pathParamAsClass") && key.isPresent()) {
                pathTypes.put(key.get(), classType(call));
            } else if (name.equals("queryParam") && key.isPresent()) {
                queryTypes.putIfAbsent(key.get(), "string");
            } else if (name.equals("queryParamAsClass") && key.isPresent()) {
                queryTypes.put(key.get(), classType(call));
            } else if (ownCode
                    && (name.equals("basicAuthCredentials")
                            || name.equals("header")
                                    && call.getArguments().size() == 1
                                    && isAuthorization(call.getArgument(0)))) {
                authorization = true;
            }
        }
    }

    HandlerReader.Facts facts() {
        return new HandlerReader.Facts(body, Map.copyOf(pathTypes), new LinkedHashMap<>(queryTypes), authorization);
    }

    private Endpoint.RequestBody body(ClassExpr type) {
        String name = type.getType().asString();
        TypeDeclaration<?> dto = sources.type(name.replaceAll(".*\\.", ""), type);
        return dto == null
                ? new Endpoint.RequestBody("application/json", name, Map.of(), null)
                : DtoSamples.body(dto, sources);
    }

    /** {@code Integer.parseInt(ctx.pathParam("id"))}, {@code Long.valueOf(...)}. */
    private static boolean parsedAsInteger(MethodCallExpr call) {
        return call.getParentNode()
                .filter(p -> p instanceof MethodCallExpr parser
                        && NUMBER_PARSERS.contains(parser.getNameAsString())
                        && parser.getScope()
                                .map(s -> INTEGER_TYPES.contains(s.toString().replaceAll(".*\\.", "")))
                                .orElse(false))
                .isPresent();
    }

    private static String classType(MethodCallExpr call) {
        if (call.getArguments().size() > 1 && call.getArgument(1) instanceof ClassExpr type) {
            return DtoSamples.jsonType(type.getType().asString());
        }
        return "string";
    }

    /** {@code "Authorization"} in any case, or Javalin's {@code Header.AUTHORIZATION}. */
    private static boolean isAuthorization(Expression header) {
        if (header instanceof StringLiteralExpr literal) {
            return literal.getValue().equalsIgnoreCase("Authorization");
        }
        String name = header instanceof FieldAccessExpr field
                ? field.getNameAsString()
                : header instanceof NameExpr n ? n.getNameAsString() : "";
        return name.equals("AUTHORIZATION");
    }
}
