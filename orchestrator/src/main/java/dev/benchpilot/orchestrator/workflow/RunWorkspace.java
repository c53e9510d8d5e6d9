package dev.benchpilot.orchestrator.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * One run's directory, {@code <workspace>/.benchpilot/runs/<run-id>/}. Files are written to a temporary
 * name and moved into place, so a reader (or a crash) never sees half a file. No path can leave the directory.
 */
public final class RunWorkspace {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'benchmark-'yyyy-MM-dd-HHmmss");

    private final String runId;
    private final Path directory;

    private RunWorkspace(String runId, Path directory) {
        this.runId = runId;
        this.directory = directory;
    }

    /** Creates a new run directory named after the current time (with a suffix if that name is taken). */
    public static RunWorkspace create(Path workspaceRoot) {
        Path runs = workspaceRoot.resolve(Defaults.WORKSPACE_DIR).resolve("runs");
        String base = LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        try {
            Files.createDirectories(runs);
            ownerOnly(workspaceRoot.resolve(Defaults.WORKSPACE_DIR));
            ownerOnly(runs);
            for (int attempt = 0; ; attempt++) {
                String id = attempt == 0 ? base : base + "-" + attempt;
                Path directory = runs.resolve(id);
                try {
                    Files.createDirectory(directory);
                    ownerOnly(directory);
                    return new RunWorkspace(id, directory.toAbsolutePath().normalize());
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // next suffix
                }
            }
        } catch (IOException e) {
            throw new UsageException(
                    "cannot create the run workspace under " + runs.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /**
     * Makes a directory benchpilot created readable by its owner only: runs hold what the target answered, JFR
     * recordings and the history, none of which is for other users of the machine.
     */
    public static void ownerOnly(Path directory) {
        try {
            Files.setPosixFilePermissions(
                    directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs already default to the owner
        }
    }

    /** A run id as {@link #create} makes them; anything else (such as "..") names no run. */
    public static boolean isRunId(String text) {
        return text != null && text.matches("benchmark-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d{1,6})?");
    }

    public String runId() {
        return runId;
    }

    public Path directory() {
        return directory;
    }

    /** The path of {@code name} inside the run directory; names that would leave it are refused. */
    public Path resolve(String name) {
        Path path = directory.resolve(name).normalize();
        if (!path.startsWith(directory) || path.equals(directory)) {
            throw new IllegalArgumentException("not a file of this run: " + name);
        }
        return path;
    }

    public Path writeJson(String name, Object value) {
        try {
            return writeText(name, JSON.writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeText(String name, String text) {
        Path target = resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The files of this run, relative names, sorted. */
    public List<String> artifacts() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith(".tmp"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
