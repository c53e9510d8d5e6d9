package dev.benchpilot.tools.endpoints.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Walks a source tree, skipping build output, dependencies and VCS folders. */
final class SourceFiles {

    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules", ".git", ".idea", ".gradle", "out", ".benchpilot",
            "dist", "coverage", "__pycache__", ".venv", "venv", ".tox", "site-packages",
            // test code declares throwaway apps and controllers that the running service does not expose
            "test", "tests", "__tests__", "spec");

    private SourceFiles() {
    }

    /** Larger source files are skipped with a warning: generated bundles, not hand-written routes. */
    static final long MAX_FILE_BYTES = 2_000_000;

    /**
     * A source file's text, or empty with a warning when it is too large, looks binary (a NUL byte) or cannot be
     * read as UTF-8 (malformed bytes are replaced, not fatal).
     */
    static java.util.Optional<String> read(Path root, Path file, List<String> warnings) {
        String name = root.relativize(file).toString().replace('\\', '/');
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                warnings.add(name + ": skipped, " + size / 1000 + " kB is more than a hand-written source file");
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    warnings.add(name + ": skipped, binary content");
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            warnings.add(name + ": skipped, cannot be read (" + e.getMessage() + ")");
            return java.util.Optional.empty();
        }
    }

    static List<Path> find(Path root, Predicate<Path> wanted) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable entries and dangling links are not sources
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && wanted.test(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
