package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.TargetUnreachableException;
import dev.benchpilot.orchestrator.workflow.UsageException;
import picocli.CommandLine;

/**
 * One line, no stack trace: usage errors exit 2, an unreachable target 3, anything else 4 (never 1, which means an SLA
 * breach). An unexpected failure's stack trace goes to a log file whose path the line names.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof UsageException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.BAD_USAGE);
        }
        if (e instanceof TargetUnreachableException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.TARGET_UNREACHABLE);
        }
        return crashed(e, commandLine.getErr());
    }

    /** Reports an unexpected failure in one line, with the stack trace in an owner-only log file; exit 4. */
    static int crashed(Throwable e, java.io.PrintWriter err) {
        String log;
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("benchpilot-crash-", ".log");
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            java.nio.file.Files.writeString(file, trace.toString());
            log = " (details in " + file + ")";
        } catch (java.io.IOException | RuntimeException notWritten) {
            log = "";
        }
        String message = e.getMessage() == null
                ? ""
                : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("error: " + e.getClass().getSimpleName() + message + log);
        err.flush();
        return ExitCodes.RUN_FAILED;
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        return report(
                commandLine,
                "error: " + e.getMessage() + System.lineSeparator() + "Try '"
                        + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.",
                ExitCodes.BAD_USAGE);
    }

    private static int report(CommandLine commandLine, String message, int exitCode) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText(message));
        commandLine.getErr().flush();
        return exitCode;
    }
}
