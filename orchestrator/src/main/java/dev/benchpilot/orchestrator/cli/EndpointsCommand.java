package dev.benchpilot.orchestrator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.orchestrator.report.EndpointTable;
import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchpilot endpoints DIR}: what benchpilot understood of a service, without sending anything. The table
 * ends with totals (auth-required / public / unknown, by framework); {@code --format json} prints one object with
 * an {@code endpoints} array (method, path, auth, source, framework, parameters, requestBody), the totals and the
 * warnings.
 */
@Command(
        name = "endpoints",
        mixinStandardHelpOptions = true,
        description = "List the endpoints detected in a source tree.")
final class EndpointsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "DIR",
            arity = "0..1",
            description = "The service's source tree (optional with --openapi).")
    Path source;

    @Option(names = "--openapi", paramLabel = "FILE", description = "An OpenAPI / Swagger file to merge in.")
    Path openApi;

    @Option(
            names = "--format",
            paramLabel = "table|json",
            defaultValue = "table",
            description = "table (default) or json.")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected table or json)");
        }
        if (source == null && openApi == null) {
            throw new UsageException("give a source tree (DIR), an OpenAPI file (--openapi FILE), or both");
        }
        DetectionResult result;
        try {
            result = EndpointDetection.detect(source, openApi);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (result.endpoints().isEmpty() && openApi == null) {
            spec.commandLine()
                    .getErr()
                    .println("benchpilot: no endpoints found in " + source
                            + " (looked for Spring, JAX-RS, Micronaut, Javalin, Express, FastAPI, Flask and "
                            + "OpenAPI files)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(RunWorkspace.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(result)));
        } else {
            EndpointTable.write(result, out);
        }
        return ExitCodes.OK;
    }

    private static ObjectNode json(DetectionResult result) {
        ObjectNode root = RunWorkspace.JSON.createObjectNode();
        ArrayNode endpoints = root.putArray("endpoints");
        for (Endpoint endpoint : result.endpoints()) {
            ObjectNode item = endpoints.addObject();
            item.put("method", endpoint.method());
            item.put("path", endpoint.path());
            if (endpoint.authRequired() == null) {
                item.putNull("auth");
            } else {
                item.put("auth", endpoint.authRequired());
            }
            item.put("source", endpoint.source());
            item.put("framework", endpoint.detector());
            item.set("parameters", RunWorkspace.JSON.valueToTree(endpoint.parameters()));
            item.set("requestBody", RunWorkspace.JSON.valueToTree(endpoint.requestBody()));
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("endpoints", result.endpoints().size());
        Map<String, Integer> byAuth = EndpointTable.totals(result, "auth");
        totals.put("authRequired", byAuth.getOrDefault("required", 0));
        totals.put("public", byAuth.getOrDefault("public", 0));
        totals.put("authUnknown", byAuth.getOrDefault("unknown", 0));
        totals.set("byFramework", RunWorkspace.JSON.valueToTree(EndpointTable.totals(result, "framework")));
        root.set("detectors", RunWorkspace.JSON.valueToTree(result.detectors()));
        root.set("warnings", RunWorkspace.JSON.valueToTree(result.warnings()));
        return root;
    }
}
