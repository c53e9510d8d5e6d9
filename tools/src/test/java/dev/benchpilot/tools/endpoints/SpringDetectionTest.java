package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpringDetectionTest {

    private static final DetectionResult RESULT =
            EndpointDetection.detect(Path.of("src/test/resources/endpoints/spring-app"), null);

    private static Endpoint find(String key) {
        return RESULT.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in "
                        + RESULT.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void finds_rest_controllers_with_constant_prefixes_and_the_context_path() {
        assertThat(RESULT.endpoints())
                .extracting(Endpoint::key)
                .containsExactlyInAnyOrder(
                        "GET /shop/api/v1/orders",
                        "POST /shop/api/v1/orders",
                        "GET /shop/api/v1/orders/{id}",
                        "GET /shop/api/v1/orders/search",
                        "POST /shop/api/v1/orders/search",
                        "GET /shop/api/v1/orders/find",
                        "POST /shop/api/v1/orders/find",
                        "ANY /shop/api/v1/orders/anything",
                        "GET /shop/pets/{petId}",
                        "DELETE /shop/pets/{petId}/now",
                        "GET /shop/home");
        assertThat(RESULT.detectors()).containsExactly("spring");
    }

    @Test
    void mappings_on_an_implemented_interface_are_inherited_unless_the_controller_remaps() {
        assertThat(find("GET /shop/pets/{petId}").source()).contains("PetsApi.java");
        assertThat(RESULT.endpoints()).noneMatch(e -> e.key().equals("DELETE /shop/pets/{petId}"));
    }

    @Test
    void a_controller_page_without_response_body_is_an_endpoint_too() {
        // it answers on its path like any other handler: a load test of the pages is a load test of the service
        assertThat(find("GET /shop/home").source()).contains("PageController.java");
    }

    @Test
    void reads_parameters_body_and_security() {
        assertThat(find("GET /shop/api/v1/orders/{id}").parameters())
                .containsExactly(new Endpoint.Parameter("id", Endpoint.Parameter.In.PATH, "integer", true));
        assertThat(find("GET /shop/api/v1/orders").parameters())
                .containsExactly(new Endpoint.Parameter("page", Endpoint.Parameter.In.QUERY, "integer", false));
        Endpoint create = find("POST /shop/api/v1/orders");
        assertThat(create.authRequired()).isTrue();
        assertThat(create.requestBody().fields())
                .containsExactly(
                        Map.entry("customerEmail", "string"),
                        Map.entry("quantity", "integer"),
                        Map.entry("notes", "array"));
        assertThat(create.requestBody().sample().get("customerEmail").asText()).isEqualTo("user@example.com");
        assertThat(find("GET /shop/api/v1/orders").authRequired()).isNull();
    }
}
