package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.mcp.McpStdioServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code benchpilot mcp}: the MCP server on stdin/stdout for coding assistants ({@link McpStdioServer}). */
@Command(
        name = "mcp",
        mixinStandardHelpOptions = true,
        description = "Serve the benchmark tools over MCP (stdio) for coding assistants.")
final class McpCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        McpStdioServer.serve(server.policy(), server.maxRuns(), server.base());
        return ExitCodes.OK;
    }
}
