package dev.benchpilot.orchestrator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.orchestrator.api.RunRegistry;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code benchpilot mcp}: an MCP server on stdin/stdout for coding assistants (tools in {@link McpTools}). Standard
 * output carries only the protocol: everything else the process prints (progress, the load engine's logs) is sent to
 * standard error. Ends when standard input closes and every request read before has been answered.
 */
@Command(
        name = "mcp",
        mixinStandardHelpOptions = true,
        description = "Serve the benchmark tools over MCP (stdio) for coding assistants.")
final class McpCommand implements Callable<Integer> {

    /** How long requests read before standard input closed may still take to be answered. */
    private static final Duration ANSWER_AFTER_EOF = Duration.ofSeconds(120);

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        McpStdio stdio = new McpStdio(ANSWER_AFTER_EOF);
        PrintStream protocol = new PrintStream(stdio.output(new FileOutputStream(FileDescriptor.out)), true);
        System.setOut(System.err);
        InputStream input = stdio.input(new FileInputStream(FileDescriptor.in));
        Path base = server.base();
        try (RunRegistry runs = new RunRegistry(server.policy(), server.maxRuns())) {
            McpSyncServer mcp = McpServer.sync(new StdioServerTransportProvider(
                            new JacksonMcpJsonMapper(new ObjectMapper()), input, protocol))
                    .serverInfo("benchpilot", "0.1.0")
                    .instructions("Load-test HTTP APIs: benchmark_plan, then ask the user, then benchmark_confirm; "
                            + "benchmark_report when done.")
                    .capabilities(
                            McpSchema.ServerCapabilities.builder().tools(false).build())
                    .tools(new McpTools(runs, new ApiRequests(base), base).all())
                    .build();
            System.err.println(
                    "benchpilot MCP server on stdio (tools: benchmark_plan, benchmark_confirm, benchmark_status, "
                            + "benchmark_report, "
                            + "list_endpoints, compare_runs)");
            stdio.awaitEndOfInput();
            mcp.closeGracefully();
        }
        return ExitCodes.OK;
    }
}
