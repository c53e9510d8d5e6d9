package dev.benchpilot.tools.endpoints;

import dev.benchpilot.tools.endpoints.internal.ConfigPlaceholders;
import dev.benchpilot.tools.endpoints.internal.EndpointMerge;
import dev.benchpilot.tools.endpoints.internal.ExpressDetector;
import dev.benchpilot.tools.endpoints.internal.FastApiDetector;
import dev.benchpilot.tools.endpoints.internal.FlaskDetector;
import dev.benchpilot.tools.endpoints.internal.JavalinRouteDetector;
import dev.benchpilot.tools.endpoints.internal.JaxRsDetector;
import dev.benchpilot.tools.endpoints.internal.MicronautDetector;
import dev.benchpilot.tools.endpoints.internal.OpenApiDetector;
import dev.benchpilot.tools.endpoints.internal.SourceFiles;
import dev.benchpilot.tools.endpoints.internal.SpringDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a service's endpoints: every registered detector over the source tree, plus an OpenAPI / Swagger
 * file when given (and any found in the tree), merged by method and normalised path.
 */
public final class EndpointDetection {

    private static final List<EndpointDetector> DETECTORS = List.of(
            new JavalinRouteDetector(),
            new SpringDetector(),
            new JaxRsDetector(),
            new MicronautDetector(),
            new ExpressDetector(),
            new FastApiDetector(),
            new FlaskDetector(),
            new OpenApiDetector());

    private EndpointDetection() {}

    /**
     * @param sourceRoot  the service's source tree, or null
     * @param openApiFile an OpenAPI 3 / Swagger 2 file, or null
     * @throws IllegalArgumentException when a given path does not exist or cannot be read (one-line message)
     */
    public static DetectionResult detect(Path sourceRoot, Path openApiFile) {
        if (sourceRoot != null && !Files.isDirectory(sourceRoot)) {
            throw new IllegalArgumentException(
                    (Files.exists(sourceRoot) ? "source is not a directory: " : "source directory not found: ")
                            + sourceRoot);
        }
        if (sourceRoot != null && !Files.isReadable(sourceRoot)) {
            throw new IllegalArgumentException("source directory not readable: " + sourceRoot);
        }
        if (sourceRoot != null && isEmpty(sourceRoot)) {
            throw new IllegalArgumentException("source directory is empty: " + sourceRoot);
        }
        if (openApiFile != null && !Files.isRegularFile(openApiFile)) {
            throw new IllegalArgumentException("OpenAPI file not found: " + openApiFile);
        }
        if (openApiFile != null && !Files.isReadable(openApiFile)) {
            throw new IllegalArgumentException("OpenAPI file not readable: " + openApiFile);
        }
        List<Endpoint> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> detectors = new LinkedHashSet<>();
        try {
            if (sourceRoot != null) {
                for (EndpointDetector detector : DETECTORS) {
                    List<Endpoint> endpoints =
                            detectOrWarn(detector, sourceRoot.toAbsolutePath().normalize(), warnings);
                    if (!endpoints.isEmpty()) {
                        detectors.add(detector.name());
                    }
                    found.addAll(endpoints);
                }
            }
            if (openApiFile != null) {
                List<Endpoint> endpoints = OpenApiDetector.read(
                        openApiFile, openApiFile.getFileName().toString(), warnings);
                if (!endpoints.isEmpty()) {
                    detectors.add("openapi");
                }
                found.addAll(endpoints);
            }
            found = ConfigPlaceholders.resolve(sourceRoot, found, warnings);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(
                    "cannot read " + (sourceRoot != null ? sourceRoot : openApiFile) + ": " + e.getMessage(), e);
        }
        // several detectors parse the same files: each warning once, and generated files counted in one
        List<String> distinct = List.copyOf(new LinkedHashSet<>(warnings));
        return new DetectionResult(EndpointMerge.merge(found), List.copyOf(detectors), SourceFiles.summarise(distinct));
    }

    /**
     * One detector's endpoints; a fault in it (code it was never shown) costs its endpoints and a warning, never
     * the other
     * detectors' results. Reading errors of the tree itself still end the detection.
     */
    private static List<Endpoint> detectOrWarn(EndpointDetector detector, Path root, List<String> warnings)
            throws IOException {
        try {
            return detector.detect(root, warnings);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add("the " + detector.name() + " detector failed on this tree and found nothing ("
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null
                            ? ""
                            : ": " + e.getMessage().lines().findFirst().orElse("")) + "); please report it");
            return List.of();
        }
    }

    private static boolean isEmpty(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The registered detectors, in the order they run; the OpenAPI one also reads a given file. */
    public static List<EndpointDetector> detectors() {
        return DETECTORS;
    }
}
