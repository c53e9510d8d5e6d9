package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.RunWorkspace;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointDetection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchpilot endpoints DIR}: what benchpilot understood of a service, without sending anything. */
@Command(name = "endpoints", mixinStandardHelpOptions = true, description = "List the endpoints detected in a source tree.")
final class EndpointsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The service's source tree.")
    Path source;

    @Option(names = "--openapi", paramLabel = "FILE", description = "An OpenAPI / Swagger file to merge in.")
    Path openApi;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() throws Exception {
        DetectionResult result;
        try {
            result = EndpointDetection.detect(source, openApi);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(RunWorkspace.JSON.writeValueAsString(result));
        } else {
            for (Endpoint endpoint : result.endpoints()) {
                out.printf("%-7s %-40s auth=%-7s %s%n", endpoint.method(), endpoint.path(),
                        endpoint.authRequired() == null ? "unknown" : endpoint.authRequired(), endpoint.source());
            }
            out.println(result.endpoints().size() + " endpoints (" + String.join(", ", result.detectors()) + ")");
            result.warnings().forEach(w -> out.println("warning: " + w));
        }
        return ExitCodes.OK;
    }
}
