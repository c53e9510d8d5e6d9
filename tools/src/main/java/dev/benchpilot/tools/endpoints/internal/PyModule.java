package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.internal.ScriptTokens.Token;
import dev.benchpilot.tools.endpoints.internal.TokenRanges.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Python file as logical lines of tokens, with what FastAPI and Flask routing needs from it: imports, string
 * constants, app / router / blueprint declarations, decorated functions, calls such as {@code include_router},
 * and class bodies (Pydantic models, Flask-RESTful resources). Docstrings and comments are tokens that no
 * pattern matches, so decoy routes in them are never read.
 */
final class PyModule {

    /** {@code from module import name as local}: name is null for {@code import module as local}. */
    record Import(String module, String name) {}

    /** One logical line: tokens {@code [start, end)} without the NEWLINE, and its indentation. */
    record Line(int start, int end, int indent, int number) {}

    /** A {@code def} with the decorators above it; {@code body} holds the lines indented under it. */
    record Function(String name, int parametersOpen, List<Range> decorators, Line line, List<Line> body) {}

    /** A {@code class}: its bases (dotted names) and the lines of its body. */
    record ClassDef(String name, List<String> bases, Line line, List<Line> body, List<Range> decorators) {}

    final Path file;
    final String relative;
    final String moduleName;
    final String framework;
    final TokenRanges tokens;
    final List<Line> lines = new ArrayList<>();
    final Map<String, Import> imports = new HashMap<>();
    final Map<String, String> constants = new HashMap<>();
    final List<Function> functions = new ArrayList<>();
    final List<ClassDef> classes = new ArrayList<>();

    private PyModule(Path root, Path file, String text) {
        this.file = file;
        this.relative = root.relativize(file).toString().replace('\\', '/');
        String dotted = relative.replaceAll("\\.py$", "").replace('/', '.');
        this.moduleName = dotted.endsWith(".__init__")
                ? dotted.substring(0, dotted.length() - ".__init__".length())
                : dotted.equals("__init__") ? "" : dotted;
        this.tokens = new TokenRanges(ScriptTokens.python(text));
        this.framework = text.contains("fastapi") || text.contains("starlette")
                ? "fastapi"
                : text.contains("flask") ? "flask" : null;
    }

    static PyModule read(Path root, Path file, String text) {
        PyModule module = new PyModule(root, file, text);
        module.splitLines();
        module.scan();
        return module;
    }

    /** The package a relative import starts from: the module itself for {@code __init__.py}, else its parent. */
    String packageName() {
        boolean init = file.getFileName().toString().equals("__init__.py");
        return init ? moduleName : moduleName.contains(".") ? moduleName.substring(0, moduleName.lastIndexOf('.')) : "";
    }

    String text(int index) {
        return tokens.at(index).text();
    }

    String location(Line line) {
        return relative + ":" + line.number();
    }

    private void splitLines() {
        int start = 0;
        List<Token> all = tokens.tokens();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() == ScriptTokens.Kind.NEWLINE) {
                if (i > start) {
                    lines.add(new Line(
                            start, i, all.get(start).indent(), all.get(start).line()));
                }
                start = i + 1;
            }
        }
    }

    private void scan() {
        List<Range> decorators = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            Line line = lines.get(n);
            int s = line.start();
            if (tokens.is(s, "@")) {
                decorators.add(new Range(s + 1, line.end()));
                continue;
            }
            int def = tokens.is(s, "async") ? s + 1 : s;
            if (tokens.is(def, "def") && tokens.isName(def + 1) && tokens.is(def + 2, "(")) {
                functions.add(new Function(text(def + 1), def + 2, List.copyOf(decorators), line, body(n)));
            } else if (tokens.is(s, "class") && tokens.isName(s + 1)) {
                List<String> bases = new ArrayList<>();
                if (tokens.is(s + 2, "(")) {
                    tokens.items(s + 2).forEach(base -> tokens.dottedName(base).ifPresent(bases::add));
                }
                classes.add(new ClassDef(text(s + 1), bases, line, body(n), List.copyOf(decorators)));
            } else if (tokens.is(s, "from") || tokens.is(s, "import")) {
                importLine(line);
            } else {
                constant(line);
            }
            decorators.clear();
        }
    }

    private List<Line> body(int header) {
        List<Line> body = new ArrayList<>();
        int indent = lines.get(header).indent();
        for (int n = header + 1; n < lines.size() && lines.get(n).indent() > indent; n++) {
            body.add(lines.get(n));
        }
        return body;
    }

    private void importLine(Line line) {
        int s = line.start();
        if (tokens.is(s, "import")) {
            for (Range item : items(s + 1, line.end())) {
                Optional<String> module = tokens.dottedName(new Range(item.start(), aliasStart(item)));
                module.ifPresent(m -> imports.put(
                        alias(item).orElse(m.contains(".") ? m.substring(0, m.indexOf('.')) : m),
                        new Import(
                                alias(item).isPresent() ? m : m.contains(".") ? m.substring(0, m.indexOf('.')) : m,
                                null)));
            }
            return;
        }
        int i = s + 1;
        StringBuilder module = new StringBuilder();
        while (i < line.end() && !tokens.is(i, "import")) {
            module.append(text(i));
            i++;
        }
        int from = tokens.is(i + 1, "(") ? i + 2 : i + 1;
        int end = tokens.is(i + 1, "(") ? tokens.close(i + 1) : line.end();
        for (Range item : items(from, end)) {
            if (tokens.isName(item.start())) {
                String name = text(item.start());
                imports.put(alias(item).orElse(name), new Import(module.toString(), name));
            }
        }
    }

    /** Comma-separated items of {@code [from, end)} at bracket depth zero. */
    private List<Range> items(int from, int end) {
        List<Range> items = new ArrayList<>();
        int start = from;
        for (int i = from; i < end; i++) {
            if (tokens.is(i, "(") || tokens.is(i, "[") || tokens.is(i, "{")) {
                i = tokens.close(i);
            } else if (tokens.is(i, ",")) {
                items.add(new Range(start, i));
                start = i + 1;
            }
        }
        if (start < end) {
            items.add(new Range(start, end));
        }
        return items;
    }

    private int aliasStart(Range item) {
        for (int i = item.start(); i < item.end(); i++) {
            if (tokens.is(i, "as")) {
                return i;
            }
        }
        return item.end();
    }

    private Optional<String> alias(Range item) {
        int as = aliasStart(item);
        return as < item.end() && tokens.isName(as + 1) ? Optional.of(text(as + 1)) : Optional.empty();
    }

    /** {@code NAME [: str] = "text"} anywhere (module constants and settings-class defaults alike). */
    private void constant(Line line) {
        int s = line.start();
        if (!tokens.isName(s)) {
            return;
        }
        int equals = tokens.is(s + 1, "=") ? s + 1 : tokens.is(s + 1, ":") && tokens.is(s + 3, "=") ? s + 3 : -1;
        if (equals > 0 && equals + 2 == line.end() && tokens.isString(equals + 1)) {
            constants.putIfAbsent(text(s), text(equals + 1));
        }
    }

    /** Top-level lines (indent 0) and lines inside functions, for calls such as {@code app.include_router(...)}. */
    List<Line> statements() {
        return lines;
    }

    /**
     * The call {@code receiver.method(...)} starting a line, as (receiver, method, open paren), when the line is one.
     */
    Optional<Call> call(Line line) {
        int s = line.start();
        int i = s;
        while (tokens.isName(i) && tokens.is(i + 1, ".") && tokens.isName(i + 2)) {
            i += 2;
        }
        if (i == s || !tokens.is(i + 1, "(")) {
            return Optional.empty();
        }
        String receiver = tokens.dottedName(new Range(s, i - 1)).orElse(null);
        return receiver == null ? Optional.empty() : Optional.of(new Call(receiver, text(i), i + 1));
    }

    /** {@code NAME [: T] = callee(...)}: the assigned name, the callee's last dotted part and its open paren. */
    Optional<Call> assignedCall(Line line) {
        int s = line.start();
        if (!tokens.isName(s)) {
            return Optional.empty();
        }
        int equals = s + 1;
        if (tokens.is(equals, ":")) {
            while (equals < line.end() && !tokens.is(equals, "=")) {
                equals++;
            }
        }
        if (!tokens.is(equals, "=")) {
            return Optional.empty();
        }
        int i = equals + 1;
        List<String> aliases = new ArrayList<>();
        while (tokens.isName(i) && tokens.is(i + 1, "=")) {
            aliases.add(text(i)); // users_router = r = APIRouter()
            i += 2;
        }
        while (tokens.isName(i) && tokens.is(i + 1, ".")) {
            i += 2;
        }
        return tokens.isName(i) && tokens.is(i + 1, "(")
                ? Optional.of(new Call(text(s), text(i), i + 1, aliases))
                : Optional.empty();
    }

    /**
     * {@code receiver.method(...)}, or for an assignment the assigned name, the callee and any further names assigned.
     */
    record Call(String receiver, String method, int open, List<String> aliases) {
        Call(String receiver, String method, int open) {
            this(receiver, method, open, List.of());
        }
    }

    /**
     * A route decorator applied by hand: {@code [name =] router.post("/register", ...)(register_user)}: the call
     * (receiver,
     * verb, open paren) and the name of the function it is applied to.
     */
    Optional<Map.Entry<Call, String>> decoratorApplied(Line line) {
        int i = line.start();
        if (tokens.isName(i) && tokens.is(i + 1, "=")) {
            i += 2;
        }
        int s = i;
        while (tokens.isName(i) && tokens.is(i + 1, ".") && tokens.isName(i + 2)) {
            i += 2;
        }
        if (i == s
                || !tokens.is(i + 1, "(")
                || !(DECORATOR_VERBS.contains(text(i)) || text(i).equals("route") || text(i).equals("api_route"))) {
            return Optional.empty();
        }
        int close = tokens.close(i + 1);
        if (!tokens.is(close + 1, "(") || !tokens.isName(close + 2) || !tokens.is(close + 3, ")")) {
            return Optional.empty();
        }
        String receiver = tokens.dottedName(new Range(s, i - 1)).orElse(null);
        return receiver == null
                ? Optional.empty()
                : Optional.of(Map.entry(new Call(receiver, text(i), i + 1), text(close + 2)));
    }

    static final Set<String> DECORATOR_VERBS = Set.of("get", "post", "put", "delete", "patch", "options", "head");
}
