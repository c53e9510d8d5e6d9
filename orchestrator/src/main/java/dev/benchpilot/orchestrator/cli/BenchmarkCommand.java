package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.request.BenchmarkOptions;
import dev.benchpilot.orchestrator.workflow.Defaults;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code benchpilot benchmark --target URL ...}: the /benchmark workflow against any service. */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        description = "Detect endpoints, plan, confirm, run load, analyze and report.")
final class BenchmarkCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--target",
            paramLabel = "URL",
            description = "Base URL of the service to benchmark (loopback by default).")
    String target;

    @Mixin
    BenchmarkOptions options;

    @Override
    public Integer call() {
        return BenchmarkRunner.run(
                main, spec, options.toRequest(target, Defaults.DURATION, null), options.agents(), options.json());
    }
}
