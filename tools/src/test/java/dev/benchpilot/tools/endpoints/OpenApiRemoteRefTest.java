package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an OpenAPI file fetches a remote {@code $ref} only from loopback. */
class OpenApiRemoteRefTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serveParameters() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetched.add(exchange.getRequestURI().getPath());
            byte[] body = """
                    Limit:
                      name: limit
                      in: query
                      schema:
                        type: integer
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_ref_to_a_loopback_host_is_fetched() throws Exception {
        DetectionResult result = EndpointDetection.detect(
                null, spec("http://127.0.0.1:" + server.getAddress().getPort() + "/params.yaml#/Limit"));

        assertThat(fetched).contains("/params.yaml");
        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /items");
    }

    @Test
    void a_ref_to_any_other_host_is_never_fetched() throws Exception {
        long started = System.nanoTime();
        DetectionResult result = EndpointDetection.detect(
                null,
                spec("http://refs.benchpilot-test.invalid:"
                        + server.getAddress().getPort() + "/params.yaml#/Limit"));

        assertThat(fetched).isEmpty();
        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /items");
        assertThat(String.join("\n", result.warnings())).containsIgnoringCase("denylist");
        assertThat((System.nanoTime() - started) / 1e9)
                .as("no name lookup or connect was waited for")
                .isLessThan(10);
    }

    private Path spec(String ref) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(file, """
                openapi: 3.0.3
                info: {title: refs, version: "1"}
                paths:
                  /items:
                    get:
                      parameters:
                        - $ref: '%s'
                      responses:
                        '200': {description: ok}
                """.formatted(ref));
        return file;
    }
}
