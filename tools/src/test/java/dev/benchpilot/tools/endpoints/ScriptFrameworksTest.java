package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptFrameworksTest {

    private static Endpoint find(DetectionResult result, String key) {
        return result.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in "
                        + result.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void express_routers_mounted_across_files_twice_and_through_a_function_with_auth_middleware() {
        DetectionResult result = EndpointDetection.detect(Path.of("src/test/resources/endpoints/express-app"), null);

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactlyInAnyOrder(
                        "GET /health",
                        "GET /api/users",
                        "GET /api/users/{id}",
                        "POST /api/users",
                        "GET /api/users/{id}/avatar",
                        "PUT /api/users/{id}/avatar",
                        "GET /api/v2/users",
                        "GET /api/v2/users/{id}",
                        "POST /api/v2/users",
                        "GET /api/v2/users/{id}/avatar",
                        "PUT /api/v2/users/{id}/avatar",
                        "DELETE /admin/cache",
                        "GET /admin/reports/daily",
                        "GET /api/orders",
                        "POST /api/orders",
                        "ANY /legacy/ping",
                        "GET /old",
                        "GET /older");
        assertThat(result.detectors()).containsExactly("express");
        assertThat(find(result, "GET /health").authRequired()).isFalse();
        assertThat(find(result, "DELETE /admin/cache").authRequired()).isTrue();
        assertThat(find(result, "GET /admin/reports/daily").authRequired()).isTrue();
        assertThat(find(result, "GET /api/orders").authRequired()).isFalse();
        assertThat(find(result, "POST /api/orders").authRequired()).isTrue();
        assertThat(find(result, "POST /api/users").requestBody().sample().toString())
                .isEqualTo("{\"name\":\"user1\",\"email\":\"user@example.com\",\"age\":1}");
        assertThat(find(result, "GET /api/users").parameters())
                .extracting(Endpoint.Parameter::name)
                .containsExactly("page", "limit");
        assertThat(find(result, "GET /api/users/{id}").source()).isEqualTo("src/routes/users.js:9");
    }

    @Test
    void fastapi_nested_routers_settings_prefix_mounted_sub_app_pydantic_bodies_and_depends_auth() {
        DetectionResult result = EndpointDetection.detect(Path.of("src/test/resources/endpoints/fastapi-app"), null);

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactlyInAnyOrder(
                        "GET /health",
                        "GET /api/v1/items",
                        "GET /api/v1/items/{item_id}",
                        "POST /api/v1/items",
                        "PUT /api/v1/items/{item_id}/sync",
                        "PATCH /api/v1/items/{item_id}/sync",
                        "GET /api/v1/items/files/{file_path}",
                        "GET /api/v1/users/profiles/me",
                        "GET /admin/stats");
        assertThat(result.detectors()).containsExactly("fastapi");
        assertThat(find(result, "GET /health").authRequired()).isFalse();
        assertThat(find(result, "POST /api/v1/items").authRequired()).isTrue();
        assertThat(find(result, "GET /api/v1/users/profiles/me").authRequired()).isTrue();
        assertThat(find(result, "GET /admin/stats").authRequired()).isTrue();
        assertThat(find(result, "GET /api/v1/items/{item_id}").parameters())
                .containsExactly(new Endpoint.Parameter("item_id", Endpoint.Parameter.In.PATH, "integer", true));
        assertThat(find(result, "GET /api/v1/items").parameters())
                .extracting(Endpoint.Parameter::name, Endpoint.Parameter::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("skip", "integer"),
                        org.assertj.core.groups.Tuple.tuple("limit", "integer"),
                        org.assertj.core.groups.Tuple.tuple("q", "string"));
        Endpoint.RequestBody body = find(result, "POST /api/v1/items").requestBody();
        assertThat(body.typeName()).isEqualTo("ItemCreate");
        assertThat(body.sample().toString())
                .isEqualTo(
                        "{\"name\":\"user1xxx\",\"price\":1.0,\"quantity\":5,\"category\":\"tools\","
                                + "\"tags\":[\"text\"],\"dimensions\":{\"width\":1.0,\"height\":1.0},\"SKU\":\"text\",\"contact\":\"user@example.com\"}");
        assertThat(body.fields())
                .containsEntry("quantity", "integer")
                .containsEntry("tags", "array")
                .containsEntry("dimensions", "object");
    }

    @Test
    void flask_blueprints_with_replaced_prefixes_nested_blueprints_restful_resources_and_login_required() {
        DetectionResult result = EndpointDetection.detect(Path.of("src/test/resources/endpoints/flask-app"), null);

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactlyInAnyOrder(
                        "GET /",
                        "GET /products",
                        "POST /products",
                        "GET /products/{product_id}",
                        "DELETE /products/{product_id}",
                        "POST /account/login",
                        "GET /api/v1/todos/{todo_id}",
                        "PUT /api/v1/todos/{todo_id}",
                        "GET /api/v1/ping",
                        "HEAD /api/v1/ping");
        assertThat(result.detectors()).containsExactly("flask");
        assertThat(find(result, "DELETE /products/{product_id}").authRequired()).isTrue();
        assertThat(find(result, "GET /products/{product_id}").authRequired()).isFalse();
        assertThat(find(result, "POST /products").requestBody().fields())
                .containsExactly(Map.entry("name", "string"), Map.entry("price", "number"));
        assertThat(find(result, "GET /products").parameters())
                .extracting(Endpoint.Parameter::name)
                .containsExactly("q");
    }
}
