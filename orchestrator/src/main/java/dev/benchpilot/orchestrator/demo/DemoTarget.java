package dev.benchpilot.orchestrator.demo;

import dev.benchpilot.tools.process.ChildEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled shop API, started as a child process on a free loopback port (its own JVM, so its CPU,
 * memory and GC are its own and not the load generator's). It exits when benchpilot closes its stdin, so
 * it is never left behind.
 */
public final class DemoTarget implements AutoCloseable {

    private static final String MAIN_CLASS = "dev.benchpilot.examples.shop.ShopApiMain";
    private static final Pattern LISTENING = Pattern.compile("shop-api listening on (http://\\S+) pid=(\\d+)");

    private final Process process;
    private final URI baseUrl;

    private DemoTarget(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the shop API and waits until it listens; its output goes to {@code log}. */
    public static DemoTarget start(Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        MAIN_CLASS,
                        "--port",
                        "0",
                        "--exit-on-stdin-close"))
                .redirectErrorStream(true);
        ChildEnvironment.restrict(builder.environment());
        Process process = builder.start();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> copyOutput(process, log, listening), "shop-api-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new DemoTarget(process, listening.get(60, TimeUnit.SECONDS));
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IOException("the demo shop API did not start within 60 s; see " + log, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the demo shop API", e);
        }
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<URI> listening) {
        try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                Matcher matcher = LISTENING.matcher(line);
                if (!listening.isDone() && matcher.find()) {
                    listening.complete(URI.create(matcher.group(1)));
                }
            }
            listening.completeExceptionally(new IOException("shop API exited with " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            listening.completeExceptionally(e);
        }
    }
}
