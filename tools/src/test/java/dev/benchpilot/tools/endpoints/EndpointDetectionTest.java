package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchpilot.tools.endpoints.Endpoint.Parameter;
import dev.benchpilot.tools.endpoints.Endpoint.Parameter.In;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry point: detectors over a tree, OpenAPI files in it or given, merging, errors. */
class EndpointDetectionTest {

    private static final Path MERGED = Path.of("src/test/resources/endpoints/merged-service");
    private static final Path VARIANTS = Path.of("src/test/resources/endpoints/javalin-variants");

    private static Endpoint find(DetectionResult result, String key) {
        return result.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in "
                        + result.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void merges_source_and_openapi_endpoints_with_same_key() {
        DetectionResult result = EndpointDetection.detect(MERGED, null);

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactly(
                        "GET /internal/metrics", "GET /pets/{petId}", "PUT /pets/{petId}", "GET /pets/{petId}/photo");
        assertThat(result.detectors()).containsExactly("javalin", "openapi");
        Endpoint show = find(result, "GET /pets/{petId}");
        assertThat(show.detector()).isEqualTo("javalin+openapi");
        assertThat(show.source())
                .isEqualTo("src/main/java/com/example/merged/Api.java:10, docs/openapi.yaml#GET /pets/{petId}");
    }

    @Test
    void merged_parameters_are_the_union_and_a_declared_type_beats_a_string_guess() {
        assertThat(find(EndpointDetection.detect(MERGED, null), "GET /pets/{petId}")
                        .parameters())
                .containsExactly(
                        new Parameter("petId", In.PATH, "integer", true),
                        new Parameter("lang", In.QUERY, "string", false),
                        new Parameter("fields", In.QUERY, "string", false));
    }

    @Test
    void merged_body_is_the_one_with_more_fields() {
        Endpoint.RequestBody body = find(EndpointDetection.detect(MERGED, null), "PUT /pets/{petId}")
                .requestBody();

        assertThat(body.fields()).containsExactly(Map.entry("name", "string"), Map.entry("age", "integer"));
    }

    @Test
    void when_sources_disagree_on_auth_true_wins_and_known_beats_unknown() {
        DetectionResult result = EndpointDetection.detect(MERGED, null);

        assertThat(find(result, "GET /pets/{petId}/photo").authRequired())
                .as("ANYONE in code, secured in OpenAPI")
                .isTrue();
        assertThat(find(result, "GET /pets/{petId}").authRequired())
                .as("unknown in code, public in OpenAPI")
                .isFalse();
        assertThat(find(result, "GET /internal/metrics").authRequired()).isNull();
    }

    @Test
    void openapi_files_in_build_output_and_dependencies_are_not_read() {
        assertThat(EndpointDetection.detect(MERGED, null).endpoints())
                .extracting(Endpoint::path)
                .doesNotContain("/from-build-output", "/from-node-modules");
    }

    @Test
    void a_given_openapi_file_is_merged_with_the_source_tree() {
        DetectionResult result =
                EndpointDetection.detect(VARIANTS, Path.of("src/test/resources/endpoints/openapi/petstore.yaml"));

        assertThat(result.detectors()).containsExactly("javalin", "openapi");
        assertThat(result.endpoints()).extracting(Endpoint::key).contains("GET /health", "POST /v2/pets");
    }

    @Test
    void the_same_warning_from_several_detectors_is_reported_once() {
        assertThat(EndpointDetection.detect(VARIANTS, null).warnings())
                .filteredOn(w -> w.contains("Broken.java"))
                .hasSize(1);
    }

    @Test
    void every_path_variable_has_a_path_parameter_whatever_the_detector_found() {
        for (Path fixture : java.util.List.of(MERGED, VARIANTS, Path.of("src/test/resources/endpoints/spring-app"))) {
            assertThat(EndpointDetection.detect(fixture, null).endpoints())
                    .allSatisfy(e -> assertThat(e.parameters())
                            .filteredOn(p -> p.in() == In.PATH)
                            .extracting(Parameter::name)
                            .containsExactlyElementsOf(e.pathVariables()));
        }
    }

    @Test
    void a_spring_configuration_file_that_does_not_parse_is_a_warning(@org.junit.jupiter.api.io.TempDir Path tree)
            throws java.io.IOException {
        java.nio.file.Files.writeString(tree.resolve("application.yml"), "server: [oops\n");

        assertThat(EndpointDetection.detect(tree, null).warnings())
                .singleElement()
                .asString()
                .startsWith("application.yml: skipped, does not parse");
    }

    @Test
    void nothing_given_finds_nothing() {
        assertThat(EndpointDetection.detect(null, null))
                .isEqualTo(new DetectionResult(java.util.List.of(), java.util.List.of(), java.util.List.of()));
    }

    @Test
    void missing_source_dir_is_a_clear_error() {
        assertThatThrownBy(() -> EndpointDetection.detect(Path.of("no/such/dir"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source directory not found: no/such/dir");
    }

    @Test
    void a_file_given_as_source_dir_is_a_clear_error() {
        Path file = Path.of("src/test/resources/endpoints/openapi/petstore.yaml");

        assertThatThrownBy(() -> EndpointDetection.detect(file, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source is not a directory: " + file);
    }

    @Test
    void missing_openapi_file_is_a_clear_error() {
        assertThatThrownBy(() -> EndpointDetection.detect(null, Path.of("nope.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OpenAPI file not found: nope.yaml");
    }
}
