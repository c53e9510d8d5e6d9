package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointDetectionTest {

    private static final Path SHOP = Path.of("src/test/resources/endpoints/javalin-shop");
    private static final Path OPENAPI = Path.of("src/test/resources/endpoints/openapi");

    private static Endpoint find(DetectionResult result, String key) {
        return result.endpoints().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + result.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void finds_routes_registered_on_a_javalin_parameter_not_named_app() {
        DetectionResult result = EndpointDetection.detect(SHOP, null);

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly(
                "GET /admin/reports", "POST /admin/reports/rebuild", "GET /admin/reports/{year}",
                "POST /api/login", "POST /api/orders", "GET /api/orders/{orderId}",
                "GET /api/products", "GET /api/products/search", "GET /api/products/{id}", "GET /health");
        assertThat(result.detectors()).containsExactly("javalin");
    }

    @Test
    void ignores_map_get_calls_and_skips_unparseable_files_with_a_warning() {
        DetectionResult result = EndpointDetection.detect(SHOP, null);

        assertThat(result.endpoints()).noneMatch(e -> e.path().equals("/not-a-route"));
        assertThat(result.warnings()).anyMatch(w -> w.contains("Broken.java") && w.contains("skipped"));
    }

    @Test
    void route_roles_decide_auth_and_anyone_is_public() {
        DetectionResult result = EndpointDetection.detect(SHOP, null);

        assertThat(find(result, "POST /api/orders").authRequired()).isTrue();
        assertThat(find(result, "GET /health").authRequired()).isFalse();
        assertThat(find(result, "GET /api/orders/{orderId}").authRequired()).as("reads Authorization").isTrue();
        assertThat(find(result, "GET /api/products").authRequired()).isNull();
    }

    @Test
    void reads_typed_path_and_query_parameters_from_method_reference_handlers() {
        DetectionResult result = EndpointDetection.detect(SHOP, null);

        assertThat(find(result, "GET /api/products/{id}").parameters())
                .containsExactly(new Endpoint.Parameter("id", Endpoint.Parameter.In.PATH, "integer", true));
        assertThat(find(result, "GET /api/products").parameters()).containsExactly(
                new Endpoint.Parameter("page", Endpoint.Parameter.In.QUERY, "integer", false),
                new Endpoint.Parameter("q", Endpoint.Parameter.In.QUERY, "string", false));
    }

    @Test
    void reads_body_fields_from_records_used_with_bodyAsClass() {
        DetectionResult result = EndpointDetection.detect(SHOP, null);

        Endpoint.RequestBody login = find(result, "POST /api/login").requestBody();
        assertThat(login.fields()).containsExactly(Map.entry("username", "string"), Map.entry("password", "string"));
        assertThat(login.sample().toString()).isEqualTo("{\"username\":\"user1\",\"password\":\"password\"}");
        Endpoint.RequestBody order = find(result, "POST /api/orders").requestBody();
        assertThat(order.fields()).containsExactly(Map.entry("customer_email", "string"), Map.entry("shipping", "string"),
                Map.entry("lines", "array"), Map.entry("address", "object"));
        assertThat(order.sample().get("shipping").asText()).isEqualTo("STANDARD");
        assertThat(order.sample().get("address").toString()).isEqualTo("{\"street\":\"text\",\"number\":1}");
    }

    @Test
    void openapi_servers_path_prefixes_every_endpoint_and_security_decides_auth() {
        DetectionResult result = EndpointDetection.detect(null, OPENAPI.resolve("petstore.yaml"));

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /v2/pets", "POST /v2/pets", "GET /v2/pets/{petId}");
        assertThat(find(result, "GET /v2/pets").authRequired()).isFalse();
        assertThat(find(result, "POST /v2/pets").authRequired()).isTrue();
        assertThat(find(result, "POST /v2/pets").requestBody().sample().toString())
                .isEqualTo("{\"name\":\"xx\",\"kind\":\"cat\",\"age\":3,\"owner\":\"user@example.com\"}".replace("\"xx\"", "\"xxxx\""));
        assertThat(find(result, "GET /v2/pets/{petId}").parameters().get(0).type()).isEqualTo("integer");
    }

    @Test
    void swagger2_basePath_is_applied() {
        DetectionResult result = EndpointDetection.detect(null, OPENAPI.resolve("swagger2.json"));

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("DELETE /legacy/items/{id}");
    }

    @Test
    void merges_source_and_openapi_endpoints_with_the_same_key() {
        DetectionResult result = EndpointDetection.detect(SHOP, OPENAPI.resolve("petstore.yaml"));

        assertThat(result.detectors()).containsExactly("javalin", "openapi");
        assertThat(result.endpoints()).hasSize(13);
    }

    @Test
    void missing_paths_are_a_clear_error() {
        assertThatThrownBy(() -> EndpointDetection.detect(Path.of("no/such/dir"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source directory not found: no/such/dir");
        assertThatThrownBy(() -> EndpointDetection.detect(null, Path.of("nope.yaml")))
                .hasMessage("OpenAPI file not found: nope.yaml");
    }

    @Test
    void paths_are_normalised() {
        assertThat(EndpointPaths.normalise("api//users/:id/")).isEqualTo("/api/users/{id}");
        assertThat(EndpointPaths.normalise("/files/<path>")).isEqualTo("/files/{path}");
        assertThat(EndpointPaths.normalise("/x/{id: [0-9]+}")).isEqualTo("/x/{id}");
        assertThat(EndpointPaths.normalise("")).isEqualTo("/");
        assertThat(EndpointPaths.join("/v1/", "/users")).isEqualTo("/v1/users");
    }
}
