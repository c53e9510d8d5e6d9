package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotationFrameworksTest {

    private static Endpoint find(DetectionResult result, String key) {
        return result.endpoints().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in "
                        + result.endpoints().stream().map(Endpoint::key).toList()));
    }

    @Test
    void jaxrs_resources_with_application_path_inheritance_and_sub_resources() {
        DetectionResult result = EndpointDetection.detect(Path.of("src/test/resources/endpoints/jaxrs-app"), null);

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactlyInAnyOrder(
                        "GET /rest/books",
                        "POST /rest/books",
                        "GET /rest/books/{id}",
                        "GET /rest/books/featured",
                        "GET /rest/books/{id}/reviews",
                        "DELETE /rest/books/{id}/reviews/{reviewId}");
        assertThat(result.detectors()).containsExactly("jaxrs");
        assertThat(find(result, "GET /rest/books/featured").authRequired()).isFalse();
        assertThat(find(result, "POST /rest/books").authRequired()).isTrue();
        assertThat(find(result, "POST /rest/books").requestBody().fields())
                .containsExactly(
                        Map.entry("title", "string"), Map.entry("isbn", "string"), Map.entry("pages", "integer"));
        assertThat(find(result, "GET /rest/books/{id}").parameters())
                .containsExactly(new Endpoint.Parameter("id", Endpoint.Parameter.In.PATH, "integer", true));
        assertThat(find(result, "GET /rest/books").parameters())
                .containsExactly(new Endpoint.Parameter("limit", Endpoint.Parameter.In.QUERY, "integer", false));
    }

    @Test
    void micronaut_controllers_with_rfc6570_query_parts_stripped() {
        DetectionResult result = EndpointDetection.detect(Path.of("src/test/resources/endpoints/micronaut-app"), null);

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactlyInAnyOrder("GET /notes", "GET /notes/{id}", "POST /notes", "DELETE /notes/{id}");
        assertThat(result.detectors()).containsExactly("micronaut");
        assertThat(find(result, "POST /notes").authRequired()).isTrue();
        assertThat(find(result, "POST /notes").requestBody().sample().toString())
                .isEqualTo("{\"text\":\"text\",\"tags\":[]}");
        assertThat(find(result, "GET /notes/{id}").parameters())
                .containsExactly(new Endpoint.Parameter("id", Endpoint.Parameter.In.PATH, "integer", true));
        assertThat(find(result, "DELETE /notes/{id}").parameters())
                .extracting(Endpoint.Parameter::name)
                .containsExactly("id", "force");
    }
}
