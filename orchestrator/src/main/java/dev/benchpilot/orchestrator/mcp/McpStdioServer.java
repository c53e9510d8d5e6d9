package dev.benchpilot.orchestrator.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.runs.RunRegistry;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
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

/**
 * The MCP server on this process's stdin/stdout (tools in {@link McpTools}). Standard output carries only the
 * protocol: everything else the process prints (progress, the load engine's logs) is sent to standard error. Serves
 * until standard input closes and every request read before has been answered.
 */
public final class McpStdioServer {

    /** How long requests read before standard input closed may still take to be answered. */
    private static final Duration ANSWER_AFTER_EOF = Duration.ofSeconds(120);

    private McpStdioServer() {}

    /**
     * @param policy    the targets load may go to
     * @param maxRuns   runs at once
     * @param workspace the folder holding {@code .benchpilot/}
     */
    public static void serve(TargetPolicy policy, int maxRuns, Path workspace) throws InterruptedException {
        McpStdio stdio = new McpStdio(ANSWER_AFTER_EOF);
        PrintStream protocol = new PrintStream(stdio.output(new FileOutputStream(FileDescriptor.out)), true);
        System.setOut(System.err);
        InputStream input = stdio.input(new FileInputStream(FileDescriptor.in));
        try (RunRegistry runs = new RunRegistry(policy, maxRuns)) {
            McpSyncServer mcp = McpServer.sync(new StdioServerTransportProvider(
                            new JacksonMcpJsonMapper(new ObjectMapper()), input, protocol))
                    .serverInfo("benchpilot", "0.1.0")
                    .instructions("Load-test HTTP APIs: benchmark_plan, then ask the user, then benchmark_confirm; "
                            + "benchmark_report when done.")
                    .capabilities(
                            McpSchema.ServerCapabilities.builder().tools(false).build())
                    .tools(new McpTools(runs, new BenchmarkRequests(workspace), workspace).all())
                    .build();
            System.err.println("benchpilot MCP server on stdio (tools: benchmark_plan, benchmark_confirm, "
                    + "benchmark_status, benchmark_report, list_endpoints, compare_runs)");
            stdio.awaitEndOfInput();
            mcp.closeGracefully();
        }
    }
}
