package dev.benchpilot.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShopApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ShopApi shop;

    @BeforeAll
    static void start() {
        shop = ShopApi.start(ShopConfig.defaults());
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    static HttpResponse<String> call(String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shop.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String login(String user) throws Exception {
        return json(call("POST", "/api/login", "{\"username\":\"" + user + "\",\"password\":\"demo-password\"}", null)).get("token").asText();
    }

    @Test
    void health_is_up_and_binds_loopback() throws Exception {
        assertThat(call("GET", "/health", null, null).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(shop.baseUrl().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void login_with_the_demo_password_returns_a_token_and_a_wrong_one_is_401() throws Exception {
        assertThat(login("shopper7")).hasSize(48);
        assertThat(call("POST", "/api/login", "{\"username\":\"shopper7\",\"password\":\"nope\"}", null).statusCode()).isEqualTo(401);
    }

    @Test
    void product_list_pages_and_filters() throws Exception {
        JsonNode page = json(call("GET", "/api/products?page=1&size=5", null, null));
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("total").asLong()).isEqualTo(ShopConfig.defaults().products());
        JsonNode filtered = json(call("GET", "/api/products?category=category-3&q=product%2013", null, null));
        assertThat(filtered.get("items")).allMatch(item -> item.get("category").asText().equals("category-3")
                && item.get("name").asText().startsWith("Product 13"));
    }

    @Test
    void product_by_id_is_200_404_or_400() throws Exception {
        assertThat(json(call("GET", "/api/products/42", null, null)).get("name").asText()).isEqualTo("Product 42");
        assertThat(call("GET", "/api/products/999999", null, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/products/abc", null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void guests_get_a_cart_id_they_can_reuse() throws Exception {
        JsonNode first = json(call("POST", "/api/cart/add", "{\"productId\":3,\"quantity\":2}", null));
        assertThat(first.get("cartId").asText()).startsWith("guest-");
        HttpResponse<String> again = CLIENT.send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/api/cart/add"))
                .header("X-Cart-Id", first.get("cartId").asText())
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":3,\"quantity\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json(again).get("items").asInt()).isEqualTo(3);
        assertThat(call("POST", "/api/cart/add", "{\"productId\":3,\"quantity\":11}", null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/cart/add", "{\"productId\":999999,\"quantity\":1}", null).statusCode()).isEqualTo(404);
    }

    @Test
    void checkout_turns_the_cart_into_an_order_and_decrements_stock() throws Exception {
        String token = login("shopper2");
        long stockBefore = json(call("GET", "/api/products/11", null, null)).get("stock").asLong();
        call("POST", "/api/cart/add", "{\"productId\":11,\"quantity\":3}", token);
        assertThat(json(call("GET", "/api/cart", null, token)).get("lines").get(0).get("quantity").asInt()).isEqualTo(3);

        HttpResponse<String> order = call("POST", "/api/checkout", null, token);

        assertThat(order.statusCode()).isEqualTo(201);
        assertThat(json(order).get("orderId").asLong()).isPositive();
        assertThat(json(call("GET", "/api/products/11", null, null)).get("stock").asLong()).isEqualTo(stockBefore - 3);
        assertThat(json(call("GET", "/api/cart", null, token)).get("lines")).isEmpty();
        assertThat(call("POST", "/api/checkout", null, token).statusCode()).isEqualTo(409);
    }

    @Test
    void checkout_cart_and_dashboard_without_token_are_401() throws Exception {
        assertThat(call("POST", "/api/checkout", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/cart", null, "forged").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/dashboard", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void dashboard_aggregates_every_order_line() throws Exception {
        JsonNode dashboard = json(call("GET", "/api/dashboard", null, login("shopper3")));
        long units = 0;
        for (JsonNode category : dashboard.get("categories")) {
            units += category.get("units").asLong();
        }
        long expected = 0;
        for (int x = 1; x <= ShopConfig.defaults().historicalOrderLines(); x++) {
            expected += x % 5 + 1;
        }
        assertThat(units).isGreaterThanOrEqualTo(expected);
        assertThat(dashboard.get("topProducts")).hasSize(10);
    }

    @Test
    void invalid_json_is_400_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = call("POST", "/api/login", "{bad", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid JSON body\"}");
    }

    @Test
    void metrics_expose_the_pool_and_route_templates() throws Exception {
        call("GET", "/api/products/5", null, null);
        String metrics = call("GET", "/metrics", null, null).body();
        assertThat(metrics).contains("hikaricp_connections_max{pool=\"shop\"} 4.0");
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/products/{id}\"}");
        assertThat(metrics).contains("process_cpu_usage");
    }
}
