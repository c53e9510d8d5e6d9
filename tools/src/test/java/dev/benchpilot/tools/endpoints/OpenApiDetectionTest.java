package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.tools.endpoints.Endpoint.Parameter;
import dev.benchpilot.tools.endpoints.Endpoint.Parameter.In;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiDetectionTest {

    private static final Path DIR = Path.of("src/test/resources/endpoints/openapi");

    private static DetectionResult detect(String file) {
        return EndpointDetection.detect(null, DIR.resolve(file));
    }

    private static Endpoint find(DetectionResult result, String key) {
        return result.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in "
                        + result.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void openapi_servers_path_prefixes_every_endpoint() {
        DetectionResult result = detect("petstore.yaml");

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /v2/pets", "POST /v2/pets", "GET /v2/pets/{petId}");
        assertThat(result.detectors()).containsExactly("openapi");
        assertThat(find(result, "POST /v2/pets").source()).isEqualTo("petstore.yaml#POST /pets");
    }

    @Test
    void server_url_variables_take_their_defaults() {
        assertThat(detect("store.yaml").endpoints())
                .extracting(Endpoint::key)
                .containsExactly(
                        "POST /api/v3/orders",
                        "DELETE /api/v3/orders/{orderId}",
                        "GET /api/v3/orders/{orderId}",
                        "GET /api/v3/status");
    }

    /** spring-petclinic-rest: a pet's {@code birthDate} example became 1283817600000, which the service rejects. */
    @Test
    void date_examples_stay_iso_text(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("openapi.yml"), """
                openapi: 3.0.1
                info: {title: pets, version: '1'}
                paths:
                  /pets:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                birthDate: {type: string, format: date, example: '2010-09-07'}
                                seenAt: {type: string, format: date-time, example: '2024-01-02T03:04:05Z'}
                      responses: {'201': {description: created}}
                """);

        Endpoint post = find(EndpointDetection.detect(null, dir.resolve("openapi.yml")), "POST /pets");

        assertThat(post.requestBody().sample().get("birthDate").asText()).isEqualTo("2010-09-07");
        assertThat(post.requestBody().sample().get("seenAt").isTextual()).isTrue();
        assertThat(post.requestBody().sample().get("seenAt").asText()).startsWith("2024-01-02T03:04:05");
    }

    @Test
    void swagger2_basePath_is_applied() {
        DetectionResult result = detect("swagger2.json");

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactly("POST /legacy/items", "DELETE /legacy/items/{id}");
        assertThat(find(result, "DELETE /legacy/items/{id}").parameters())
                .containsExactly(
                        new Parameter("id", In.PATH, "integer", true),
                        new Parameter("hard", In.QUERY, "boolean", false));
    }

    @Test
    void swagger2_body_parameter_becomes_the_request_body() {
        Endpoint.RequestBody body =
                find(detect("swagger2.json"), "POST /legacy/items").requestBody();

        assertThat(body.typeName()).isEqualTo("Item");
        assertThat(body.sample()).hasToString("{\"name\":\"user1\",\"price\":1.0}");
    }

    @Test
    void operation_security_overrides_the_global_one_and_an_empty_list_is_public() {
        DetectionResult result = detect("petstore.yaml");

        assertThat(find(result, "GET /v2/pets").authRequired()).isFalse();
        assertThat(find(result, "POST /v2/pets").authRequired())
                .as("global security")
                .isTrue();
        assertThat(find(detect("swagger2.json"), "POST /legacy/items").authRequired())
                .isTrue();
        assertThat(find(detect("swagger2.json"), "DELETE /legacy/items/{id}").authRequired())
                .as("no security anywhere")
                .isFalse();
    }

    @Test
    void an_empty_security_requirement_makes_credentials_optional_so_the_operation_is_public() {
        DetectionResult result = detect("store.yaml");

        assertThat(find(result, "GET /api/v3/orders/{orderId}").authRequired()).isFalse();
        assertThat(find(result, "DELETE /api/v3/orders/{orderId}").authRequired())
                .isTrue();
    }

    @Test
    void parameters_come_from_the_path_item_and_the_operation_with_their_types() {
        assertThat(find(detect("store.yaml"), "GET /api/v3/orders/{orderId}").parameters())
                .containsExactly(
                        new Parameter("orderId", In.PATH, "integer", true),
                        new Parameter("X-Trace", In.HEADER, "string", false),
                        new Parameter("expand", In.QUERY, "array", false));
        assertThat(find(detect("petstore.yaml"), "GET /v2/pets/{petId}").parameters())
                .containsExactly(new Parameter("petId", In.PATH, "integer", true));
    }

    @Test
    void body_type_name_is_the_referenced_schema_even_through_a_request_body_reference() {
        assertThat(find(detect("petstore.yaml"), "POST /v2/pets").requestBody().typeName())
                .isEqualTo("NewPet");
        assertThat(find(detect("store.yaml"), "POST /api/v3/orders")
                        .requestBody()
                        .typeName())
                .isEqualTo("NewOrder");
    }

    @Test
    void body_sample_respects_enum_minimum_minLength_and_email_format() {
        assertThat(find(detect("petstore.yaml"), "POST /v2/pets").requestBody().sample())
                .hasToString("{\"name\":\"user1\",\"kind\":\"cat\",\"age\":3,\"owner\":\"user@example.com\"}");
    }

    @Test
    void body_of_an_allOf_schema_merges_its_parts_and_leaves_out_read_only_properties() {
        Endpoint.RequestBody body =
                find(detect("store.yaml"), "POST /api/v3/orders").requestBody();

        assertThat(body.fields())
                .containsExactly(
                        Map.entry("createdAt", "string"),
                        Map.entry("sku", "string"),
                        Map.entry("quantity", "integer"),
                        Map.entry("price", "number"),
                        Map.entry("priority", "integer"),
                        Map.entry("channel", "string"),
                        Map.entry("note", "string"),
                        Map.entry("code", "string"),
                        Map.entry("contact", "string"),
                        Map.entry("items", "array"));
    }

    @Test
    void body_sample_uses_example_default_and_enum_and_keeps_within_bounds() {
        var sample =
                find(detect("store.yaml"), "POST /api/v3/orders").requestBody().sample();

        assertThat(sample.get("createdAt").asText()).as("date-time").isEqualTo("2026-01-01T12:00:00Z");
        assertThat(sample.get("sku").asText()).as("min and max length 6").hasSize(6);
        assertThat(sample.get("quantity").asInt())
                .as("exclusive minimum 0, maximum 5")
                .isEqualTo(1);
        assertThat(sample.get("price").decimalValue()).as("minimum 2.5").isEqualByComparingTo("2.5");
        assertThat(sample.get("priority").asInt()).as("default").isEqualTo(3);
        assertThat(sample.get("channel").asText()).as("first enum value").isEqualTo("web");
        assertThat(sample.get("note").asText()).as("example").isEqualTo("leave at the door");
        assertThat(sample.get("code").asText()).as("maxLength 2").hasSize(2);
        assertThat(sample.get("contact").asText()).as("first oneOf alternative").isEqualTo("user@example.com");
        assertThat(sample.get("items")).hasToString("[{\"username\":\"user1\",\"gift\":true}]");
    }

    @Test
    void an_unreadable_document_is_a_warning_not_an_error() {
        DetectionResult result = detect("broken.yaml");

        assertThat(result.endpoints()).isEmpty();
        assertThat(result.warnings())
                .singleElement()
                .asString()
                .startsWith("broken.yaml: skipped, not a readable OpenAPI/Swagger document");
    }
}
