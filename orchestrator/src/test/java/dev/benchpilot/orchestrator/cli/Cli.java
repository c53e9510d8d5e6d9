package dev.benchpilot.orchestrator.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the CLI in-process through picocli's execute(), with captured output and scripted input. */
public final class Cli {

    public record Result(int exitCode, String out, String err) {}

    public static Result run(String input, boolean interactive, String... args) {
        CommandLine commandLine =
                Main.commandLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), interactive);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    public static Result run(String... args) {
        return run("", false, args);
    }

    private Cli() {}
}
