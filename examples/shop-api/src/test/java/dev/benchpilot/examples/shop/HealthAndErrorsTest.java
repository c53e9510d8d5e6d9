package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedShop.class)
class HealthAndErrorsTest {

    private final ShopClient shop;

    HealthAndErrorsTest(ShopClient shop) {
        this.shop = shop;
    }

    @Test
    void health_is_up_on_loopback() {
        assertThat(shop.get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(shop.baseUrl().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void invalid_json_is_400_with_a_json_error_and_no_stack_trace() {
        ShopClient.Answer answer = shop.post("/api/login", "{bad");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"error\":\"invalid JSON body\"}");
    }

    @Test
    void a_json_null_body_is_400() {
        assertThat(shop.post("/api/cart/add", "null").status()).isEqualTo(400);
        assertThat(shop.post("/api/login", "").status()).isEqualTo(400);
    }

    @Test
    void an_unknown_route_is_404_with_a_json_error() {
        ShopClient.Answer answer = shop.get("/api/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isNotBlank();
    }

    @Test
    void a_malformed_query_parameter_is_400_with_a_json_error() {
        ShopClient.Answer answer = shop.get("/api/products?page=abc");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).contains("page");
    }
}
