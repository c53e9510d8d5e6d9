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

    /**
     * The only hosts a remote {@code $ref} is fetched from: loopback. Reading a description never sends a request
     * anywhere else (a document from outside could otherwise make benchpilot fetch from any host it can reach).
     */
    static final List<String> REMOTE_REF_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    /** YAML aliases one description may use: real ones use a handful; a "billion laughs" document uses them to explode. */
    static final int MAX_YAML_ALIASES = 200;
    /** The largest description read (larger ones are skipped with a warning): the biggest public APIs are a few MB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    static {
        DeserializationUtils.getOptions().setMaxYamlAliasesForCollections(MAX_YAML_ALIASES);
        DeserializationUtils.getOptions().setMaxYamlDepth(200);
    }

    /**
     * The endpoints of one OpenAPI / Swagger file; a file that does not parse yields a warning and nothing.
     *
     * @param label how the file is named in {@link Endpoint#source()} and warnings
     */
    public static List<Endpoint> read(Path file, String label, List<String> warnings) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setSafelyResolveURL(true);
        options.setRemoteRefAllowList(REMOTE_REF_HOSTS);
        options.setRemoteRefBlockList(List.of("*"));
        try {
            if (java.nio.file.Files.size(file) > MAX_BYTES) {
                warnings.add(label + ": skipped, larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                return List.of();
            }
        } catch (java.io.IOException e) {
            warnings.add(label + ": skipped, cannot be read (" + e.getMessage() + ")");
            return List.of();
        }
        SwaggerParseResult result;
        try {
            result = new OpenAPIParser().readLocation(file.toAbsolutePath().toUri().toString(), null, options);
        } catch (RuntimeException e) {
            warnings.add(label + ": skipped, not a readable OpenAPI/Swagger document (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
        OpenAPI api = result.getOpenAPI();
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (api == null || api.getPaths() == null) {
            warnings.add(label + ": skipped, not a readable OpenAPI/Swagger document" + (messages.isEmpty() ? "" : " (" + messages.get(0) + ")"));
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
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String method = entry.getKey().name();
                String fullPath = EndpointPaths.join(prefix, path.getKey());
                endpoints.add(new Endpoint(method, fullPath, OpenApiParameters.of(fullPath, path.getValue(), operation),
                        OpenApiBodies.body(operation, bodyTypes.get(method + " " + path.getKey())),
                        auth(operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity()),
                        label + "#" + method + " " + path.getKey(), "openapi"));
            }
        }
        return endpoints;
    }

    private static boolean auth(List<SecurityRequirement> security) {
        return security != null && !security.isEmpty() && security.stream().noneMatch(requirement -> requirement == null || requirement.isEmpty());
    }

    private static boolean looksLikeApiDescription(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches("(openapi|swagger)\\.(ya?ml|json)");
    }
}
