package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class MetricsTest {

    private final ShopClient shop;

    MetricsTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void metrics_show_a_pool_of_exactly_4_connections() {
        String metrics = shop.get("/metrics").body();

        assertThat(metrics)
                .contains("hikaricp_connections_max{pool=\"shop\"} 4.0")
                .contains("hikaricp_connections_active{pool=\"shop\"}")
                .contains("hikaricp_connections_pending{pool=\"shop\"}");
    }

    @Test
    void metrics_time_requests_by_route_template_not_concrete_path() {
        shop.get("/api/products/5");
        shop.get("/api/products/999999");

        String metrics = shop.get("/metrics").body();

        assertThat(metrics)
                .contains(
                        "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/products/{id}\"}")
                .contains(
                        "http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"/api/products/{id}\"}")
                .doesNotContain("uri=\"/api/products/5\"");
    }

    @Test
    void metrics_include_jvm_and_process_cpu() {
        assertThat(shop.get("/metrics").body())
                .contains("process_cpu_usage", "jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_");
    }
}
