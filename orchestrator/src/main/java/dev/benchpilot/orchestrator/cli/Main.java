package dev.benchpilot.orchestrator.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code benchpilot}: parses arguments and turns exceptions into the documented exit codes. */
@Command(
        name = "benchpilot",
        mixinStandardHelpOptions = true,
        version = "benchpilot 0.1.0",
        description =
                "AI-driven load testing for HTTP APIs: finds the endpoints, plans, asks, runs, analyzes, reports.",
        subcommands = {
            BenchmarkCommand.class,
            DemoCommand.class,
            EndpointsCommand.class,
            HistoryCommand.class,
            CompareCommand.class,
            ServeCommand.class,
            BatchCommand.class,
            McpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (also: cancelled at the checkpoint)",
            "1:SLA breach or regression",
            "2:bad usage or input",
            "3:target unreachable, or lost during the load",
            "4:run failed or unexpected error"
        })
public final class Main implements Runnable {

    static {
        System.setProperty(
                "java.util.prefs.PreferencesFactory",
                "dev.benchpilot.tools.engines.internal.InMemoryPreferencesFactory");
    }

    final BufferedReader input;
    final boolean interactive;

    Main(InputStream input, boolean interactive) {
        this.input = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = commandLine(System.in, System.console() != null).execute(args);
        } catch (Throwable unexpected) { // an Error (StackOverflowError, OutOfMemoryError) that picocli passes on
            exitCode = Failures.crashed(unexpected, new PrintWriter(System.err, true));
        }
        System.exit(exitCode);
    }

    /** The command line with its exit-code mapping; {@code interactive} says whether the checkpoint may prompt. */
    public static CommandLine commandLine(InputStream input, boolean interactive) {
        CommandLine commandLine = new CommandLine(new Main(input, interactive));
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setParameterExceptionHandler(Failures::usage);
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this),
                "missing command: benchmark, demo, endpoints, history, compare, batch, serve or mcp");
    }
}
