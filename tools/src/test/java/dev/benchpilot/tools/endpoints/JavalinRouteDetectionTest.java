package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.endpoints.Endpoint.Parameter;
import dev.benchpilot.tools.endpoints.Endpoint.Parameter.In;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways Javalin code registers routes, and the look-alikes that are not routes (fixture: javalin-variants). */
class JavalinRouteDetectionTest {

    private static final DetectionResult RESULT =
            EndpointDetection.detect(Path.of("src/test/resources/endpoints/javalin-variants"), null);

    private static Endpoint find(String key) {
        return RESULT.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + keys()));
    }

    private static List<String> keys() {
        return RESULT.endpoints().stream().map(Endpoint::key).toList();
    }

    @Test
    void finds_routes_registered_on_a_javalin_field_not_named_app() {
        assertThat(find("GET /admin/status").source()).contains("Admin.java");
        assertThat(find("POST /admin/users").source()).as("this.web.post").contains("Admin.java");
    }

    @Test
    void finds_routes_on_a_constructor_parameter_a_var_from_create_and_a_chain_on_create() {
        assertThat(find("GET /health").source()).contains("Routes.java");
        assertThat(keys()).contains("DELETE /v7/items/{itemId}", "GET /chained", "POST /chained");
    }

    @Test
    void ignores_map_get_calls_with_string_keys_and_look_alike_registries() {
        assertThat(keys()).noneMatch(key -> key.contains("not-a-route"));
    }

    @Test
    void ignores_a_local_that_shadows_a_javalin_field() {
        assertThat(keys()).noneMatch(key -> key.contains("shadowed"));
    }

    @Test
    void applies_apibuilder_path_prefixes() {
        assertThat(keys())
                .contains(
                        "GET /admin/reports",
                        "GET /admin/reports/{year}",
                        "POST /admin/reports/rebuild",
                        "GET /v6/things");
    }

    @Test
    void expands_apibuilder_crud_into_collection_and_item_routes() {
        assertThat(keys())
                .contains(
                        "GET /v6/users",
                        "POST /v6/users",
                        "GET /v6/users/{userId}",
                        "PATCH /v6/users/{userId}",
                        "DELETE /v6/users/{userId}");
        assertThat(find("GET /v6/users").parameters())
                .containsExactly(new Parameter("limit", In.QUERY, "string", false));
        assertThat(find("POST /v6/users").requestBody().typeName()).isEqualTo("NewUser");
    }

    @Test
    void reads_routes_from_config_routes_and_addHttpHandler() {
        assertThat(keys()).contains("GET /v7/items");
        assertThat(find("PUT /admin/settings").requestBody().typeName()).isEqualTo("Settings");
    }

    @Test
    void resolves_paths_built_from_constants_of_the_same_file_and_of_other_files() {
        assertThat(keys()).contains("GET /api/products", "GET /api/products/search", "GET /api/orders/{orderId}/lines");
    }

    @Test
    void warns_about_a_route_whose_path_is_not_a_constant() {
        assertThat(RESULT.notUnderstood())
                .contains("src/main/java/com/example/variants/Routes.java:28: route not understood (Javalin): "
                        + "its path dynamic is not a constant; check it, or give --openapi");
    }

    @Test
    void skips_unparseable_files_with_a_warning() {
        assertThat(RESULT.warnings())
                .anyMatch(w -> w.startsWith("src/main/java/com/example/variants/Broken.java: skipped")
                        && w.contains("line 4"));
    }

    @Test
    void route_role_ANYONE_is_public() {
        assertThat(find("GET /health").authRequired()).isFalse();
    }

    @Test
    void any_other_role_requires_auth_even_next_to_ANYONE() {
        assertThat(find("POST /api/orders").authRequired()).isTrue();
        assertThat(find("GET /api/mixed").authRequired()).isTrue();
    }

    @Test
    void reading_the_authorization_header_without_roles_means_auth() {
        assertThat(find("GET /api/orders/{orderId}").authRequired()).isTrue();
        assertThat(find("GET /api/orders/{orderId}/lines").authRequired())
                .as("lambda forwarding to a method reading Header.AUTHORIZATION")
                .isTrue();
    }

    @Test
    void without_roles_or_authorization_header_auth_is_unknown() {
        assertThat(find("GET /api/products").authRequired()).isNull();
        assertThat(find("GET /v6/things").authRequired()).isNull();
    }

    @Test
    void path_parameter_is_integer_only_when_the_handler_parses_it_as_one() {
        assertThat(find("GET /api/products/{id}").parameters())
                .containsExactly(new Parameter("id", In.PATH, "integer", true));
        assertThat(find("GET /api/orders/{orderId}/lines").parameters())
                .containsExactly(new Parameter("orderId", In.PATH, "integer", true));
        assertThat(find("GET /admin/reports/{year}").parameters())
                .containsExactly(new Parameter("year", In.PATH, "string", true));
        assertThat(find("GET /api/orders/{orderId}").parameters())
                .as("<orderId> normalised")
                .containsExactly(new Parameter("orderId", In.PATH, "string", true));
    }

    @Test
    void reads_query_parameters_from_method_references_handler_fields_and_handler_classes() {
        assertThat(find("GET /api/products").parameters())
                .containsExactly(
                        new Parameter("page", In.QUERY, "integer", false),
                        new Parameter("q", In.QUERY, "string", false));
        assertThat(find("GET /admin/status").parameters())
                .containsExactly(new Parameter("verbose", In.QUERY, "string", false));
        assertThat(find("GET /admin/ping").parameters())
                .containsExactly(new Parameter("echo", In.QUERY, "string", false));
    }

    @Test
    void finds_every_route_of_the_fixture_and_nothing_else() {
        assertThat(keys())
                .containsExactly(
                        "GET /admin/ping",
                        "GET /admin/reports",
                        "POST /admin/reports/rebuild",
                        "GET /admin/reports/{year}",
                        "PUT /admin/settings",
                        "GET /admin/status",
                        "POST /admin/users",
                        "POST /api/login",
                        "GET /api/mixed",
                        "POST /api/orders",
                        "GET /api/orders/{orderId}",
                        "GET /api/orders/{orderId}/lines",
                        "GET /api/products",
                        "GET /api/products/search",
                        "GET /api/products/{id}",
                        "GET /chained",
                        "POST /chained",
                        "GET /health",
                        "GET /v6/things",
                        "GET /v6/users",
                        "POST /v6/users",
                        "DELETE /v6/users/{userId}",
                        "GET /v6/users/{userId}",
                        "PATCH /v6/users/{userId}",
                        "GET /v7/items",
                        "DELETE /v7/items/{itemId}");
        assertThat(RESULT.detectors()).containsExactly("javalin");
        assertThat(RESULT.endpoints()).allSatisfy(e -> assertThat(e.detector()).isEqualTo("javalin"));
    }
}
