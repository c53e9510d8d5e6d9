package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.ResolverFully;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OpenAPI 3 and Swagger 2 files read with swagger-parser: {@code openapi|swagger.{yaml,yml,json}} found in a tree,
 * or one file given with {@code --openapi} ({@link #read}). Paths get the first server's path ({@code basePath} for
 * Swagger 2); an operation needs auth when its own {@code security}, else the global one, has a requirement and
 * none of them is the empty one (which makes credentials optional); no security at all means public.
 */
public final class OpenApiDetector implements EndpointDetector {

    @Override
    public String name() {
        return "openapi";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Path file : SourceFiles.find(sourceRoot, OpenApiDetector::looksLikeApiDescription)) {
            endpoints.addAll(read(file, sourceRoot.relativize(file).toString().replace('\\', '/'), warnings));
        }
        return endpoints;
    }

    /** Why a description is too large to parse in reasonable time and memory, or null when it is not. */
    static String tooLarge(Path file) {
        byte[] bytes;
        try {
            if (java.nio.file.Files.size(file) > MAX_BYTES) {
                return "larger than " + MAX_BYTES / (1024 * 1024) + " MB";
            }
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        int first = 0;
        while (first < bytes.length && Character.isWhitespace(bytes[first])) {
            first++;
        }
        if (first < bytes.length && (bytes[first] == '{' || bytes[first] == '[')) {
            return null; // JSON: read by Jackson, which has neither limit
        }
        if (bytes.length > MAX_YAML_BYTES) {
            return "a YAML description larger than " + MAX_YAML_BYTES / (1024 * 1024) + " MB (convert it to JSON)";
        }
        int run = 0;
        for (byte b : bytes) {
            run = b == ' ' || b == '\t' || b == '\n' || b == '\r' ? 0 : run + 1;
            if (run > MAX_YAML_RUN) {
                return "it holds a run of more than " + MAX_YAML_RUN / 1024
                        + " KB without a space or line break, which the YAML "
                        + "parser cannot read in reasonable time";
            }
        }
        return null;
    }

    /**
     * The only hosts a remote {@code $ref} is fetched from: loopback. Reading a description never sends a request
     * anywhere else (a document from outside could otherwise make benchpilot fetch from any host it can reach).
     */
    static final List<String> REMOTE_REF_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    /**
     * YAML aliases one description may use: real ones use a handful; a "billion laughs" document uses them to explode.
     */
    static final int MAX_YAML_ALIASES = 50;
    /** Nodes reached through aliases: a billion-laughs document of 81 aliases reaches 387 million. */
    static final long MAX_YAML_REFERENCES = 100_000;
    /**
     * The largest JSON description read (larger ones are skipped with a warning): the biggest public APIs are ~12 MB.
     */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** The largest YAML description: SnakeYAML's scanner slows down past this, and the parser's own default is 3 MB. */
    static final int MAX_YAML_BYTES = 16 * 1024 * 1024;
    /**
     * The longest run of characters without a space, tab or line break in a YAML description: SnakeYAML scans such
     * a run
     * in time that grows with its square (a 20 MB one-line scalar ran for over 5 minutes). Real descriptions stay far
     * below: their longest runs are URLs and patterns.
     */
    static final int MAX_YAML_RUN = 256 * 1024;

    static {
        DeserializationUtils.getOptions().setMaxYamlAliasesForCollections(MAX_YAML_ALIASES);
        DeserializationUtils.getOptions().setMaxYamlReferences(MAX_YAML_REFERENCES);
        DeserializationUtils.getOptions().setMaxYamlDepth(200);
        DeserializationUtils.getOptions().setMaxYamlCodePoints(MAX_YAML_BYTES);
    }

    private static final java.util.regex.Pattern REF =
            java.util.regex.Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'\\s,}]+)");

    /**
     * Whether the document or a file it refers to (relative references followed, up to 200 files) has a {@code $ref}
     * to a URL with a host ({@code https://...}, {@code //host/...}).
     */
    static boolean refersToRemote(Path file) {
        java.util.ArrayDeque<Path> pending =
                new java.util.ArrayDeque<>(List.of(file.toAbsolutePath().normalize()));
        java.util.Set<Path> seen = new java.util.HashSet<>();
        while (!pending.isEmpty() && seen.size() < 200) {
            Path next = pending.pop();
            if (!seen.add(next) || !java.nio.file.Files.isRegularFile(next)) {
                continue;
            }
            String text;
            try {
                text = java.nio.file.Files.size(next) > MAX_BYTES
                        ? ""
                        : java.nio.file.Files.readString(next, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                continue;
            }
            java.util.regex.Matcher refs = REF.matcher(text);
            while (refs.find()) {
                String ref = refs.group(1);
                if (ref.matches("(?i)[a-z][a-z0-9+.-]*://.*|//.*") && !ref.regionMatches(true, 0, "file:", 0, 5)) {
                    return true;
                }
                String local = ref.replaceAll("#.*", "");
                if (!local.isEmpty() && !ref.regionMatches(true, 0, "file:", 0, 5)) {
                    pending.add(next.resolveSibling(local).normalize());
                }
            }
        }
        return false;
    }

    /**
     * The endpoints of one OpenAPI / Swagger file; a file that does not parse yields a warning and nothing.
     *
     * @param label how the file is named in {@link Endpoint#source()} and warnings
     */
    public static List<Endpoint> read(Path file, String label, List<String> warnings) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        // the parser's URL check also refuses relative file references ("./paths/users.yaml"), which multi-file
        // descriptions
        // use throughout: it is on only when a remote reference is in reach, and then only loopback is fetched
        options.setSafelyResolveURL(refersToRemote(file));
        options.setRemoteRefAllowList(REMOTE_REF_HOSTS);
        options.setRemoteRefBlockList(List.of("*"));
        String tooLarge = tooLarge(file);
        if (tooLarge != null) {
            warnings.add(label + ": skipped, " + tooLarge);
            return List.of();
        }
        SwaggerParseResult result;
        try {
            result = new OpenAPIParser()
                    .readLocation(file.toAbsolutePath().toUri().toString(), null, options);
        } catch (RuntimeException e) {
            warnings.add(label + ": skipped, not a readable OpenAPI/Swagger document ("
                    + e.getClass().getSimpleName() + ")");
            return List.of();
        }
        OpenAPI api = result.getOpenAPI();
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (api == null || api.getPaths() == null) {
            warnings.add(label + ": skipped, not a readable OpenAPI/Swagger document"
                    + (messages.isEmpty() ? "" : " (" + messages.get(0) + ")"));
            return List.of();
        }
        if (!messages.isEmpty()) {
            warnings.add(label + ": " + messages.size() + " problem(s) in the document, first: " + messages.get(0));
        }
        Map<String, String> bodyTypes = OpenApiBodies.typeNames(api);
        new ResolverFully(true).resolveFully(api);
        String prefix = OpenApiServers.pathPrefix(api);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String method = entry.getKey().name();
                String fullPath = EndpointPaths.join(prefix, path.getKey());
                endpoints.add(new Endpoint(
                        method,
                        fullPath,
                        OpenApiParameters.of(fullPath, path.getValue(), operation),
                        OpenApiBodies.body(operation, bodyTypes.get(method + " " + path.getKey())),
                        auth(operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity()),
                        label + "#" + method + " " + path.getKey(),
                        "openapi"));
            }
        }
        return endpoints;
    }

    private static boolean auth(List<SecurityRequirement> security) {
        return security != null
                && !security.isEmpty()
                && security.stream().noneMatch(requirement -> requirement == null || requirement.isEmpty());
    }

    private static boolean looksLikeApiDescription(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches("(openapi|swagger)\\.(ya?ml|json)");
    }
}
