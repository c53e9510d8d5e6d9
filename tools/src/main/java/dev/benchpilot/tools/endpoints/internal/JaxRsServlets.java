package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JAX-RS application is served when a servlet container mounts it rather than {@code @ApplicationPath}:
 * Jetty's and Undertow's {@code addServlet(new ServletHolder(new ServletContainer(config)), "/api/*")} in code, and
 * {@code <servlet-mapping>} in {@code web.xml}. Each mount knows the packages its configuration scans
 * ({@code config.packages(...)}, or the package of a {@code ResourceConfig} subclass that scans its own), so a service
 * with a v1 and a v2 servlet puts each resource under its own prefix.
 */
final class JaxRsServlets {

    /** Servlet classes that dispatch to JAX-RS resources: Jersey, RESTEasy, CXF. */
    private static final Pattern DISPATCHER =
            Pattern.compile("ServletContainer|HttpServletDispatcher|HttpServlet30Dispatcher|CXF\\w*Servlet");

    /** A servlet prefix ({@code /api}) and the packages whose resources it serves (empty: unknown, so any). */
    record Mount(String prefix, List<String> packages) {}

    private final List<Mount> mounts;

    private JaxRsServlets(List<Mount> mounts) {
        this.mounts = mounts;
    }

    static JaxRsServlets find(Path root, JavaSources sources, StringConstants constants, List<String> warnings)
            throws IOException {
        List<Mount> mounts = new ArrayList<>();
        for (CompilationUnit unit : sources.units()) {
            for (MethodCallExpr call : unit.findAll(
                    MethodCallExpr.class,
                    c -> c.getNameAsString().matches("addServlet|addMapping")
                            && !c.getArguments().isEmpty())) {
                mount(call, sources, constants).ifPresent(mounts::add);
            }
        }
        for (Path file : SourceFiles.find(root, f -> f.getFileName().toString().equals("web.xml"))) {
            SourceFiles.read(root, file, warnings).ifPresent(text -> mounts.addAll(webXml(text)));
        }
        return new JaxRsServlets(mounts);
    }

    /** The servlet prefix a resource of {@code packageName} is served under, if a mount was found for it. */
    Optional<String> prefix(String packageName) {
        Optional<Mount> scanning = mounts.stream()
                .filter(m -> m.packages().stream().anyMatch(p -> within(packageName, p)))
                .max(Comparator.comparingInt(m -> m.packages().stream()
                        .filter(p -> within(packageName, p))
                        .mapToInt(String::length)
                        .max()
                        .orElse(0)));
        return scanning.or(() ->
                        mounts.stream().filter(m -> m.packages().isEmpty()).findFirst())
                .map(Mount::prefix);
    }

    private static boolean within(String packageName, String scanned) {
        return packageName.equals(scanned) || packageName.startsWith(scanned + ".");
    }

    /**
     * {@code addServlet(holder, "/api/*")} or Undertow's {@code servlet(...,
     * ServletContainer.class).addMapping("/api/*")}.
     */
    private static Optional<Mount> mount(MethodCallExpr call, JavaSources sources, StringConstants constants) {
        Expression last = call.getArgument(call.getArguments().size() - 1);
        Optional<String> pattern = constants.value(last, 0).filter(p -> p.startsWith("/"));
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        Expression servlet =
                call.getNameAsString().equals("addMapping") ? call.getScope().orElse(null) : call.getArgument(0);
        if (servlet == null
                || call.getArguments().size() < (call.getNameAsString().equals("addMapping") ? 1 : 2)) {
            return Optional.empty();
        }
        Expression resolved = resolve(servlet);
        if (!DISPATCHER.matcher(resolved.toString()).find()) {
            return Optional.empty();
        }
        return Optional.of(new Mount(mountPoint(pattern.get()), packages(resolved, sources)));
    }

    /** {@code /api/*} → {@code /api}; {@code /} and {@code /*} → the root. */
    private static String mountPoint(String pattern) {
        String prefix = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern;
        return prefix.equals("/") ? "" : prefix;
    }

    /**
     * A variable's initializer, looked up in the enclosing method or class (one level): the expression itself
     * otherwise.
     */
    private static Expression resolve(Expression expression) {
        if (!(expression instanceof NameExpr name)) {
            return expression;
        }
        Optional<Node> scope = expression
                .findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class)
                .map(n -> (Node) n)
                .or(() -> expression
                        .findAncestor(ClassOrInterfaceDeclaration.class)
                        .map(n -> (Node) n));
        return scope.flatMap(s ->
                        s
                                .findAll(
                                        VariableDeclarator.class,
                                        v -> v.getNameAsString().equals(name.getNameAsString()))
                                .stream()
                                .findFirst())
                .flatMap(VariableDeclarator::getInitializer)
                .orElse(expression);
    }

    /**
     * The packages a servlet's configuration scans: {@code packages("a", "b")} called on the configuration variable
     * passed
     * to {@code new ServletContainer(config)}, or in a {@code ResourceConfig} subclass of the tree (which may scan
     * its own
     * package through {@code getClass().getPackageName()}).
     */
    private static List<String> packages(Expression servlet, JavaSources sources) {
        List<String> packages = new ArrayList<>();
        for (ObjectCreationExpr creation : servlet.findAll(
                ObjectCreationExpr.class,
                c -> DISPATCHER.matcher(c.getTypeAsString()).find())) {
            for (Expression argument : creation.getArguments()) {
                if (argument instanceof NameExpr config) {
                    argument.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class)
                            .ifPresent(method -> method.findAll(
                                            MethodCallExpr.class,
                                            c -> c.getNameAsString().equals("packages")
                                                    && c.getScope()
                                                            .map(s ->
                                                                    s.toString().equals(config.getNameAsString()))
                                                            .orElse(false))
                                    .forEach(c -> c.getArguments()
                                            .forEach(a -> literal(a).ifPresent(packages::add))));
                } else if (argument instanceof ObjectCreationExpr subclass
                        && sources.type(subclass.getType().getNameAsString())
                                instanceof ClassOrInterfaceDeclaration type) {
                    type.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("packages"))
                            .forEach(c ->
                                    c.getArguments().forEach(a -> literal(a).ifPresent(packages::add)));
                    if (type.toString().contains("getClass().getPackageName()")) {
                        type.findCompilationUnit()
                                .flatMap(CompilationUnit::getPackageDeclaration)
                                .ifPresent(p -> packages.add(p.getNameAsString()));
                    }
                }
            }
        }
        return packages;
    }

    private static Optional<String> literal(Expression expression) {
        return expression.isStringLiteralExpr()
                ? Optional.of(expression.asStringLiteralExpr().getValue())
                : Optional.empty();
    }

    private static final Pattern SERVLET = Pattern.compile("<servlet>(.*?)</servlet>", Pattern.DOTALL);
    private static final Pattern MAPPING = Pattern.compile("<servlet-mapping>(.*?)</servlet-mapping>", Pattern.DOTALL);

    /** Jersey / RESTEasy / CXF servlets of a {@code web.xml}, with {@code jersey.config.server.provider.packages}. */
    static List<Mount> webXml(String text) {
        String xml = text.replaceAll("(?s)<!--.*?-->", "");
        List<Mount> mounts = new ArrayList<>();
        Matcher servlets = SERVLET.matcher(xml);
        while (servlets.find()) {
            String servlet = servlets.group(1);
            String name = element(servlet, "servlet-name");
            if (name == null
                    || !DISPATCHER
                            .matcher(String.valueOf(element(servlet, "servlet-class")))
                            .find()) {
                continue;
            }
            List<String> packages = new ArrayList<>();
            Matcher params = Pattern.compile("<init-param>(.*?)</init-param>", Pattern.DOTALL)
                    .matcher(servlet);
            while (params.find()) {
                if (String.valueOf(element(params.group(1), "param-name")).endsWith("provider.packages")) {
                    for (String p : String.valueOf(element(params.group(1), "param-value"))
                            .split("[,;\\s]+")) {
                        if (!p.isBlank()) {
                            packages.add(p.trim());
                        }
                    }
                }
            }
            Matcher mappings = MAPPING.matcher(xml);
            while (mappings.find()) {
                if (name.equals(element(mappings.group(1), "servlet-name"))) {
                    Matcher patterns = Pattern.compile("<url-pattern>\\s*(.*?)\\s*</url-pattern>")
                            .matcher(mappings.group(1));
                    while (patterns.find()) {
                        mounts.add(new Mount(mountPoint(patterns.group(1)), packages));
                    }
                }
            }
        }
        return mounts;
    }

    private static String element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">\\s*(.*?)\\s*</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }
}
