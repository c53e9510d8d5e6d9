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
import org.junit.jupiter.api.Test;

/** The pool of 4 is the bottleneck by design: a burst of dashboards beyond it waits and then fails with 503. */
class PoolSaturationTest {

    @Test
    void a_burst_beyond_the_pool_gets_503_once_waiting_exceeds_the_pool_timeout() throws Exception {
        try (ShopApi shop = ShopApi.start(new ShopConfig(0, 4, Duration.ofMillis(250), 1_000, 10, 100_000))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = ShopApiTestSupport.login(client, shop);
            List<CompletableFuture<HttpResponse<Void>>> burst = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                burst.add(client.sendAsync(HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/api/dashboard"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            long ok = 0;
            long unavailable = 0;
            for (CompletableFuture<HttpResponse<Void>> call : burst) {
                int status = call.get().statusCode();
                ok += status == 200 ? 1 : 0;
                unavailable += status == 503 ? 1 : 0;
            }
            assertThat(ok + unavailable).isEqualTo(64);
            assertThat(ok).isGreaterThanOrEqualTo(4);
            assertThat(unavailable).as("requests that waited longer than the pool timeout").isPositive();
        }
    }
}
