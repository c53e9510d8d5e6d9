package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import dev.benchpilot.orchestrator.workflow.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** What {@code serve} and {@code mcp} share: where the workspace is, where load may go, how many runs at once. */
final class ServerOptions {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Where .benchpilot/ is (default: current directory).")
    Path workspace;

    @Option(
            names = "--allow-target",
            paramLabel = "HOST",
            description = "A host load may go to besides loopback (repeatable; " + "also BENCHPILOT_ALLOWED_TARGETS).")
    List<String> allowTargets = new ArrayList<>();

    @Option(
            names = "--max-runs",
            paramLabel = "N",
            defaultValue = "2",
            description = "Runs at once (default: ${DEFAULT-VALUE}).")
    int maxRuns;

    Path base() {
        return workspace == null ? Path.of("") : workspace;
    }

    /** Loopback, the --allow-target hosts and those in BENCHPILOT_ALLOWED_TARGETS. */
    TargetPolicy policy() {
        List<String> hosts = new ArrayList<>(allowTargets);
        String configured = System.getenv("BENCHPILOT_ALLOWED_TARGETS");
        if (configured != null) {
            hosts.addAll(Arrays.asList(configured.split(",")));
        }
        return new TargetPolicy(hosts);
    }

    int maxRuns() {
        if (maxRuns < 1) {
            throw new UsageException("--max-runs must be at least 1, was " + maxRuns);
        }
        return maxRuns;
    }
}
