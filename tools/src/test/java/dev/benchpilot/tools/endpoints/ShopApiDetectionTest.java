package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.endpoints.Endpoint.Parameter;
import dev.benchpilot.tools.endpoints.Endpoint.Parameter.In;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small shop API shaped like the demo service: handlers in their own classes, roles on some routes. */
class ShopApiDetectionTest {

    private static final DetectionResult RESULT =
            EndpointDetection.detect(Path.of("src/test/resources/endpoints/javalin-shop"), null);

    private static Endpoint find(String key) {
        return RESULT.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in "
                        + RESULT.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void finds_exactly_the_shop_routes_sorted_by_path_then_method() {
        assertThat(RESULT.endpoints())
                .extracting(Endpoint::key)
                .containsExactly(
                        "GET /api/cart",
                        "POST /api/cart/add",
                        "POST /api/checkout",
                        "GET /api/dashboard",
                        "POST /api/login",
                        "GET /api/products",
                        "GET /api/products/{id}",
                        "GET /health");
        assertThat(RESULT.detectors()).containsExactly("javalin");
        assertThat(RESULT.warnings()).isEmpty();
    }

    @Test
    void user_role_routes_require_auth_and_routes_without_roles_are_unknown() {
        assertThat(RESULT.endpoints())
                .filteredOn(Endpoint::requiresAuth)
                .extracting(Endpoint::key)
                .containsExactly("GET /api/cart", "POST /api/checkout", "GET /api/dashboard");
        assertThat(RESULT.endpoints())
                .filteredOn(e -> !e.requiresAuth())
                .allSatisfy(e -> assertThat(e.authRequired()).isNull());
    }

    @Test
    void a_helper_that_may_read_the_authorization_header_does_not_make_a_route_protected() {
        assertThat(find("POST /api/cart/add").authRequired())
                .as("guests may fill a cart")
                .isNull();
    }

    @Test
    void login_body_comes_from_the_record_read_with_bodyAsClass() {
        Endpoint.RequestBody login = find("POST /api/login").requestBody();

        assertThat(login.contentType()).isEqualTo("application/json");
        assertThat(login.typeName()).isEqualTo("LoginRequest");
        assertThat(login.fields()).containsExactly(Map.entry("username", "string"), Map.entry("password", "string"));
        assertThat(login.sample()).hasToString("{\"username\":\"user1\",\"password\":\"password\"}");
    }

    @Test
    void add_to_cart_body_comes_from_a_record_nested_in_the_handler_class() {
        Endpoint.RequestBody add = find("POST /api/cart/add").requestBody();

        assertThat(add.typeName()).isEqualTo("AddToCartRequest");
        assertThat(add.fields()).containsExactly(Map.entry("productId", "integer"), Map.entry("quantity", "integer"));
        assertThat(add.sample()).hasToString("{\"productId\":1,\"quantity\":1}");
    }

    @Test
    void routes_without_a_body_reader_have_no_body() {
        assertThat(RESULT.endpoints())
                .filteredOn(e -> e.requestBody() != null)
                .extracting(Endpoint::key)
                .containsExactly("POST /api/cart/add", "POST /api/login");
    }

    @Test
    void product_parameters_are_typed_from_the_handler() {
        assertThat(find("GET /api/products").parameters())
                .containsExactly(
                        new Parameter("category", In.QUERY, "string", false),
                        new Parameter("page", In.QUERY, "integer", false));
        assertThat(find("GET /api/products/{id}").parameters())
                .containsExactly(new Parameter("id", In.PATH, "integer", true));
    }

    @Test
    void source_is_the_registering_file_relative_to_the_root_and_its_line() {
        assertThat(find("GET /api/products").source()).isEqualTo("src/main/java/com/example/shop/ShopRoutes.java:10");
        assertThat(find("GET /health").source()).isEqualTo("src/main/java/com/example/shop/ShopRoutes.java:17");
        assertThat(RESULT.endpoints()).allSatisfy(e -> assertThat(e.detector()).isEqualTo("javalin"));
    }
}
