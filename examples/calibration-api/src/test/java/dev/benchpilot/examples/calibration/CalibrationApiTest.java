package dev.benchpilot.examples.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CalibrationApiTest {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static HttpResponse<String> get(URI uri) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code clients} closed-loop clients for {@code seconds}; returns the successful responses per second. */
    private static double saturate(CalibrationApi api, int clients, double seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (get(api.baseUrl().resolve("/work")).statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ok.get() / seconds;
    }

    @Test
    void pool_mode_serves_permits_times_one_thousand_over_service_ms_and_shows_waiters() throws Exception {
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.pool(4, 50))) {
            assertThat(api.config().capacityRps()).isEqualTo(80.0);
            ExecutorService watcher = Executors.newSingleThreadExecutor();
            Future<String> duringLoad = watcher.submit(() -> {
                Thread.sleep(1500);
                return get(api.baseUrl().resolve("/metrics")).body();
            });

            double throughput = saturate(api, 16, 3);

            assertThat(throughput).isBetween(72.0, 88.0);
            String metrics = duringLoad.get();
            watcher.shutdownNow();
            assertThat(metrics).contains("hikaricp_connections_active 4.0").contains("hikaricp_connections_max 4.0");
            double pending = Double.parseDouble(metrics.lines()
                    .filter(l -> l.startsWith("hikaricp_connections_pending "))
                    .findFirst()
                    .orElseThrow()
                    .split(" ")[1]);
            assertThat(pending).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void a_stall_holds_every_request_that_arrives_during_it() throws Exception {
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.latency(1, 2))) {
            // timed from before the stall is asked for: the stall starts after that, so the held request cannot answer
            // sooner than 1 s later (timing from the stall's answer lost however long that answer took to arrive)
            long start = System.nanoTime();
            CLIENT.send(
                    HttpRequest.newBuilder(api.baseUrl().resolve("/admin/stall?ms=1000"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get(api.baseUrl().resolve("/work")).statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1e6)
                    .as("Thread.sleep(ms, ns) may round off up to 0.5 ms")
                    .isGreaterThan(999.0);
        }
    }

    @Test
    void leak_mode_keeps_memory_per_request_until_reset() throws Exception {
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.leak(100_000))) {
            for (int i = 0; i < 50; i++) {
                get(api.baseUrl().resolve("/work"));
            }
            assertThat(get(api.baseUrl().resolve("/metrics")).body()).contains("calibration_retained_bytes 5000000.0");
            CLIENT.send(
                    HttpRequest.newBuilder(api.baseUrl().resolve("/admin/reset"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get(api.baseUrl().resolve("/metrics")).body()).contains("calibration_retained_bytes 0.0");
        }
    }

    @Test
    void latency_mode_follows_the_configured_median() throws Exception {
        try (CalibrationApi api = CalibrationApi.start(CalibrationConfig.latency(20, 60))) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long start = System.nanoTime();
                get(api.baseUrl().resolve("/work"));
                millis.add((System.nanoTime() - start) / 1e6);
            }
            millis.sort(Double::compare);
            assertThat(millis.get(30)).isBetween(15.0, 30.0);
            assertThat(get(api.baseUrl().resolve("/config")).body())
                    .contains("\"mode\":\"latency\"")
                    .contains("\"capacityRps\":null");
        }
    }

    @Test
    void bad_flags_are_refused_with_the_reason() {
        assertThatThrownBy(() -> CalibrationConfig.parse(new String[] {"--mode", "magic"}))
                .hasMessageContaining("unknown mode 'magic'");
        assertThatThrownBy(() -> CalibrationConfig.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("unknown argument --colour");
        assertThat(CalibrationConfig.parse(new String[] {"--mode", "cpu", "--workers", "2", "--work-ms", "4"})
                        .capacityRps())
                .isEqualTo(500.0);
    }
}
