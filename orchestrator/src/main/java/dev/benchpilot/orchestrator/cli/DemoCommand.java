package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.demo.BundledSources;
import dev.benchpilot.orchestrator.demo.DemoTarget;
import dev.benchpilot.orchestrator.request.BenchmarkOptions;
import dev.benchpilot.orchestrator.workflow.BenchmarkRequest;
import dev.benchpilot.orchestrator.workflow.Defaults;
import dev.benchpilot.orchestrator.workflow.MeasureOptions;
import dev.benchpilot.orchestrator.workflow.UsageException;
import dev.benchpilot.tools.scenario.Credentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code benchpilot demo}: starts the bundled shop API on a free loopback port and benchmarks it from its sources. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Benchmark the bundled shop API (started on a free loopback port, stopped afterwards).")
final class DemoCommand implements Callable<Integer> {

    /** The shop's 500 seeded users, handed out round-robin. */
    static final Credentials DEMO_USERS = Credentials.parse("shopper{1..500}:demo-password");

    @ParentCommand
    Main main;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    BenchmarkOptions options;

    @Override
    public Integer call() throws IOException {
        options.validate();
        if (!options.yes && !main.interactive) {
            throw new UsageException("no terminal to ask at the checkpoint: pass --yes to run without confirmation");
        }
        Path demoDir = (options.workspace == null ? Path.of("") : options.workspace)
                .resolve(Defaults.WORKSPACE_DIR)
                .resolve("demo");
        if (options.source == null) {
            options.source = BundledSources.extractTo(demoDir.resolve("shop-api-src"));
        }
        spec.commandLine()
                .getErr()
                .println("Starting the demo shop API (log: " + demoDir.resolve("shop-api.log") + ") ...");
        try (DemoTarget shop = DemoTarget.start(demoDir.resolve("shop-api.log"))) {
            spec.commandLine()
                    .getErr()
                    .println("Shop API listening on " + shop.baseUrl() + " (pid " + shop.pid() + ")");
            BenchmarkRequest request = options.toRequest(shop.baseUrl().toString(), Defaults.DEMO_DURATION, DEMO_USERS);
            MeasureOptions measure = request.measure();
            request = request.withMeasure(measure.withObserved(
                            measure.pid() != null ? measure.pid() : shop.pid(),
                            measure.metricsUrl() != null
                                    ? measure.metricsUrl()
                                    : shop.baseUrl().resolve("/metrics"))
                    .withLabel(measure.label() != null ? measure.label() : "demo:shop-api"));
            return BenchmarkRunner.run(main, spec, request, options.agents(), options.json());
        }
    }
}
