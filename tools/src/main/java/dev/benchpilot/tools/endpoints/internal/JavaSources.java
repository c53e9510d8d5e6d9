package dev.benchpilot.tools.endpoints.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every Java file of a tree, parsed once, with an index of type declarations by simple name. */
final class JavaSources {

    private final Path root;
    private final List<CompilationUnit> units = new ArrayList<>();
    private final Map<String, TypeDeclaration<?>> types = new HashMap<>();

    private JavaSources(Path root) {
        this.root = root;
    }

    /** The last tree parsed: every Java detector of one detection reads the same files, so they are parsed once. */
    private static volatile java.lang.ref.SoftReference<Cached> last = new java.lang.ref.SoftReference<>(null);

    private record Cached(Path root, List<String> fingerprint, JavaSources sources, List<String> warnings) {}

    /**
     * Parsers for the newest Java (records, switch patterns, {@code _}), without comments: the detectors read
     * neither, and a tree of thousands of files must fit in the launcher's heap.
     */
    private static final ThreadLocal<JavaParser> PARSERS =
            ThreadLocal.withInitial(() -> parser(ParserConfiguration.LanguageLevel.JAVA_25));

    /**
     * Old code may use words later made keywords ({@code _}, {@code enum}): a file the newest level refuses gets this.
     */
    private static final ThreadLocal<JavaParser> OLD_PARSERS =
            ThreadLocal.withInitial(() -> parser(ParserConfiguration.LanguageLevel.JAVA_8));

    private static JavaParser parser(ParserConfiguration.LanguageLevel level) {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(level)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false));
    }

    /**
     * Parses every {@code .java} file under {@code root} in parallel (one JavaParser per thread; results kept in file
     * order). A tree whose files (path, size, modification time) are unchanged since the last call is not parsed again.
     */
    static JavaSources parse(Path root, List<String> warnings) throws IOException {
        List<Path> files = SourceFiles.find(root, f -> f.toString().endsWith(".java"));
        List<String> fingerprint = new ArrayList<>(files.size());
        for (Path file : files) {
            fingerprint.add(file + ":" + java.nio.file.Files.size(file) + ":"
                    + java.nio.file.Files.getLastModifiedTime(file).toMillis());
        }
        Cached cached = last.get();
        if (cached != null && cached.root().equals(root) && cached.fingerprint().equals(fingerprint)) {
            warnings.addAll(cached.warnings());
            return cached.sources();
        }
        JavaSources sources = new JavaSources(root);
        List<String> found = java.util.Collections.synchronizedList(new ArrayList<>());
        CompilationUnit[] parsed = new CompilationUnit[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            Path file = files.get(i);
            java.util.Optional<String> text = SourceFiles.read(root, file, found);
            if (text.isEmpty()) {
                return;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            ParseResult<CompilationUnit> result;
            try {
                result = PARSERS.get().parse(text.get());
                if (!result.isSuccessful()) {
                    ParseResult<CompilationUnit> old = OLD_PARSERS.get().parse(text.get());
                    result = old.isSuccessful() ? old : result;
                }
            } catch (StackOverflowError e) {
                found.add(name + ": skipped, nested too deeply to parse");
                return;
            }
            if (result.isSuccessful()
                    && result.getResult().isPresent()
                    && depth(result.getResult().get()) > MAX_DEPTH) {
                found.add(name + ": skipped, its syntax is nested more than " + MAX_DEPTH + " levels deep");
            } else if (result.isSuccessful() && result.getResult().isPresent()) {
                CompilationUnit unit = result.getResult().get();
                unit.setStorage(file);
                parsed[i] = unit;
            } else {
                found.add(name + ": skipped, does not parse as Java"
                        + result.getProblems().stream()
                                .findFirst()
                                .map(JavaSources::describe)
                                .orElse(""));
            }
        });
        for (CompilationUnit unit : parsed) {
            if (unit != null) {
                sources.units.add(unit);
                unit.findAll(TypeDeclaration.class)
                        .forEach(type -> sources.types.putIfAbsent(type.getNameAsString(), type));
            }
        }
        List<String> fileWarnings = found.stream().sorted().toList();
        warnings.addAll(fileWarnings);
        last = new java.lang.ref.SoftReference<>(new Cached(root, fingerprint, sources, fileWarnings));
        return sources;
    }

    /** How deep a syntax tree the detectors walk (recursively) at most; real code stays far below it. */
    static final int MAX_DEPTH = 1_000;

    /** The depth of a syntax tree, walked without recursion. */
    private static int depth(com.github.javaparser.ast.Node unit) {
        int deepest = 0;
        java.util.ArrayDeque<java.util.Map.Entry<com.github.javaparser.ast.Node, Integer>> stack =
                new java.util.ArrayDeque<>();
        stack.push(java.util.Map.entry(unit, 1));
        while (!stack.isEmpty()) {
            var entry = stack.pop();
            deepest = Math.max(deepest, entry.getValue());
            if (deepest > MAX_DEPTH) {
                return deepest;
            }
            for (com.github.javaparser.ast.Node child : entry.getKey().getChildNodes()) {
                stack.push(java.util.Map.entry(child, entry.getValue() + 1));
            }
        }
        return deepest;
    }

    /** {@code (line 4: Parse error. Found "{")}: the first problem, without JavaParser's list of expected tokens. */
    private static String describe(com.github.javaparser.Problem problem) {
        String message = problem.getMessage().lines().findFirst().orElse("").replaceAll(",? expected (one of)?.*", "");
        String line = problem.getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> "line " + r.begin.line + ": ")
                .orElse("");
        return " (" + line + message.trim() + ")";
    }

    List<CompilationUnit> units() {
        return units;
    }

    TypeDeclaration<?> type(String simpleName) {
        return types.get(simpleName);
    }

    /**
     * A type by simple name, preferring one declared in the same file as {@code near} (nested DTOs often share names).
     */
    TypeDeclaration<?> type(String simpleName, com.github.javaparser.ast.Node near) {
        return near.findCompilationUnit()
                .flatMap(unit -> unit.findFirst(
                        TypeDeclaration.class, t -> t.getNameAsString().equals(simpleName)))
                .<TypeDeclaration<?>>map(t -> t)
                .orElseGet(() -> type(simpleName));
    }

    String location(CompilationUnit unit, com.github.javaparser.ast.Node node) {
        String file = unit.getStorage()
                .map(s -> root.relativize(s.getPath()).toString().replace('\\', '/'))
                .orElse("?");
        return file + ":" + node.getBegin().map(p -> p.line).orElse(0);
    }
}
