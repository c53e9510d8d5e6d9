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

    static JavaSources parse(Path root, List<String> warnings) throws IOException {
        JavaSources sources = new JavaSources(root);
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        for (Path file : SourceFiles.find(root, f -> f.toString().endsWith(".java"))) {
            ParseResult<CompilationUnit> result = parser.parse(file);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                CompilationUnit unit = result.getResult().get();
                sources.units.add(unit);
                unit.findAll(TypeDeclaration.class).forEach(type -> sources.types.putIfAbsent(type.getNameAsString(), type));
            } else {
                warnings.add(root.relativize(file).toString().replace('\\', '/') + ": skipped, does not parse as Java 17"
                        + result.getProblems().stream().findFirst().map(JavaSources::describe).orElse(""));
            }
        }
        return sources;
    }

    /** {@code (line 4: Parse error. Found "{")}: the first problem, without JavaParser's list of expected tokens. */
    private static String describe(com.github.javaparser.Problem problem) {
        String message = problem.getMessage().lines().findFirst().orElse("").replaceAll(",? expected (one of)?.*", "");
        String line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> "line " + r.begin.line + ": ").orElse("");
        return " (" + line + message.trim() + ")";
    }

    List<CompilationUnit> units() {
        return units;
    }

    TypeDeclaration<?> type(String simpleName) {
        return types.get(simpleName);
    }

    /** A type by simple name, preferring one declared in the same file as {@code near} (nested DTOs often share names). */
    TypeDeclaration<?> type(String simpleName, com.github.javaparser.ast.Node near) {
        return near.findCompilationUnit().flatMap(unit -> unit.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(simpleName)))
                .<TypeDeclaration<?>>map(t -> t).orElseGet(() -> type(simpleName));
    }

    String location(CompilationUnit unit, com.github.javaparser.ast.Node node) {
        String file = unit.getStorage().map(s -> root.relativize(s.getPath()).toString().replace('\\', '/')).orElse("?");
        return file + ":" + node.getBegin().map(p -> p.line).orElse(0);
    }
}
