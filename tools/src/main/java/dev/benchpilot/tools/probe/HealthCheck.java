package dev.benchpilot.tools.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Is the target up? Tries {@code /health}, {@code /actuator/health}, then the base URL itself; any HTTP
 * answer below 500 from one of them means reachable.
 */
public final class HealthCheck {

    private static final List<String> PATHS = List.of("/health", "/actuator/health", "/");

    private HealthCheck() {}

    /**
     * @param reachable   whether an HTTP answer came back at all
     * @param healthy     whether one of the paths answered below 500
     * @param path        the path that answered, or null
     * @param status      its status, or 0
     * @param message     what went wrong, or "ok"
     */
    public record Result(
            boolean reachable, boolean healthy, String path, int status, double latencyMs, String message) {}

    public static Result check(URI baseUrl, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        String base = baseUrl.toString().replaceAll("/+$", "");
        Result last = null;
        for (String path : PATHS) {
            long started = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(timeout)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                double latencyMs = (System.nanoTime() - started) / 1e6;
                last = new Result(
                        true,
                        response.statusCode() < 500 && response.statusCode() != 404,
                        path,
                        response.statusCode(),
                        latencyMs,
                        "HTTP " + response.statusCode());
                if (last.healthy()) {
                    return new Result(true, true, path, response.statusCode(), latencyMs, "ok");
                }
            } catch (IOException e) {
                return new Result(false, false, null, 0, 0, "cannot connect to " + base + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(false, false, null, 0, 0, "interrupted");
            }
        }
        return last.status() == 404
                ? new Result(
                        true, true, last.path(), last.status(), last.latencyMs(), "no health endpoint; target answers")
                : last;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
