package dev.benchpilot.orchestrator.cli;

import dev.benchpilot.orchestrator.api.ApiServer;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.workflow.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchpilot serve}: the HTTP API for IDE plugins, until stopped (Ctrl-C). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (token-protected, loopback by default).")
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "BENCHPILOT_TOKEN";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}; 0: a free one).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String bind;

    @Mixin
    ServerOptions server;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description = "A browser origin allowed to call the API, e.g. "
                    + "http://localhost:3000 (repeatable; also BENCHPILOT_CORS_ORIGINS). Default: none, CORS off.")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0-65535, was " + port);
        }
        int maxRuns = server.maxRuns();
        Path base = server.base();
        PrintWriter out = spec.commandLine().getOut();
        String token = token(base, out);
        List<String> origins = new ArrayList<>(corsOrigins);
        String configuredOrigins = System.getenv("BENCHPILOT_CORS_ORIGINS");
        if (configuredOrigins != null && !configuredOrigins.isBlank()) {
            origins.addAll(Arrays.asList(configuredOrigins.split(",")));
        }
        origins.replaceAll(String::strip);
        origins.removeIf(String::isEmpty);
        if (origins.contains("*")) {
            throw new UsageException("--cors-origin '*' would let any web page drive load: name the origins");
        }
        ApiServer api = new ApiServer(
                new ApiServer.Settings(bind, port, token, server.policy(), maxRuns, base, origins),
                new BenchmarkRequests(base));
        int bound = api.start();
        out.println("benchpilot API on http://" + bind + ":" + bound
                + " (send Authorization: Bearer <token>; GET /health is open)");
        out.println("dashboard: http://" + bind + ":" + bound
                + "/ (paste the token once; it stays in this browser's session)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * BENCHPILOT_TOKEN, else the token in .benchpilot/api-token, else a new one written there (owner-only) and printed
     * once.
     */
    static String token(Path base, PrintWriter out) throws IOException {
        String fromEnv = System.getenv(TOKEN_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        Path file = base.resolve(".benchpilot/api-token");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        out.println("API token (saved in " + file + ", readable only by you; shown once): " + token);
        return token;
    }
}
