package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request bodies derived from the Java DTOs that handlers read (fixture: javalin-variants). */
class RequestBodySampleTest {

    private static final DetectionResult RESULT =
            EndpointDetection.detect(Path.of("src/test/resources/endpoints/javalin-variants"), null);

    private static Endpoint.RequestBody body(String key) {
        return RESULT.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow()
                .requestBody();
    }

    @Test
    void reads_body_fields_from_record_used_with_bodyAsClass() {
        Endpoint.RequestBody login = body("POST /api/login");

        assertThat(login.fields()).containsExactly(Map.entry("username", "string"), Map.entry("password", "string"));
        assertThat(login.sample()).hasToString("{\"username\":\"user1\",\"password\":\"password\"}");
    }

    @Test
    void uses_json_property_names_enum_constants_nested_classes_and_one_element_per_dto_list() {
        Endpoint.RequestBody order = body("POST /api/orders");

        assertThat(order.fields())
                .containsExactly(
                        Map.entry("customer_email", "string"),
                        Map.entry("shipping", "string"),
                        Map.entry("lines", "array"),
                        Map.entry("address", "object"));
        assertThat(order.sample())
                .hasToString(
                        "{\"customer_email\":\"user@example.com\",\"shipping\":\"STANDARD\","
                                + "\"lines\":[{\"productId\":1,\"quantity\":1}],\"address\":{\"street\":\"text\",\"number\":1}}");
    }

    @Test
    void class_dto_includes_superclass_fields_and_leaves_out_ignored_transient_and_static_ones() {
        assertThat(body("POST /admin/users").fields())
                .containsExactly(
                        Map.entry("requestId", "string"),
                        Map.entry("contact", "string"),
                        Map.entry("password", "string"),
                        Map.entry("age", "integer"),
                        Map.entry("birthday", "string"),
                        Map.entry("roles", "array"),
                        Map.entry("tags", "array"),
                        Map.entry("nickname", "object"));
    }

    @Test
    void samples_respect_validation_annotations_and_value_type_formats() {
        var sample = body("POST /admin/users").sample();

        assertThat(sample.get("requestId").asText()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(sample.get("contact").asText()).as("@Email").isEqualTo("user@example.com");
        assertThat(sample.get("password").asText())
                .as("@Size(min = 12)")
                .hasSize(12)
                .startsWith("password");
        assertThat(sample.get("age").asInt()).as("@Min(18)").isEqualTo(18);
        assertThat(sample.get("birthday").asText()).isEqualTo("2026-01-01");
        assertThat(sample.get("roles")).hasToString("[\"ANYONE\"]");
        assertThat(sample.get("tags")).hasToString("[]");
    }

    @Test
    void self_referencing_dtos_are_cut_off_at_a_fixed_depth() {
        assertThat(body("POST /admin/users").sample().get("nickname"))
                .hasToString(
                        "{\"value\":\"text\",\"next\":{\"value\":\"text\",\"next\":{\"value\":\"text\",\"next\":{}}}}");
    }

    @Test
    void maps_numbers_booleans_and_unknown_classes_to_json_types() {
        Endpoint.RequestBody settings = body("PUT /admin/settings");

        assertThat(settings.fields())
                .containsExactly(
                        Map.entry("maintenance", "boolean"),
                        Map.entry("taxRate", "number"),
                        Map.entry("labels", "object"),
                        Map.entry("extra", "object"));
        assertThat(settings.sample()).hasToString("{\"maintenance\":true,\"taxRate\":1.0,\"labels\":{},\"extra\":{}}");
    }
}
