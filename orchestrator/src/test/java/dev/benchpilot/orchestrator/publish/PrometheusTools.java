package dev.benchpilot.orchestrator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Prometheus, Pushgateway and promtool, started by the tests on free loopback ports (each stopped by its
 * test); a test skips with a printed reason where one is not installed ({@code .ci/run} installs them).
 */
final class PrometheusTools {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private PrometheusTools() {}

    /** The executable, or the test is skipped saying which package provides it. */
    static Path require(String name, String debianPackage) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/usr/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        System.out.println("skipped: " + name + " is not installed (apt-get install " + debianPackage + ")");
        Assumptions.abort(name + " is not installed (apt-get install " + debianPackage + ")");
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A process of the tests, stopped (and its output kept for a failure's message) when closed. */
    record Daemon(Process process, Path log, URI url) implements AutoCloseable {

        static Daemon start(Path log, URI url, String readyPath, String... command) throws Exception {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Daemon daemon = new Daemon(process, log, url);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(command[0] + " ended: " + Files.readString(log));
                }
                try {
                    if (get(url.resolve(readyPath)).statusCode() == 200) {
                        return daemon;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            daemon.close();
            throw new IllegalStateException(command[0] + " not ready in 30 s: " + Files.readString(log));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A Prometheus range query over {@code [start, end]}: the {@code data.result} array. */
    static JsonNode range(URI prometheus, String query, long start, long end) throws Exception {
        String params = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&start=" + start + "&end=" + end
                + "&step=1";
        HttpResponse<String> response = get(prometheus.resolve("/api/v1/query_range?" + params));
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalStateException(query + ": " + response.body());
        }
        return body.path("data").path("result");
    }
}
