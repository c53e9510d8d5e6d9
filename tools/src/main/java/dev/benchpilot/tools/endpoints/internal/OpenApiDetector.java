package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetector;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** OpenAPI 3 and Swagger 2 files (swagger-parser), found in the tree or given with {@code --openapi}. */
public final class OpenApiDetector implements EndpointDetector {

    @Override
    public String name() {
        return "openapi";
    }

    @Override
    public List<Endpoint> detect(Path sourceRoot, List<String> warnings) throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Path file : SourceFiles.find(sourceRoot, OpenApiDetector::looksLikeApiDescription)) {
            endpoints.addAll(read(file, sourceRoot.relativize(file).toString(), warnings));
        }
        return endpoints;
    }

    /** The endpoints of one OpenAPI / Swagger file; a file that does not parse yields a warning and nothing. */
    public static List<Endpoint> read(Path file, String label, List<String> warnings) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(file.toAbsolutePath().toUri().toString(), null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            warnings.add(label + ": not a readable OpenAPI/Swagger document" + (result.getMessages() == null || result.getMessages().isEmpty()
                    ? "" : " (" + result.getMessages().get(0) + ")"));
            return List.of();
        }
        String prefix = serverPrefix(api);
        boolean globalSecurity = api.getSecurity() != null && !api.getSecurity().isEmpty();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                boolean auth = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : globalSecurity;
                String method = entry.getKey().name();
                endpoints.add(new Endpoint(method, EndpointPaths.join(prefix, path.getKey()),
                        parameters(path.getValue(), operation), body(operation), auth, label + "#" + method + " " + path.getKey(), "openapi"));
            }
        }
        return endpoints;
    }

    private static boolean looksLikeApiDescription(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches("(openapi|swagger)\\.(ya?ml|json)");
    }

    private static String serverPrefix(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty() || api.getServers().get(0).getUrl() == null) {
            return "";
        }
        String url = api.getServers().get(0).getUrl();
        try {
            String path = URI.create(url.replaceAll("\\{[^}]*}", "x")).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static List<Endpoint.Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : all) {
            Endpoint.Parameter.In in = switch (String.valueOf(parameter.getIn())) {
                case "path" -> Endpoint.Parameter.In.PATH;
                case "header" -> Endpoint.Parameter.In.HEADER;
                case "query" -> Endpoint.Parameter.In.QUERY;
                default -> null;
            };
            if (in != null) {
                String type = parameter.getSchema() == null ? "string" : SchemaSamples.type(parameter.getSchema());
                parameters.add(new Endpoint.Parameter(parameter.getName(), in, type, Boolean.TRUE.equals(parameter.getRequired())));
            }
        }
        return parameters;
    }

    private static Endpoint.RequestBody body(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().entrySet().stream()
                .filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue).findFirst().orElse(null);
        if (json == null || json.getSchema() == null) {
            return null;
        }
        Schema<?> schema = json.getSchema();
        return new Endpoint.RequestBody("application/json", schema.getName() != null ? schema.getName() : schema.get$ref(),
                SchemaSamples.fields(schema), SchemaSamples.sample(schema, 0));
    }
}
