package dev.benchpilot.orchestrator.request;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code benchmark} command's arguments, for reading a body or a command text as the CLI reads them. */
@Command(name = "benchmark")
final class RequestArgs {

    @Option(names = "--target", paramLabel = "URL")
    String target;

    @Mixin
    BenchmarkOptions options;
}
