package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.workflow.TargetUnreachableException;
import dev.benchpilot.orchestrator.workflow.UsageException;
import picocli.CommandLine;

/** One line, no stack trace: usage errors exit 2, an unreachable target 3, anything else 4. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof UsageException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.BAD_USAGE);
        }
        if (e instanceof TargetUnreachableException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.TARGET_UNREACHABLE);
        }
        return report(commandLine, "error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), ExitCodes.RUN_FAILED);
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        return report(commandLine, "error: " + e.getMessage() + System.lineSeparator() + "Try '"
                + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.", ExitCodes.BAD_USAGE);
    }

    private static int report(CommandLine commandLine, String message, int exitCode) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText(message));
        commandLine.getErr().flush();
        return exitCode;
    }
}
