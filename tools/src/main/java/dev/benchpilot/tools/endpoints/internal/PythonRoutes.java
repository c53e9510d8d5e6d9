package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import dev.benchpilot.tools.endpoints.internal.PyModule.Call;
import dev.benchpilot.tools.endpoints.internal.PyModule.Function;
import dev.benchpilot.tools.endpoints.internal.PyModule.Line;
import dev.benchpilot.tools.endpoints.internal.TokenRanges.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FastAPI and Flask routing over every Python file of a tree, as one {@link RouteGraph}: {@code FastAPI()} /
 * {@code Flask()} apps, {@code APIRouter(prefix=...)} and {@code Blueprint(url_prefix=...)}, route decorators
 * ({@code @app.get}, {@code @router.api_route(methods=...)}, {@code @bp.route(methods=...)}), {@code add_api_route},
 * {@code add_url_rule}, Flask-RESTful {@code add_resource}, nested {@code include_router} and
 * {@code register_blueprint}, {@code app.mount} sub-apps, across modules by import. Auth: a {@code Depends} /
 * {@code Security} on a dependency named like authentication (in the signature, the decorator, the router or the
 * include), or a Flask decorator such as {@code @login_required}.
 *
 * <p>Past the 600-line mark (about 750): real projects reach their routers through factories, helpers, wrappers and
 * subclasses (issue 15's corpus), and each idiom is a short method over the same module index, name aliases and route
 * graph. Splitting them means passing all three around; the next split worth making is the Flask-only idioms
 * (blueprint factories, route helpers, {@code Api} subclasses) into a class that receives this one.
 */
final class PythonRoutes {

    static final Pattern AUTH_LIKE = Pattern.compile(
            "(?i)(?!.*optional).*(auth|jwt|token|login|current_user|current_active|user_required|oauth|verify|api_key|apikey|permission|role|admin|secur|currentuser).*");
    private static final Set<String> ROUTER_LIKE =
            Set.of("app", "application", "router", "api", "bp", "blueprint", "api_router", "main", "views");

    private final List<PyModule> modules = new ArrayList<>();
    private final Map<String, PyModule> byName = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final RouteGraph graph = new RouteGraph();
    /** Route-like code that was not understood, for the detection's warnings. */
    private final List<String> warnings = new ArrayList<>();

    private final PydanticModels models;
    /** {@code CurrentUser = Annotated[User, Depends(get_current_user)]}: a parameter typed so needs auth. */
    private final Set<String> authAliases = new java.util.HashSet<>();
    /** Node ids of a second name bound to the same router: {@code users_router = r = APIRouter()}. */
    private final Map<String, String> aliases = new HashMap<>();

    /**
     * Router classes by name: {@code APIRouter}, {@code Blueprint}, and subclasses of them in the tree ({@code
     * AdminAPIRouter}).
     */
    private final Map<String, String> routerClasses = new HashMap<>(
            Map.of("APIRouter", "APIRouter", "Blueprint", "Blueprint", "Api", "Api", "Namespace", "Namespace"));
    /**
     * Methods of Api subclasses that hand their arguments on to {@code self.add_resource} ({@code add_org_resource}).
     */
    private final Set<String> addResourceMethods = new java.util.HashSet<>(Set.of("add_resource"));

    /**
     * Classes of the tree that wrap a blueprint they create ({@code self.blueprint = Blueprint(...,
     * url_prefix="/api")}): their prefix.
     */
    private final Map<String, String> blueprintWrappers = new HashMap<>();

    private PythonRoutes(List<PyModule> modules) {
        this.modules.addAll(modules);
        for (PyModule module : modules) {
            for (PyModule.ClassDef type : module.classes) {
                for (Line line : type.body()) {
                    for (int i = line.start(); i + 1 < line.end(); i++) {
                        if (module.text(i).equals("Blueprint")
                                && module.tokens.is(i + 1, "(")
                                && i > line.start()
                                && module.tokens.is(i - 1, "=")) {
                            String prefix = keywordString(module, module.tokens.items(i + 1), "url_prefix");
                            blueprintWrappers.putIfAbsent(type.name(), prefix);
                        }
                    }
                }
            }
        }
        for (int round = 0; round < 3; round++) {
            for (PyModule module : modules) {
                for (PyModule.ClassDef type : module.classes) {
                    type.bases().stream()
                            .map(b -> b.replaceAll(".*\\.", ""))
                            .filter(routerClasses::containsKey)
                            .findFirst()
                            .ifPresent(base -> routerClasses.putIfAbsent(type.name(), routerClasses.get(base)));
                }
            }
        }
        for (PyModule module : modules) {
            for (Function method : module.functions) {
                boolean inApi = module.classes.stream()
                        .anyMatch(type -> "Api".equals(routerClasses.get(type.name()))
                                && !type.name().equals("Api")
                                && type.body().contains(method.line()));
                if (inApi && method.body().stream().anyMatch(line -> delegatesToAddResource(module, line))) {
                    addResourceMethods.add(method.name());
                }
            }
        }
        modules.forEach(module -> byName.putIfAbsent(module.moduleName, module));
        modules.forEach(module -> module.constants.forEach(constants::putIfAbsent));
        this.models = new PydanticModels(modules);
        for (PyModule module : modules) {
            for (Line line : module.lines) {
                if (module.tokens.isName(line.start())
                        && module.tokens.is(line.start() + 1, "=")
                        && dependsOnAuth(module, new Range(line.start() + 2, line.end()))) {
                    authAliases.add(module.text(line.start()));
                }
            }
        }
    }

    /** Every FastAPI and Flask endpoint under {@code root}; {@link Endpoint#detector()} says which framework. */
    static List<Endpoint> detect(Path root, List<String> warnings) throws IOException {
        List<PyModule> modules = new ArrayList<>();
        for (Path file : SourceFiles.find(root, f -> f.getFileName().toString().endsWith(".py"))) {
            SourceFiles.read(root, file, warnings).ifPresent(text -> modules.add(PyModule.read(root, file, text)));
        }
        if (modules.stream().noneMatch(m -> m.framework != null)) {
            return List.of();
        }
        PythonRoutes routes = new PythonRoutes(modules);
        modules.forEach(routes::findHelpers);
        modules.forEach(routes::declarations);
        modules.forEach(routes::findFactories);
        modules.forEach(module -> module.lines.forEach(line -> routes.factoryResult(module, line)));
        modules.forEach(routes::registrations);
        modules.forEach(module -> module.lines.forEach(line -> routes.passedBlueprint(module, line)));
        warnings.addAll(routes.warnings);
        return routes.graph.endpoints("fastapi", warnings);
    }

    // ---- declarations

    private void declarations(PyModule module) {
        for (Line line : module.lines) {
            module.assignedCall(line).ifPresent(call -> {
                List<Range> arguments = module.tokens.items(call.open());
                switch (routerClasses.getOrDefault(call.method(), call.method())) {
                    case "FastAPI", "Starlette", "Flask" -> app(module, call.receiver(), arguments);
                    case "APIRouter" -> router(module, call.receiver(), arguments, "prefix");
                    case "Blueprint" -> router(module, call.receiver(), arguments, "url_prefix");
                    case "Api", "Namespace" -> restApi(module, call.receiver(), arguments);
                    default -> {
                        if (blueprintWrappers.containsKey(call.method())) {
                            wrapper(module, call.receiver(), arguments, blueprintWrappers.get(call.method()));
                        }
                    }
                }
                call.aliases().forEach(alias -> aliases.put(id(module, alias), id(module, call.receiver())));
            });
        }
    }

    private void app(PyModule module, String name, List<Range> arguments) {
        RouteGraph.Node node = graph.node(id(module, name));
        node.app = true;
        node.ownAuth = authDependencies(module, arguments);
        kinds.put(id(module, name), module.framework != null ? module.framework : "fastapi");
    }

    private void router(PyModule module, String name, List<Range> arguments, String prefixKeyword) {
        RouteGraph.Node node = graph.node(id(module, name));
        node.ownPrefix = module.tokens
                .keyword(arguments, prefixKeyword, "=")
                .flatMap(v -> string(module, v))
                .orElse("");
        node.ownAuth = authDependencies(module, arguments);
        kinds.put(id(module, name), prefixKeyword.equals("prefix") ? "fastapi" : "flask");
    }

    /** Flask-RESTful / Flask-RESTX {@code Api(app)}: resources added to it land on the app or blueprint passed. */
    private void restApi(PyModule module, String name, List<Range> arguments) {
        RouteGraph.Node node = graph.node(id(module, name));
        node.ownPrefix = module.tokens
                .keyword(arguments, "prefix", "=")
                .or(() -> module.tokens.keyword(arguments, "path", "="))
                .flatMap(v -> string(module, v))
                .orElse("");
        kinds.put(id(module, name), "flask");
        if (!arguments.isEmpty()) {
            module.tokens
                    .dottedName(arguments.get(0))
                    .map(parent -> node(module, parent))
                    .ifPresent(parent ->
                            graph.node(parent).mounts.add(new RouteGraph.Mount(id(module, name), "", false, false)));
        }
    }

    private static boolean delegatesToAddResource(PyModule module, Line line) {
        for (int i = line.start(); i + 3 < line.end(); i++) {
            if (module.tokens.is(i, "self")
                    && module.tokens.is(i + 1, ".")
                    && module.tokens.is(i + 2, "add_resource")
                    && module.tokens.is(i + 3, "(")) {
                return true;
            }
        }
        return false;
    }

    /** {@code api = Service(app)} where Service wraps a blueprint with a prefix: a blueprint on the app passed. */
    private void wrapper(PyModule module, String name, List<Range> arguments, String prefix) {
        RouteGraph.Node node = graph.node(id(module, name));
        node.ownPrefix = prefix;
        kinds.put(id(module, name), "flask");
        if (!arguments.isEmpty()) {
            module.tokens
                    .dottedName(arguments.get(0))
                    .map(parent -> node(module, parent))
                    .ifPresent(parent ->
                            graph.node(parent).mounts.add(new RouteGraph.Mount(id(module, name), "", false, false)));
        }
    }

    // ---- registrations: decorators, calls

    private void registrations(PyModule module) {
        for (Function function : module.functions) {
            decorated(module, function);
        }
        for (PyModule.ClassDef type : module.classes) {
            decoratedClass(module, type);
        }
        for (Line line : module.lines) {
            module.call(line).ifPresent(call -> call(module, call));
            helperCall(module, line);
            module.decoratorApplied(line)
                    .ifPresent(applied -> route(
                            module,
                            applied.getKey().receiver(),
                            applied.getKey().method(),
                            module.tokens.items(applied.getKey().open()),
                            module.functions.stream()
                                    .filter(f -> f.name().equals(applied.getValue()))
                                    .findFirst()
                                    .orElse(null),
                            false));
        }
    }

    /**
     * Route decorators on one function; a Flask decorator named like authentication ({@code @login_required}) guards
     * them all.
     */
    private void decorated(PyModule module, Function function) {
        boolean decoratorAuth = false;
        List<Range> routeDecorators = new ArrayList<>();
        for (Range decorator : function.decorators()) {
            int callee = lastName(module, decorator.start());
            if (callee > decorator.start()
                    && module.tokens.is(callee + 1, "(")
                    && isRouteDecorator(module.text(callee))) {
                routeDecorators.add(decorator);
            } else if (module.tokens.isName(callee)
                    && AUTH_LIKE.matcher(module.text(callee)).matches()) {
                decoratorAuth = true;
            }
        }
        for (Range decorator : routeDecorators) {
            int callee = lastName(module, decorator.start());
            String receiver = module.tokens
                    .dottedName(new Range(decorator.start(), callee - 1))
                    .orElse("");
            route(module, receiver, module.text(callee), module.tokens.items(callee + 1), function, decoratorAuth);
        }
    }

    /**
     * Flask-RESTX / Flask-RESTful {@code @ns.route("/<id>")} on a {@code Resource} class: one route per HTTP method the
     * class defines ({@code def get(self, id)}).
     */
    private void decoratedClass(PyModule module, PyModule.ClassDef type) {
        for (Range decorator : type.decorators()) {
            int callee = lastName(module, decorator.start());
            if (callee > decorator.start()
                    && module.tokens.is(callee + 1, "(")
                    && module.text(callee).equals("route")) {
                String receiver = module.tokens
                        .dottedName(new Range(decorator.start(), callee - 1))
                        .orElse("");
                String nodeId = node(module, receiver);
                List<Range> arguments = module.tokens.items(callee + 1);
                if (nodeId == null || arguments.isEmpty()) {
                    continue;
                }
                List<String> paths = new ArrayList<>();
                arguments.stream()
                        .filter(a ->
                                module.tokens.keyword(List.of(a), "doc", "=").isEmpty()
                                        && module.tokens
                                                .keyword(List.of(a), "methods", "=")
                                                .isEmpty())
                        .forEach(a -> paths.addAll(strings(module, a)));
                verbMethods(type.name())
                        .forEach((method, owner) ->
                                add(owner.getKey(), nodeId, paths, List.of(method), owner.getValue(), false));
            }
        }
    }

    /** The index of the last name of the dotted name starting at {@code start}. */
    private static int lastName(PyModule module, int start) {
        int i = start;
        while (module.tokens.isName(i) && module.tokens.is(i + 1, ".") && module.tokens.isName(i + 2)) {
            i += 2;
        }
        return i;
    }

    private static boolean isRouteDecorator(String callee) {
        return PyModule.DECORATOR_VERBS.contains(callee) || callee.equals("route") || callee.equals("api_route");
    }

    private void route(
            PyModule module,
            String receiver,
            String verb,
            List<Range> arguments,
            Function function,
            boolean decoratorAuth) {
        String nodeId = node(module, receiver);
        if (nodeId == null && function != null) {
            nodeId = parameterNode(module, receiver, function.line());
        }
        if (nodeId == null || arguments.isEmpty()) {
            return;
        }
        List<String> paths = strings(module, arguments.get(0));
        if (paths.isEmpty()) {
            paths = module.tokens
                    .keyword(arguments, "path", "=")
                    .or(() -> module.tokens.keyword(arguments, "rule", "="))
                    .map(v -> strings(module, v))
                    .orElse(List.of());
        }
        if (paths.isEmpty()) {
            warnings.add(DetectionResult.notUnderstood(
                    module.location(function != null ? function.line() : module.lines.get(0)),
                    kinds.getOrDefault(nodeId, "python"),
                    "the path of " + receiver + "." + verb + "(...) is not a string or a constant"));
            return;
        }
        List<String> methods = PyModule.DECORATOR_VERBS.contains(verb)
                ? List.of(verb.toUpperCase(Locale.ROOT))
                : module.tokens
                        .keyword(arguments, "methods", "=")
                        .map(v -> module.tokens.strings(v))
                        .filter(m -> !m.isEmpty())
                        .orElse(List.of("GET"));
        add(module, nodeId, paths, methods, function, decoratorAuth || authDependencies(module, arguments));
    }

    private void add(
            PyModule module, String nodeId, List<String> paths, List<String> methods, Function function, boolean auth) {
        String framework = kinds.getOrDefault(nodeId, module.framework != null ? module.framework : "flask");
        FunctionSignature signature = function == null
                ? FunctionSignature.NONE
                : FunctionSignature.read(module, function, models, authAliases, framework);
        RouteGraph.Node node = graph.node(nodeId);
        for (String path : paths) {
            for (String method : methods) {
                String upper = method.toUpperCase(Locale.ROOT);
                node.routes.add(new RouteGraph.Route(
                        upper,
                        path,
                        module.location(function != null ? function.line() : module.lines.get(0)),
                        auth || signature.auth(),
                        signature.parameters(EndpointPaths.join("", path)),
                        upper.equals("GET") || upper.equals("DELETE") || upper.equals("HEAD") ? null : signature.body(),
                        framework));
            }
        }
    }

    private void call(PyModule module, Call call) {
        List<Range> arguments = module.tokens.items(call.open());
        String parent = node(module, call.receiver());
        if (parent == null || arguments.isEmpty()) {
            return;
        }
        if (addResourceMethods.contains(call.method())) {
            resource(module, parent, arguments);
            return;
        }
        switch (call.method()) {
            case "include_router" ->
                module.tokens
                        .dottedName(arguments.get(0))
                        .map(child -> node(module, child))
                        .ifPresent(child -> graph.node(parent)
                                .mounts
                                .add(new RouteGraph.Mount(
                                        child,
                                        keywordString(module, arguments, "prefix"),
                                        authDependencies(module, arguments),
                                        false)));
            case "register_blueprint" ->
                module.tokens
                        .dottedName(arguments.get(0))
                        .map(child -> node(module, child))
                        .or(() -> Optional.ofNullable(factoryNode(module, arguments.get(0))))
                        .ifPresent(child -> {
                            Optional<String> prefix = module.tokens
                                    .keyword(arguments, "url_prefix", "=")
                                    .flatMap(v -> string(module, v));
                            graph.node(parent)
                                    .mounts
                                    .add(new RouteGraph.Mount(child, prefix.orElse(""), false, prefix.isPresent()));
                        });
            case "mount" -> {
                // mount("/api/v1", api), mount("/api/v1", app=api), mount(path="/api/v1", app=api)
                Optional<String> prefix = module.tokens
                        .keyword(arguments, "path", "=")
                        .or(() -> module.tokens.keyword(arguments, "app", "=").isPresent() || arguments.size() >= 2
                                ? Optional.of(arguments.get(0))
                                : Optional.empty())
                        .flatMap(v -> string(module, v));
                Optional<Range> app = module.tokens
                        .keyword(arguments, "app", "=")
                        .or(() -> arguments.size() >= 2
                                        && module.tokens
                                                .keyword(List.of(arguments.get(1)), "name", "=")
                                                .isEmpty()
                                ? Optional.of(arguments.get(1))
                                : Optional.empty());
                app.flatMap(module.tokens::dottedName)
                        .map(child -> node(module, child))
                        .filter(kinds::containsKey)
                        .ifPresent(child -> graph.node(parent)
                                .mounts
                                .add(new RouteGraph.Mount(child, prefix.orElse(""), false, false)));
            }
            case "add_api_route", "add_url_rule" -> {
                List<String> paths = strings(module, arguments.get(0));
                List<String> methods = module.tokens
                        .keyword(arguments, "methods", "=")
                        .map(v -> module.tokens.strings(v))
                        .filter(m -> !m.isEmpty())
                        .orElse(List.of("GET"));
                Optional<String> viewClass =
                        asView(module, arguments, call.method().equals("add_api_route") ? 1 : 2);
                if (viewClass.isPresent()) {
                    viewClass(viewClass.get(), parent, paths);
                } else {
                    Function view =
                            viewFunction(module, arguments, call.method().equals("add_api_route") ? 1 : 2);
                    add(module, parent, paths, methods, view, authDependencies(module, arguments));
                }
            }
            case "init_app" ->
                module.tokens
                        .dottedName(arguments.get(0))
                        .map(app -> node(module, app))
                        .filter(app -> !app.equals(parent))
                        .filter(app -> "flask".equals(kinds.get(parent)))
                        .ifPresent(app -> graph.node(app).mounts.add(new RouteGraph.Mount(parent, "", false, false)));
            case "add_namespace" ->
                module.tokens
                        .dottedName(arguments.get(0))
                        .map(child -> node(module, child))
                        .ifPresent(child -> {
                            Optional<String> path = module.tokens
                                    .keyword(arguments, "path", "=")
                                    .or(() -> arguments.size() >= 2 ? Optional.of(arguments.get(1)) : Optional.empty())
                                    .flatMap(v -> string(module, v));
                            graph.node(parent)
                                    .mounts
                                    .add(new RouteGraph.Mount(child, path.orElse(""), false, path.isPresent()));
                        });
            default -> {}
        }
    }

    /** {@code view_func=ViewCategory.as_view("name")} (or in {@code position}): the class name of a MethodView. */
    private static Optional<String> asView(PyModule module, List<Range> arguments, int position) {
        Optional<Range> view = module.tokens
                .keyword(arguments, "view_func", "=")
                .or(() -> arguments.size() > position
                                && module.tokens
                                        .keyword(List.of(arguments.get(position)), "endpoint", "=")
                                        .isEmpty()
                        ? Optional.of(arguments.get(position))
                        : Optional.empty());
        return view.filter(v -> v.end() - v.start() >= 4
                        && module.tokens.isName(v.start())
                        && module.tokens.is(v.start() + 1, ".")
                        && module.tokens.is(v.start() + 2, "as_view")
                        && module.tokens.is(v.start() + 3, "("))
                .map(v -> module.text(v.start()));
    }

    /** A MethodView class on {@code paths}: a route per HTTP method it (or a base class) defines. */
    private void viewClass(String className, String nodeId, List<String> paths) {
        verbMethods(className)
                .forEach((method, owner) ->
                        add(owner.getKey(), nodeId, paths, List.of(method), owner.getValue(), false));
    }

    /**
     * A function of the tree that registers a route on one of its parameters with a path from another
     * ({@code def register_view(bp, routes, view_func): for route in routes: bp.add_url_rule(route,
     * view_func=view_func)}):
     * which parameter is the blueprint, which the path (or a list of paths) and which the view.
     */
    private record RouteHelper(List<String> parameters, int blueprint, int path, int view) {}

    private final Map<String, RouteHelper> helpers = new HashMap<>();

    private void findHelpers(PyModule module) {
        for (Function function : module.functions) {
            List<String> parameters = module.tokens.items(function.parametersOpen()).stream()
                    .map(item -> module.tokens.isName(item.start()) ? module.text(item.start()) : "*")
                    .toList();
            Map<String, String> loops = new HashMap<>(); // for route in routes
            for (Line line : function.body()) {
                int s = line.start();
                if (module.tokens.is(s, "for")
                        && module.tokens.isName(s + 1)
                        && module.tokens.is(s + 2, "in")
                        && module.tokens.isName(s + 3)) {
                    loops.put(module.text(s + 1), module.text(s + 3));
                }
                Optional<Call> call = module.call(line);
                if (call.isEmpty()
                        || !Set.of("add_url_rule", "route").contains(call.get().method())
                        || !parameters.contains(call.get().receiver())) {
                    continue;
                }
                List<Range> arguments = module.tokens.items(call.get().open());
                if (arguments.isEmpty()
                        || !module.tokens.isName(arguments.get(0).start())) {
                    continue;
                }
                String path = module.text(arguments.get(0).start());
                int pathIndex = parameters.indexOf(loops.getOrDefault(path, path));
                Optional<String> view =
                        module.tokens.keyword(arguments, "view_func", "=").flatMap(module.tokens::dottedName);
                if (pathIndex >= 0) {
                    helpers.putIfAbsent(
                            function.name(),
                            new RouteHelper(
                                    parameters,
                                    parameters.indexOf(call.get().receiver()),
                                    pathIndex,
                                    view.map(parameters::indexOf).orElse(-1)));
                }
            }
        }
    }

    /**
     * Functions that build and return a blueprint or router ({@code def construct_blueprint(...): bp = Blueprint(...);
     * return bp}).
     */
    private final Map<String, String> factories = new HashMap<>();
    /**
     * Blueprints received as a parameter and given routes ({@code def add_routes(bp): @bp.route(...)}), by function and
     * index.
     */
    private final Map<String, String> parameterNodes = new HashMap<>();

    private void findFactories(PyModule module) {
        for (Function function : module.functions) {
            for (Line line : function.body()) {
                if (module.tokens.is(line.start(), "return")
                        && module.tokens.isName(line.start() + 1)
                        && line.end() == line.start() + 2) {
                    String returned = module.text(line.start() + 1);
                    boolean built = function.body().stream()
                            .anyMatch(l -> module.tokens.is(l.start(), returned)
                                    && module.tokens.is(l.start() + 1, "=")
                                    && module.tokens.isName(l.start() + 2)
                                    && routerClasses.containsKey(lastCallee(module, l.start() + 2)));
                    if (built) {
                        factories.put(id(module, function.name()), id(module, returned));
                    }
                }
            }
        }
    }

    /** The last name of a dotted callee starting at {@code start} ({@code flask.Blueprint(} → Blueprint). */
    private static String lastCallee(PyModule module, int start) {
        return module.text(lastName(module, start));
    }

    /**
     * The node of the blueprint a call returns, when the callee is a factory of the tree ({@code
     * tags.construct_blueprint(ds)}).
     */
    private String factoryNode(PyModule module, Range call) {
        int last = lastName(module, call.start());
        if (!module.tokens.is(last + 1, "(") || module.tokens.close(last + 1) != call.end() - 1) {
            return null;
        }
        String dotted =
                module.tokens.dottedName(new Range(call.start(), last + 1)).orElse(null);
        if (dotted == null) {
            return null;
        }
        String local = factories.get(id(module, dotted));
        if (local != null) {
            return local;
        }
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        PyModule.Import imported = module.imports.get(head);
        if (imported == null) {
            return null;
        }
        String qualified = absolute(module, imported.module())
                + (imported.name() == null ? "" : "." + imported.name())
                + (dotted.contains(".") ? dotted.substring(dotted.indexOf('.')) : "");
        PyModule target = qualified.contains(".") ? find(qualified.substring(0, qualified.lastIndexOf('.'))) : null;
        return target == null ? null : factories.get(id(target, qualified.substring(qualified.lastIndexOf('.') + 1)));
    }

    /**
     * The node standing for a parameter of the function enclosing {@code line} that routes are added to, if it is one.
     */
    private String parameterNode(PyModule module, String receiver, Line line) {
        for (Function enclosing : module.functions) {
            if (!enclosing.body().contains(line)) {
                continue;
            }
            List<Range> parameters = module.tokens.items(enclosing.parametersOpen());
            for (int i = 0; i < parameters.size(); i++) {
                if (module.tokens.isName(parameters.get(i).start())
                        && module.text(parameters.get(i).start()).equals(receiver)) {
                    String nodeId = id(module, enclosing.name() + "(" + i + ")");
                    graph.node(nodeId);
                    kinds.putIfAbsent(nodeId, module.framework != null ? module.framework : "flask");
                    parameterNodes.put(id(module, enclosing.name()) + "#" + i, nodeId);
                    return nodeId;
                }
            }
        }
        return null;
    }

    /** {@code x = construct_blueprint(ds)}: {@code x} is the blueprint the factory returns. */
    private void factoryResult(PyModule module, Line line) {
        int s = line.start();
        if (module.tokens.isName(s) && module.tokens.is(s + 1, "=") && module.tokens.isName(s + 2)) {
            String built = factoryNode(module, new Range(s + 2, line.end()));
            if (built != null) {
                aliases.put(id(module, module.text(s)), built);
            }
        }
    }

    /**
     * {@code main_feed.add_routes(rss_blueprint, datastore)}: the routes the function gave its parameter land on the
     * blueprint passed.
     */
    private void passedBlueprint(PyModule module, Line line) {
        int s = line.start();
        int last = lastName(module, s);
        if (parameterNodes.isEmpty() || !module.tokens.isName(s) || !module.tokens.is(last + 1, "(")) {
            return;
        }
        String callee = module.text(last);
        List<Range> arguments = module.tokens.items(last + 1);
        for (Map.Entry<String, String> parameter : parameterNodes.entrySet()) {
            String function = parameter.getKey().substring(0, parameter.getKey().lastIndexOf('#'));
            int index = Integer.parseInt(
                    parameter.getKey().substring(parameter.getKey().lastIndexOf('#') + 1));
            if (function.endsWith("#" + callee) && index < arguments.size()) {
                module.tokens
                        .dottedName(arguments.get(index))
                        .map(n -> node(module, n))
                        .ifPresent(parent -> graph.node(parent)
                                .mounts
                                .add(new RouteGraph.Mount(parameter.getValue(), "", false, false)));
            }
        }
    }

    /** {@code register_view(forum, routes=[...], view_func=X.as_view("x"))}: the routes the helper registers. */
    private void helperCall(PyModule module, Line line) {
        int s = line.start();
        if (!module.tokens.isName(s) || !module.tokens.is(s + 1, "(") || !helpers.containsKey(module.text(s))) {
            return;
        }
        RouteHelper helper = helpers.get(module.text(s));
        List<Range> arguments = module.tokens.items(s + 1);
        java.util.function.IntFunction<Optional<Range>> argument = index -> index < 0
                ? Optional.empty()
                : module.tokens
                        .keyword(arguments, helper.parameters().get(index), "=")
                        .or(() -> index < arguments.size()
                                        && arguments.get(index).end()
                                                        - arguments.get(index).start()
                                                >= 1
                                        && !module.tokens.is(
                                                arguments.get(index).start() + 1, "=")
                                ? Optional.of(arguments.get(index))
                                : Optional.empty());
        String nodeId = argument.apply(helper.blueprint())
                .flatMap(module.tokens::dottedName)
                .map(n -> node(module, n))
                .orElse(null);
        List<String> paths =
                argument.apply(helper.path()).map(v -> strings(module, v)).orElse(List.of());
        if (nodeId == null || paths.isEmpty()) {
            return;
        }
        Optional<Range> view = argument.apply(helper.view());
        Optional<String> viewClass = view.flatMap(v -> asView(module, List.of(v), 0));
        if (viewClass.isPresent()) {
            viewClass(viewClass.get(), nodeId, paths);
        } else {
            Function function = view.flatMap(module.tokens::dottedName)
                    .flatMap(n -> module.functions.stream()
                            .filter(f -> f.name().equals(n))
                            .findFirst())
                    .orElse(null);
            add(module, nodeId, paths, List.of("GET"), function, false);
        }
    }

    private Function viewFunction(PyModule module, List<Range> arguments, int position) {
        Optional<String> name = module.tokens
                .keyword(arguments, "view_func", "=")
                .or(() -> module.tokens.keyword(arguments, "endpoint", "="))
                .flatMap(module.tokens::dottedName)
                .or(() -> arguments.size() > position
                        ? module.tokens.dottedName(arguments.get(position))
                        : Optional.empty());
        return name.flatMap(n -> module.functions.stream()
                        .filter(f -> f.name().equals(n))
                        .findFirst())
                .orElse(null);
    }

    /** {@code api.add_resource(TodoResource, '/todos/<int:id>', '/todos')}: one route per method the class defines. */
    private void resource(PyModule module, String parent, List<Range> arguments) {
        Optional<String> className = module.tokens.dottedName(arguments.get(0)).map(n -> n.replaceAll(".*\\.", ""));
        List<String> paths = new ArrayList<>();
        arguments.subList(1, arguments.size()).stream()
                .filter(a -> module.tokens.keyword(List.of(a), "endpoint", "=").isEmpty()
                        && module.tokens
                                .keyword(List.of(a), "resource_class_kwargs", "=")
                                .isEmpty())
                .forEach(a -> paths.addAll(strings(module, a)));
        className.ifPresent(name -> verbMethods(name)
                .forEach((method, owner) ->
                        add(owner.getKey(), parent, paths, List.of(method), owner.getValue(), false)));
    }

    /**
     * The HTTP methods a resource class serves ({@code def get(self)}, ...) with the module and function defining each,
     * its own first, then those it inherits from base classes in the tree.
     */
    private Map<String, Map.Entry<PyModule, Function>> verbMethods(String className) {
        Map<String, Map.Entry<PyModule, Function>> methods = new java.util.LinkedHashMap<>();
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(List.of(className));
        Set<String> seen = new java.util.HashSet<>();
        while (!pending.isEmpty() && seen.size() < 16) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            modules.stream()
                    .flatMap(m -> m.classes.stream().map(c -> Map.entry(m, c)))
                    .filter(e -> e.getValue().name().equals(name))
                    .findFirst()
                    .ifPresent(found -> {
                        for (Function method : found.getKey().functions) {
                            if (PyModule.DECORATOR_VERBS.contains(method.name())
                                    && found.getValue().body().contains(method.line())) {
                                methods.putIfAbsent(method.name(), Map.entry(found.getKey(), method));
                            }
                        }
                        found.getValue().bases().forEach(base -> pending.add(base.replaceAll(".*\\.", "")));
                    });
        }
        return methods;
    }

    // ---- names across modules

    private static String id(PyModule module, String name) {
        return module.relative + "#" + name;
    }

    /** The router node a dotted name in {@code module} refers to, following imports; null when it is not one. */
    String node(PyModule module, String dotted) {
        return node(module, dotted, 0);
    }

    private String node(PyModule module, String dotted, int depth) {
        if (depth > 6) {
            return null;
        }
        String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        String rest = dotted.contains(".") ? dotted.substring(dotted.indexOf('.') + 1) : null;
        String local = aliases.getOrDefault(id(module, dotted), id(module, dotted));
        if (graph.has(local)) {
            return local;
        }
        PyModule.Import imported = module.imports.get(head);
        List<String> parts = rest == null ? List.of() : List.of(rest.split("\\."));
        if (imported == null) {
            String inSubmodule = rest == null ? null : resolveIn(module.moduleName, concat(head, parts), 1, depth);
            return inSubmodule != null
                    ? inSubmodule
                    : rest == null && ROUTER_LIKE.contains(head) && module.framework != null ? id(module, head) : null;
        }
        String base = absolute(module, imported.module());
        return imported.name() == null
                ? resolveIn(base, parts, 0, depth)
                : resolveIn(base, concat(imported.name(), parts), 0, depth);
    }

    /**
     * {@code parts} after module {@code moduleName}: the longest prefix of them that is a module (a package without
     * {@code __init__.py} too), the rest a name in it. {@code minimum} parts must be taken as module names.
     */
    private String resolveIn(String moduleName, List<String> parts, int minimum, int depth) {
        for (int k = parts.size() - 1; k >= minimum; k--) {
            String suffix = String.join(".", parts.subList(0, k));
            PyModule target =
                    find(moduleName.isEmpty() ? suffix : suffix.isEmpty() ? moduleName : moduleName + "." + suffix);
            if (target != null) {
                return node(target, String.join(".", parts.subList(k, parts.size())), depth + 1);
            }
        }
        return null;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** A module by dotted name, also when the tree root sits above the package root ({@code src/app/...}). */
    private PyModule find(String name) {
        if (name.isEmpty()) {
            return null;
        }
        PyModule exact = byName.get(name);
        if (exact != null) {
            return exact;
        }
        return modules.stream()
                .filter(m -> m.moduleName.endsWith("." + name))
                .findFirst()
                .orElse(null);
    }

    private static String absolute(PyModule module, String imported) {
        if (!imported.startsWith(".")) {
            return imported;
        }
        int dots = 0;
        while (dots < imported.length() && imported.charAt(dots) == '.') {
            dots++;
        }
        String base = module.packageName();
        for (int k = 1; k < dots && !base.isEmpty(); k++) {
            base = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : "";
        }
        String rest = imported.substring(dots);
        return base.isEmpty() ? rest : rest.isEmpty() ? base : base + "." + rest;
    }

    // ---- values

    private Optional<String> string(PyModule module, Range value) {
        Optional<String> literal = module.tokens.string(value);
        if (literal.isPresent()) {
            return literal;
        }
        // app.config["USER_URL_PREFIX"], settings["PREFIX"]: the setting's default where the tree assigns it
        if (value.end() - value.start() >= 4
                && module.tokens.is(value.end() - 1, "]")
                && module.tokens.isString(value.end() - 2)
                && module.tokens.is(value.end() - 3, "[")) {
            return Optional.ofNullable(constants.get(module.text(value.end() - 2)));
        }
        // a name of the module's own first (every router module may have its own "prefix"), then any module's
        return module.tokens
                .dottedName(value)
                .map(n -> n.contains(".")
                        ? constants.get(n.replaceAll(".*\\.", ""))
                        : module.constants.getOrDefault(n, constants.get(n)));
    }

    private List<String> strings(PyModule module, Range value) {
        List<String> literal = module.tokens.strings(value);
        return !literal.isEmpty()
                ? literal
                : string(module, value)
                        .or(() -> passedThrough(module, value))
                        .map(List::of)
                        .orElse(List.of());
    }

    /**
     * {@code org_scoped_rule("/ldap/login")}: a literal passed through a function of the tree that returns its
     * parameter
     * as it is (in the default configuration; a prefixed variant in another branch is not followed).
     */
    private Optional<String> passedThrough(PyModule module, Range value) {
        int s = value.start();
        if (value.end() - s != 4
                || !module.tokens.isName(s)
                || !module.tokens.is(s + 1, "(")
                || !module.tokens.isString(s + 2)
                || !module.tokens.is(s + 3, ")")) {
            return Optional.empty();
        }
        String name = module.text(s);
        for (PyModule owner : modules) {
            for (Function function : owner.functions) {
                List<Range> parameters = owner.tokens.items(function.parametersOpen());
                if (function.name().equals(name)
                        && !parameters.isEmpty()
                        && owner.tokens.isName(parameters.get(0).start())) {
                    String parameter = owner.text(parameters.get(0).start());
                    boolean returnsIt = function.body().stream()
                            .anyMatch(line -> owner.tokens.is(line.start(), "return")
                                    && line.end() == line.start() + 2
                                    && owner.tokens.is(line.start() + 1, parameter));
                    if (returnsIt) {
                        return Optional.of(module.text(s + 2));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String keywordString(PyModule module, List<Range> arguments, String keyword) {
        return module.tokens
                .keyword(arguments, keyword, "=")
                .flatMap(v -> string(module, v))
                .orElse("");
    }

    /** {@code dependencies=[Depends(get_current_user)]} naming an auth-like dependency. */
    static boolean authDependencies(PyModule module, List<Range> arguments) {
        return module.tokens
                .keyword(arguments, "dependencies", "=")
                .map(v -> dependsOnAuth(module, v))
                .orElse(false);
    }

    private static boolean optional(PyModule module, Range range) {
        for (int j = range.start(); j + 2 < range.end(); j++) {
            if (module.tokens.is(j, "required") && module.tokens.is(j + 1, "=") && module.tokens.is(j + 2, "False")) {
                return true;
            }
        }
        return false;
    }

    /** A {@code Depends(x)} / {@code Security(x)} within the range whose argument is named like authentication. */
    static boolean dependsOnAuth(PyModule module, Range range) {
        for (int i = range.start(); i < range.end(); i++) {
            if ((module.tokens.is(i, "Depends") || module.tokens.is(i, "Security")) && module.tokens.is(i + 1, "(")) {
                int close = module.tokens.close(i + 1);
                if (optional(module, new Range(i + 2, close))) {
                    continue; // Depends(get_user(required=False)): the route also answers anonymous callers
                }
                for (int j = i + 2; j < close; j++) {
                    if (module.tokens.isName(j)
                            && AUTH_LIKE.matcher(module.text(j)).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
