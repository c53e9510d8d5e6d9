package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a simple name stands for where it is used, without a symbol solver: the nearest enclosing parameter,
 * local variable (of any enclosing block, try or for statement) or field of that name. Good enough for the
 * short, conventional code that registers routes; it does not track reassignment.
 */
final class NameScopes {

    /**
     * A declaration found for a name.
     *
     * @param type        the declared type as written ({@code var} and inferred lambda parameters give "" or "var")
     * @param initializer the initializer, or null
     * @param field       whether it is a field (then {@code staticFinal} tells whether it is a constant)
     */
    record Declared(String type, Expression initializer, boolean field, boolean staticFinal) {}

    private NameScopes() {}

    static Optional<Declared> find(Node usage, String name) {
        for (Node node = usage; node != null; node = node.getParentNode().orElse(null)) {
            Optional<Declared> found = declaredIn(node, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The field of that name in the type enclosing {@code usage} (or an outer type), skipping locals: {@code
     * this.name}.
     */
    static Optional<Declared> field(Node usage, String name) {
        for (Node node = usage; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                Optional<Declared> found = declaredIn(type, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> declaredIn(Node node, String name) {
        if (node instanceof NodeWithParameters<?> withParameters) {
            for (Parameter parameter : withParameters.getParameters()) {
                if (parameter.getNameAsString().equals(name)) {
                    return Optional.of(new Declared(parameter.getTypeAsString(), null, false, false));
                }
            }
        }
        if (node instanceof TypeDeclaration<?> type) {
            Optional<FieldDeclaration> field = type.getFieldByName(name);
            if (field.isPresent()) {
                VariableDeclarator variable = field.get().getVariables().stream()
                        .filter(v -> v.getNameAsString().equals(name))
                        .findFirst()
                        .orElseThrow();
                return Optional.of(new Declared(
                        variable.getTypeAsString(),
                        variable.getInitializer().orElse(null),
                        true,
                        field.get().isStatic() && field.get().isFinal()));
            }
            return Optional.empty();
        }
        VariableDeclarator variable = locals(node).get(name);
        return variable == null
                ? Optional.empty()
                : Optional.of(new Declared(
                        variable.getTypeAsString(), variable.getInitializer().orElse(null), false, false));
    }

    /**
     * The local variables declared directly in {@code node} (the first of each name), indexed once and kept on the
     * node:
     * looking a name up in a block of 50,000 statements for each of its 50,000 route calls would otherwise read the
     * block
     * 50,000 times.
     */
    private static Map<String, VariableDeclarator> locals(Node node) {
        if (node.containsData(LOCALS)) {
            return node.getData(LOCALS);
        }
        Map<String, VariableDeclarator> locals = new HashMap<>();
        for (Node child : node.getChildNodes()) {
            Node declaration = child instanceof ExpressionStmt statement ? statement.getExpression() : child;
            if (declaration instanceof VariableDeclarationExpr declared) {
                for (VariableDeclarator variable : declared.getVariables()) {
                    locals.putIfAbsent(variable.getNameAsString(), variable);
                }
            }
        }
        node.setData(LOCALS, locals);
        return locals;
    }

    private static final DataKey<Map<String, VariableDeclarator>> LOCALS = new DataKey<>() {};
}
