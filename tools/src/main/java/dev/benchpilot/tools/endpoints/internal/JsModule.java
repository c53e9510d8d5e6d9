package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.internal.TokenRanges.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one JavaScript / TypeScript file says about Express routing: which names are apps and routers, what it
 * imports and exports, the routes and mounts it registers. Read from tokens in one pass; names are resolved
 * across files by {@link JsModuleIndex} when the file adds itself to a {@link RouteGraph}.
 *
 * <p>Longer than most files here (about 620 lines) on purpose: each JavaScript idiom (imports, exports, router
 * declarations, route calls, mounts, pass-through calls) is a short method over the same token list and name
 * tables, and splitting them across classes would mean passing those tables around or exposing them.
 */
final class JsModule {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch", "options", "head", "all");
    private static final Pattern AUTH_LIKE = Pattern.compile(
            "(?i)(?!.*optional).*(auth|jwt|token|login|loggedin|protect|guard|passport|session|verify|permission|role|admin|acl|secure).*");
    private static final Pattern ROUTER_LIKE_NAME = Pattern.compile("(?i)(.*router|.*routes|app|application|server|r)");
    static final List<String> RESOLVED_SUFFIXES =
            List.of("", ".ts", ".js", ".mjs", ".cjs", ".mts", ".cts", "/index.ts", "/index.js", "/index.mjs");

    record Import(String specifier, String exported) {}

    record RouteCall(
            String receiver,
            String method,
            List<String> paths,
            String source,
            boolean auth,
            int index,
            List<Endpoint.Parameter> parameters,
            Endpoint.RequestBody body) {}

    /** A {@code use(...)} child: a local name, {@code ns.name}, or an inline {@code require('m')}. */
    record Ref(String local, String member, Import inline) {}

    /**
     * {@code refs} may be routers or middleware, told apart once every file is read; {@code callAuth}: other auth
     * middleware.
     */
    private record UseCall(String receiver, List<String> prefixes, List<Ref> refs, boolean callAuth, int index) {}

    private record PassCall(Ref callee, String argument) {}

    final Path root;
    final Path file;
    private final String relative;
    private final TokenRanges tokens;
    final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> ownPrefixes = new HashMap<>();
    final Map<String, Import> imports = new HashMap<>();
    final Map<String, String> exports = new HashMap<>();
    final Set<String> functionParameters = new LinkedHashSet<>();
    final List<RouteCall> routes = new ArrayList<>();
    /** Route calls on a router whose path is not a literal ({@code router.get(PATHS.user, ...)}): file:line and why. */
    final List<String> notUnderstood = new ArrayList<>();

    private final List<UseCall> uses = new ArrayList<>();
    private final List<PassCall> passes = new ArrayList<>();

    private JsModule(Path root, Path file, String text) {
        this.root = root;
        this.file = file;
        this.relative = root.relativize(file).toString().replace('\\', '/');
        this.tokens = new TokenRanges(ScriptTokens.javascript(text));
    }

    /**
     * Whether a script may take part in routing: registers routes, or re-exports routers (an index.js / index.ts
     * barrel).
     */
    static boolean mayUseExpress(String text) {
        return text.contains("express")
                || text.contains("Router")
                || text.contains(".use(")
                || text.contains(".get(")
                || text.contains(".post(")
                || text.contains("export")
                || text.contains("require(");
    }

    static JsModule read(Path root, Path file, String text) {
        JsModule module = new JsModule(root, file, text);
        module.scan();
        return module;
    }

    boolean hasRoutes() {
        return !routes.isEmpty() || !uses.isEmpty();
    }

    private void scan() {
        for (int i = 0; i < tokens.tokens().size(); i++) {
            if (tokens.is(i - 1, ".")) {
                if (tokens.is(i + 1, "(") && VERBS.contains(text(i))) {
                    routeCall(i);
                } else if (tokens.is(i + 1, "(") && text(i).equals("use")) {
                    useCall(i);
                }
                continue;
            }
            switch (tokens.isName(i) ? text(i) : "") {
                case "import" -> importStatement(i);
                case "export" -> exportStatement(i);
                case "module" -> moduleExports(i);
                case "exports" -> namedExport(i + 1);
                default -> {
                    if (tokens.isName(i) && !tokens.is(i - 1, ".")) {
                        assignment(i);
                        passCall(i);
                    }
                }
            }
        }
    }

    private String text(int index) {
        return tokens.at(index).text();
    }

    // ---- imports and exports

    private void importStatement(int i) {
        if (tokens.is(i + 1, "(") || tokens.is(i + 1, ".")) {
            return;
        }
        int from = i + 1;
        while (from < tokens.tokens().size()
                && !tokens.is(from, "from")
                && !tokens.is(from, ";")
                && !tokens.isString(from)) {
            from++;
        }
        if (!tokens.is(from, "from") || !tokens.isString(from + 1)) {
            return;
        }
        String specifier = text(from + 1);
        for (int j = i + 1; j < from; j++) {
            if (tokens.is(j, "*") && tokens.is(j + 1, "as")) {
                imports.put(text(j + 2), new Import(specifier, "*"));
                j += 2;
            } else if (tokens.is(j, "{")) {
                int close = tokens.close(j);
                for (Range item : tokens.items(j)) {
                    int start = tokens.is(item.start(), "type") && item.end() - item.start() > 1
                            ? item.start() + 1
                            : item.start();
                    String name = text(start);
                    imports.put(tokens.is(start + 1, "as") ? text(start + 2) : name, new Import(specifier, name));
                }
                j = close;
            } else if (tokens.isName(j) && !text(j).equals("type") && (tokens.is(j + 1, ",") || j + 1 == from)) {
                imports.put(text(j), new Import(specifier, "default"));
            }
        }
    }

    private void exportStatement(int i) {
        if (tokens.is(i + 1, "default")) {
            exportValue(i + 2, "default");
        } else if (tokens.is(i + 1, "{")) {
            int close = tokens.close(i + 1);
            Optional<String> from = tokens.is(close + 1, "from") && tokens.isString(close + 2)
                    ? Optional.of(text(close + 2))
                    : Optional.empty();
            for (Range item : tokens.items(i + 1)) {
                String local = text(item.start());
                String exported = tokens.is(item.start() + 1, "as") ? text(item.start() + 2) : local;
                if (from.isPresent()) {
                    imports.put("export:" + exported, new Import(from.get(), local));
                    exports.put(exported, "export:" + exported);
                } else {
                    exports.put(exported, local);
                }
            }
        } else if (tokens.isName(i + 2)
                && Set.of("const", "let", "var", "function", "class")
                        .contains(tokens.at(i + 1).text())) {
            exports.put(text(i + 2), text(i + 2));
            if (text(i + 1).equals("function")) {
                functionParameter(i + 3);
            }
        } else if (tokens.is(i + 1, "async") && tokens.is(i + 2, "function") && tokens.isName(i + 3)) {
            exports.put(text(i + 3), text(i + 3));
            functionParameter(i + 4);
        }
    }

    private void moduleExports(int i) {
        if (tokens.is(i + 1, ".") && tokens.is(i + 2, "exports")) {
            if (tokens.is(i + 3, "=")) {
                exportValue(i + 4, "default");
            } else if (tokens.is(i + 3, ".")) {
                namedExport(i + 3);
            }
        }
    }

    /** {@code exports.name = value} / {@code module.exports.name = value}; {@code dot} is the index of the dot. */
    private void namedExport(int dot) {
        if (tokens.is(dot, ".") && tokens.isName(dot + 1) && tokens.is(dot + 2, "=")) {
            exportValue(dot + 3, text(dot + 1));
        }
    }

    /** What is exported under {@code name}: a local, an object of locals, a function taking the app, or a re-export. */
    private void exportValue(int at, String name) {
        if (tokens.is(at, "async")) {
            at++;
        }
        if (tokens.is(at, "function")) {
            int open = tokens.isName(at + 1) ? at + 2 : at + 1;
            functionParameter(open);
            if (tokens.isName(at + 1)) {
                exports.put(name, text(at + 1));
            }
        } else if (tokens.is(at, "(") && tokens.is(tokens.close(at) + 1, "=>")) {
            functionParameter(at);
        } else if (tokens.isName(at) && tokens.is(at + 1, "=>")) {
            functionParameters.add(text(at));
        } else if (tokens.is(at, "{") && name.equals("default")) {
            for (Range item : tokens.items(at)) {
                if (tokens.isName(item.start()) && item.end() - item.start() == 1) {
                    exports.put(text(item.start()), text(item.start()));
                } else if (tokens.isName(item.start())
                        && tokens.is(item.start() + 1, ":")
                        && tokens.isName(item.start() + 2)
                        && item.end() - item.start() == 3) {
                    exports.put(text(item.start()), text(item.start() + 2));
                } else if (tokens.isName(item.start())
                        && tokens.is(item.start() + 1, ":")
                        && tokens.is(item.start() + 2, "require")
                        && tokens.isString(item.start() + 4)) {
                    imports.put("export:" + text(item.start()), new Import(text(item.start() + 4), "default"));
                    exports.put(text(item.start()), "export:" + text(item.start()));
                }
            }
        } else if (tokens.is(at, "require") && tokens.is(at + 1, "(") && tokens.isString(at + 2)) {
            imports.put("export:" + name, new Import(text(at + 2), "default"));
            exports.put(name, "export:" + name);
        } else if (tokens.isName(at) && !tokens.is(at + 1, "(") && !tokens.is(at + 1, ".")) {
            exports.put(name, text(at));
        }
    }

    private void functionParameter(int open) {
        if (tokens.is(open, "(") && tokens.isName(open + 1)) {
            functionParameters.add(text(open + 1));
        }
    }

    // ---- declarations: apps, routers, requires

    /** {@code [this.]name [: Type] = init}: an app, a router or a require; {@code {a, b: c} = require('m')}. */
    private void assignment(int i) {
        String name = text(i);
        if (name.equals("this") && tokens.is(i + 1, ".") && tokens.isName(i + 2)) {
            declare("this." + text(i + 2), equalsAfter(i + 3));
            return;
        }
        if (Set.of("const", "let", "var").contains(name) && tokens.is(i + 1, "{")) {
            int close = tokens.close(i + 1);
            int init = equalsAfter(close + 1);
            if (init > 0 && tokens.is(init, "require") && tokens.isString(init + 2)) {
                for (Range item : tokens.items(i + 1)) {
                    String exported = text(item.start());
                    String local = tokens.is(item.start() + 1, ":") ? text(item.start() + 2) : exported;
                    imports.put(local, new Import(text(init + 2), exported));
                }
            }
            return;
        }
        if (!Set.of("const", "let", "var", "function", "return", "new", "typeof", "await")
                .contains(name)) {
            declare(name, equalsAfter(i + 1));
        }
    }

    /** The index of the initialiser after {@code [: Type] =}, or -1 when the tokens at {@code at} are not that. */
    private int equalsAfter(int at) {
        int j = at;
        if (tokens.is(j, ":")) {
            j++;
            while (j < at + 8 && (tokens.isName(j) || tokens.is(j, ".") || tokens.is(j, "<") || tokens.is(j, ">"))) {
                j++;
            }
        }
        return tokens.is(j, "=") && !tokens.is(j + 1, "=") ? j + 1 : -1;
    }

    private void declare(String name, int init) {
        if (init < 0) {
            return;
        }
        // const authRouter = module.exports = Router(): a chain of assignments; module.exports in it exports this name
        for (int hops = 0; hops < 4 && tokens.isName(init); hops++) {
            int end = init;
            while (tokens.isName(end) && tokens.is(end + 1, ".") && tokens.isName(end + 2)) {
                end += 2;
            }
            if (!tokens.is(end + 1, "=") || tokens.is(end + 2, "=")) {
                break;
            }
            if (end == init + 2 && text(init).equals("module") && text(end).equals("exports")) {
                exports.put("default", name);
            }
            init = end + 2;
        }
        int at = tokens.is(init, "new") || tokens.is(init, "await") ? init + 1 : init;
        if (tokens.is(at, "require") && tokens.is(at + 1, "(") && tokens.isString(at + 2) && tokens.is(at + 3, ")")) {
            String specifier = text(at + 2);
            if (specifier.equals("express") && tokens.is(at + 4, "(")) {
                kinds.put(name, "app");
            } else if (tokens.is(at + 4, ".") && tokens.isName(at + 5)) {
                if (text(at + 5).equals("Router") && tokens.is(at + 6, "(")) {
                    router(name, at + 6);
                } else {
                    imports.put(name, new Import(specifier, text(at + 5)));
                }
            } else if (!tokens.is(at + 4, "(")) {
                imports.put(name, new Import(specifier, "default"));
            }
            return;
        }
        int end = at;
        while (tokens.isName(end) && tokens.is(end + 1, ".")) {
            end += 2;
        }
        if (!tokens.isName(end) || !tokens.is(end + 1, "(")) {
            return;
        }
        String callee = text(end);
        boolean expressImport = imports.containsKey(text(at))
                && imports.get(text(at)).specifier().equals("express");
        if (callee.equals("Router")) {
            router(name, end + 1);
        } else if (end == at && (expressImport || callee.equals("express"))) {
            kinds.put(name, "app");
        }
    }

    /** A router; a koa-router style {@code { prefix: '/x' }} option becomes its own prefix. */
    private void router(String name, int open) {
        kinds.put(name, "router");
        for (Range argument : tokens.items(open)) {
            if (tokens.is(argument.start(), "{")) {
                tokens.keyword(tokens.items(argument.start()), "prefix", ":")
                        .flatMap(tokens::string)
                        .ifPresent(prefix -> ownPrefixes.put(name, prefix));
            }
        }
    }

    // ---- routes, mounts, pass-through calls

    private void routeCall(int verb) {
        int open = verb + 1;
        List<Range> arguments = tokens.items(open);
        String receiver;
        List<String> paths;
        List<Range> middleware;
        if (tokens.is(verb - 2, ")")) {
            int routeOpen = openingOf(verb - 2);
            while (routeOpen > 2
                    && tokens.is(routeOpen - 2, ".")
                    && VERBS.contains(text(routeOpen - 1))
                    && tokens.is(routeOpen - 3, ")")) {
                routeOpen = openingOf(routeOpen - 3); // .route(p).get(h).put(h): back over the earlier verbs
            }
            if (routeOpen < 2 || !tokens.is(routeOpen - 1, "route") || !tokens.is(routeOpen - 2, ".")) {
                return;
            }
            receiver = receiverBefore(routeOpen - 2);
            paths = tokens.items(routeOpen).isEmpty()
                    ? List.of()
                    : tokens.strings(tokens.items(routeOpen).get(0));
            middleware = arguments.isEmpty() ? List.of() : arguments.subList(0, arguments.size() - 1);
        } else {
            receiver = receiverBefore(verb - 1);
            if (arguments.size() < 2) {
                return; // app.get('setting') reads a setting
            }
            paths = tokens.strings(arguments.get(0));
            middleware = arguments.subList(1, arguments.size() - 1);
        }
        if (receiver != null && paths.isEmpty() && isRouterName(receiver) && !arguments.isEmpty()) {
            notUnderstood.add(dev.benchpilot.tools.endpoints.DetectionResult.notUnderstood(
                    relative + ":" + tokens.at(verb).line(),
                    "express",
                    "the path of " + receiver + "." + text(verb) + "(...) is not a string literal"));
        }
        if (receiver == null || paths.isEmpty() || !isRouterName(receiver)) {
            return;
        }
        Range handlers = new Range(open, tokens.close(open));
        String method = text(verb).equals("all") ? "ANY" : text(verb).toUpperCase(Locale.ROOT);
        routes.add(new RouteCall(
                receiver,
                method,
                paths,
                relative + ":" + tokens.at(verb).line(),
                middleware.stream().anyMatch(this::isAuthMiddleware),
                verb,
                RequestReads.query(tokens, handlers),
                RequestReads.body(tokens, handlers)));
    }

    private void useCall(int use) {
        String receiver = receiverBefore(use - 1);
        List<Range> arguments = tokens.items(use + 1);
        if (receiver == null || arguments.isEmpty()) {
            return;
        }
        if (arguments.size() >= 2 && forEachMounts(receiver, arguments, use)) {
            return;
        }
        List<String> prefixes = tokens.strings(arguments.get(0));
        List<Range> rest = prefixes.isEmpty() ? arguments : arguments.subList(1, arguments.size());
        List<Ref> refs = new ArrayList<>();
        boolean auth = false;
        for (Range argument : rest) {
            Optional<Ref> ref = ref(argument);
            if (ref.isPresent()) {
                refs.add(ref.get());
            } else if (isAuthMiddleware(argument)) {
                auth = true;
            }
        }
        uses.add(new UseCall(receiver, prefixes.isEmpty() ? List.of("") : prefixes, refs, auth, use));
    }

    /**
     * {@code routes.forEach((route) => router.use(route.path, route.route))} over a literal array of
     * {@code { path: '/x', route: xRouter }} objects: one mount per element.
     */
    private boolean forEachMounts(String receiver, List<Range> arguments, int use) {
        Optional<String> pathExpression = tokens.dottedName(arguments.get(0));
        Optional<String> routeExpression = tokens.dottedName(arguments.get(1));
        if (pathExpression.isEmpty()
                || routeExpression.isEmpty()
                || pathExpression.get().split("\\.").length != 2
                || routeExpression.get().split("\\.").length != 2) {
            return false;
        }
        String element = pathExpression.get().split("\\.")[0];
        for (int i = use; i > Math.max(0, use - 40); i--) {
            if (tokens.is(i, "forEach")
                    && tokens.is(i - 1, ".")
                    && tokens.isName(i - 2)
                    && (tokens.is(i + 2, element) || tokens.is(i + 3, element))) {
                int array = declarationOf(text(i - 2));
                if (array < 0) {
                    return false;
                }
                for (Range item : tokens.items(array)) {
                    if (tokens.is(item.start(), "{")) {
                        List<Range> properties = tokens.items(item.start());
                        Optional<String> prefix = tokens.keyword(
                                        properties, pathExpression.get().split("\\.")[1], ":")
                                .flatMap(tokens::string);
                        Optional<String> child = tokens.keyword(
                                        properties, routeExpression.get().split("\\.")[1], ":")
                                .flatMap(tokens::dottedName);
                        if (prefix.isPresent() && child.isPresent()) {
                            uses.add(new UseCall(
                                    receiver,
                                    List.of(prefix.get()),
                                    List.of(new Ref(child.get(), null, null)),
                                    false,
                                    use));
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code [} that starts {@code name = [...]}, or -1. */
    private int declarationOf(String name) {
        for (int i = 0; i + 2 < tokens.tokens().size(); i++) {
            if (tokens.is(i, name) && tokens.isName(i) && tokens.is(i + 1, "=") && tokens.is(i + 2, "[")) {
                return i + 2;
            }
        }
        return -1;
    }

    /** {@code name}, {@code ns.name}, {@code router.routes()}, {@code require('m')}, {@code require('m').name}. */
    private Optional<Ref> ref(Range argument) {
        int s = argument.start();
        int length = argument.end() - s;
        if (length == 1 && tokens.isName(s)) {
            return Optional.of(new Ref(text(s), null, null));
        }
        if (length == 3 && tokens.isName(s) && tokens.is(s + 1, ".") && tokens.isName(s + 2)) {
            return Optional.of(new Ref(text(s), text(s + 2), null));
        }
        if (length == 5 && tokens.isName(s) && tokens.is(s + 2, "routes") && tokens.is(s + 3, "(")) {
            return Optional.of(new Ref(text(s), null, null));
        }
        if (tokens.is(s, "require") && tokens.is(s + 1, "(") && tokens.isString(s + 2) && tokens.is(s + 3, ")")) {
            String member = length == 6 && tokens.is(s + 4, ".") ? text(s + 5) : "default";
            return length == 4 || length == 6
                    ? Optional.of(new Ref(null, null, new Import(text(s + 2), member)))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code registerRoutes(app)} or {@code require('./routes')(app)}: the callee's routes land on {@code app}. */
    private void passCall(int i) {
        Ref callee = null;
        int open;
        if (tokens.is(i, "require")
                && tokens.is(i + 1, "(")
                && tokens.isString(i + 2)
                && tokens.is(i + 3, ")")
                && tokens.is(i + 4, "(")) {
            callee = new Ref(null, null, new Import(text(i + 2), "default"));
            open = i + 4;
        } else if (imports.containsKey(text(i)) && tokens.is(i + 1, "(")) {
            callee = new Ref(text(i), null, null);
            open = i + 1;
        } else {
            return;
        }
        List<Range> arguments = tokens.items(open);
        Ref target = callee;
        if (!arguments.isEmpty()) {
            tokens.dottedName(arguments.get(0))
                    .filter(kinds::containsKey)
                    .ifPresent(argument -> passes.add(new PassCall(target, argument)));
        }
    }

    private String receiverBefore(int dot) {
        int start = dot - 1;
        if (tokens.is(start, ")")) {
            return chainReceiver(start);
        }
        if (!tokens.isName(start)) {
            return null;
        }
        if (tokens.is(start - 1, ".") && tokens.is(start - 2, "this")) {
            return "this." + text(start);
        }
        return tokens.is(start - 1, ".") ? null : text(start);
    }

    /**
     * The receiver of a call chained on {@code Router()}: {@code const api = Router().use(a).use(b)} is {@code api};
     * {@code export default Router().use('/api', api)} is a router exported as default.
     */
    private String chainReceiver(int close) {
        int open = openingOf(close);
        while (open > 2
                && tokens.is(open - 2, ".")
                && (text(open - 1).equals("use") || VERBS.contains(text(open - 1)))
                && tokens.is(open - 3, ")")) {
            open = openingOf(open - 3);
        }
        if (open < 1 || !tokens.is(open - 1, "Router")) {
            return null;
        }
        int head = open - 1;
        while (tokens.is(head - 1, ".") && tokens.isName(head - 2)) {
            head -= 2;
        }
        head = tokens.is(head - 1, "new") ? head - 1 : head;
        if (tokens.is(head - 1, "default") && tokens.is(head - 2, "export")) {
            kinds.put("export:default", "router");
            exports.put("default", "export:default");
            return "export:default";
        }
        for (int i = head - 1; i > Math.max(0, head - 8); i--) {
            if (tokens.is(i, "=") && !tokens.is(i - 1, "=")) {
                int name = i - 1;
                while (name > 0
                        && !(tokens.isName(name)
                                && (tokens.is(name - 1, "const")
                                        || tokens.is(name - 1, "let")
                                        || tokens.is(name - 1, "var")
                                        || tokens.is(name + 1, "=")
                                        || tokens.is(name + 1, ":")))) {
                    name--;
                }
                return tokens.isName(name) ? text(name) : null;
            }
        }
        return null;
    }

    private int openingOf(int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (tokens.is(i, ")") || tokens.is(i, "]") || tokens.is(i, "}")) {
                depth++;
            } else if ((tokens.is(i, "(") || tokens.is(i, "[") || tokens.is(i, "{")) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean isRouterName(String receiver) {
        if (kinds.containsKey(receiver)) {
            return true;
        }
        Import imported = imports.get(receiver);
        if (imported != null && imported.specifier().startsWith(".")) {
            return true;
        }
        return ROUTER_LIKE_NAME.matcher(receiver.replace("this.", "")).matches();
    }

    /**
     * Middleware whose callee is named like authentication: {@code requireAuth}, {@code passport.authenticate('jwt')}.
     */
    private boolean isAuthMiddleware(Range argument) {
        StringBuilder callee = new StringBuilder();
        for (int i = argument.start(); i < argument.end() && (tokens.isName(i) || tokens.is(i, ".")); i++) {
            callee.append(text(i));
        }
        return callee.length() > 0 && AUTH_LIKE.matcher(callee).matches() && !kinds.containsKey(callee.toString());
    }

    // ---- the graph

    String nodeId(String local) {
        return relative + "#" + local;
    }

    boolean isRouterLocal(String local) {
        return kinds.containsKey(local)
                || functionParameters.contains(local)
                || routes.stream().anyMatch(r -> r.receiver().equals(local))
                || uses.stream().anyMatch(u -> u.receiver().equals(local));
    }

    void addTo(RouteGraph graph, JsModuleIndex index) {
        kinds.forEach((name, kind) -> {
            RouteGraph.Node node = graph.node(nodeId(name));
            node.app = kind.equals("app");
            node.ownPrefix = ownPrefixes.getOrDefault(name, "");
        });
        Map<String, Integer> guardedFrom = new HashMap<>();
        for (UseCall use : uses) {
            String parent = Optional.ofNullable(index.node(this, new Ref(use.receiver(), null, null), 0))
                    .orElse(nodeId(use.receiver()));
            List<String> children = new ArrayList<>();
            boolean auth = use.callAuth();
            for (Ref ref : use.refs()) {
                String childId = index.node(this, ref, 0);
                if (childId != null) {
                    children.add(childId);
                } else {
                    auth |= ref.local() != null
                            && AUTH_LIKE
                                    .matcher(ref.member() != null ? ref.member() : ref.local())
                                    .matches();
                }
            }
            for (String childId : children) {
                for (String prefix : use.prefixes()) {
                    graph.node(parent).mounts.add(new RouteGraph.Mount(childId, prefix, auth, false));
                }
            }
            if (children.isEmpty() && auth && use.prefixes().equals(List.of(""))) {
                guardedFrom.merge(use.receiver(), use.index(), Math::min);
            }
        }
        for (RouteCall route : routes) {
            String id = Optional.ofNullable(index.node(this, new Ref(route.receiver(), null, null), 0))
                    .orElse(nodeId(route.receiver()));
            boolean guarded = guardedFrom.getOrDefault(route.receiver(), Integer.MAX_VALUE) < route.index();
            for (String path : route.paths()) {
                graph.node(id)
                        .routes
                        .add(new RouteGraph.Route(
                                route.method(),
                                path,
                                route.source(),
                                route.auth() || guarded,
                                route.parameters(),
                                route.body(),
                                null));
            }
        }
        for (PassCall pass : passes) {
            JsModule target = index.module(this, pass.callee());
            if (target != null) {
                Set<String> receivers = new LinkedHashSet<>(target.functionParameters);
                target.routes.stream()
                        .filter(r -> !target.kinds.containsKey(r.receiver()))
                        .forEach(r -> receivers.add(r.receiver()));
                receivers.forEach(r -> graph.node(nodeId(pass.argument()))
                        .mounts
                        .add(new RouteGraph.Mount(target.nodeId(r), "", false, false)));
            }
        }
    }
}
