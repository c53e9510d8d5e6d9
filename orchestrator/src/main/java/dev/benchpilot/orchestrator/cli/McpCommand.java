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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code benchpilot mcp}: an MCP server on stdin/stdout for coding assistants (tools in {@link McpTools}). Standard
 * output carries only the protocol: everything else the process prints (progress, the load engine's logs) is sent to
 * standard error. Ends when standard input closes.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true, description = "Serve the benchmark tools over MCP (stdio) for coding assistants.")
final class McpCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        System.setOut(System.err);
        CountDownLatch closed = new CountDownLatch(1);
        InputStream input = new FilterInputStream(new FileInputStream(FileDescriptor.in)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    closed.countDown();
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int n = super.read();
                if (n < 0) {
                    closed.countDown();
                }
                return n;
            }
        };
        Path base = server.base();
        try (RunRegistry runs = new RunRegistry(server.policy(), server.maxRuns())) {
            McpSyncServer mcp = McpServer.sync(new StdioServerTransportProvider(new JacksonMcpJsonMapper(new ObjectMapper()), input, protocol))
                    .serverInfo("benchpilot", "0.1.0")
                    .instructions("Load-test HTTP APIs: benchmark_plan, then ask the user, then benchmark_confirm; benchmark_report when done.")
                    .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                    .tools(new McpTools(runs, new ApiRequests(base), base).all())
                    .build();
            System.err.println("benchpilot MCP server on stdio (tools: benchmark_plan, benchmark_confirm, benchmark_status, benchmark_report, "
                    + "list_endpoints, compare_runs)");
            closed.await();
            mcp.closeGracefully();
        }
        return ExitCodes.OK;
    }
}
