package dev.benchpilot.tools.endpoints.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The path part of an OpenAPI document's first server URL, server variables replaced by their defaults. */
final class OpenApiServers {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

    private OpenApiServers() {}

    static String pathPrefix(OpenAPI api) {
        if (api.getServers() == null
                || api.getServers().isEmpty()
                || api.getServers().get(0).getUrl() == null) {
            return "";
        }
        Server server = api.getServers().get(0);
        Matcher variables = VARIABLE.matcher(server.getUrl());
        StringBuilder url = new StringBuilder();
        while (variables.find()) {
            ServerVariable variable =
                    server.getVariables() == null ? null : server.getVariables().get(variables.group(1));
            String value = variable == null || variable.getDefault() == null ? "x" : variable.getDefault();
            variables.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        variables.appendTail(url);
        try {
            String path = URI.create(url.toString()).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
