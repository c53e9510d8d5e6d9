package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pool of 4 is the bottleneck by design: a bounded burst of 64 concurrent dashboards on loopback has requests
 * waiting for a connection, and (with a heavier dashboard and the 250 ms minimum pool timeout) some get 503.
 */
class PoolSaturationTest {

    private static final int BURST = 64;
    private static final Pattern PENDING = Pattern.compile("hikaricp_connections_pending\\{pool=\"shop\"} (\\d+)");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_burst_beyond_the_pool_waits_for_connections_and_gets_503_rather_than_errors() throws Exception {
        ShopConfig heavy = new ShopConfig(0, 4, Duration.ofMillis(250), 1_000, 10, 100_000);
        try (ShopApi shop = ShopApi.start(heavy)) {
            ShopClient client = new ShopClient(shop);
            String token = client.login("shopper1");
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicBoolean bursting = new AtomicBoolean(true);
            CompletableFuture<Integer> maxPending =
                    CompletableFuture.supplyAsync(() -> samplePending(client, bursting));

            List<CompletableFuture<HttpResponse<Void>>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                burst.add(http.sendAsync(
                        HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/api/dashboard"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            int ok = 0;
            int unavailable = 0;
            for (CompletableFuture<HttpResponse<Void>> call : burst) {
                int status = call.get(30, TimeUnit.SECONDS).statusCode();
                ok += status == 200 ? 1 : 0;
                unavailable += status == 503 ? 1 : 0;
            }
            bursting.set(false);

            assertThat(ok + unavailable).as("only 200 or 503").isEqualTo(BURST);
            assertThat(ok).isGreaterThanOrEqualTo(4);
            assertThat(maxPending.get(10, TimeUnit.SECONDS) > 0 || unavailable > 0)
                    .as(
                            "requests waited for a connection (max pending %s) or timed out waiting (%s x 503)",
                            maxPending.get(), unavailable)
                    .isTrue();
        }
    }

    /** The highest {@code hikaricp_connections_pending} scraped from {@code /metrics} while {@code bursting}. */
    private static int samplePending(ShopClient client, AtomicBoolean bursting) {
        int max = 0;
        while (bursting.get()) {
            Matcher pending = PENDING.matcher(client.get("/metrics").body());
            if (pending.find()) {
                max = Math.max(max, Integer.parseInt(pending.group(1)));
            }
        }
        return max;
    }
}
