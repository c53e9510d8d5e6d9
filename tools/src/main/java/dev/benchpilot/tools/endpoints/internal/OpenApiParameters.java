package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operation's path, query and header parameters (path-level ones included, the operation's win); undeclared path
 * variables become strings.
 */
final class OpenApiParameters {

    private OpenApiParameters() {}

    static List<Endpoint.Parameter> of(String fullPath, PathItem item, Operation operation) {
        List<Parameter> declared = new ArrayList<>();
        if (item.getParameters() != null) {
            declared.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            declared.addAll(operation.getParameters());
        }
        Map<String, Endpoint.Parameter> parameters = new LinkedHashMap<>();
        for (String variable : EndpointPaths.variables(fullPath)) {
            parameters.put(
                    "PATH " + variable, new Endpoint.Parameter(variable, Endpoint.Parameter.In.PATH, "string", true));
        }
        for (Parameter parameter : declared) {
            Endpoint.Parameter.In in = switch (String.valueOf(parameter.getIn())) {
                case "path" -> Endpoint.Parameter.In.PATH;
                case "header" -> Endpoint.Parameter.In.HEADER;
                case "query" -> Endpoint.Parameter.In.QUERY;
                default -> null;
            };
            if (in != null && parameter.getName() != null) {
                String type = parameter.getSchema() == null ? "string" : SchemaSamples.type(parameter.getSchema());
                boolean required = in == Endpoint.Parameter.In.PATH || Boolean.TRUE.equals(parameter.getRequired());
                parameters.put(
                        in + " " + parameter.getName(),
                        new Endpoint.Parameter(parameter.getName(), in, type, required));
            }
        }
        return List.copyOf(parameters.values());
    }
}
