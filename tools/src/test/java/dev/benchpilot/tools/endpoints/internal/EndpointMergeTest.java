package dev.benchpilot.tools.endpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.Endpoint.Parameter;
import dev.benchpilot.tools.endpoints.Endpoint.Parameter.In;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointMergeTest {

    private static Endpoint endpoint(
            String method, String path, Boolean auth, String source, String detector, Parameter... parameters) {
        return new Endpoint(method, path, List.of(parameters), null, auth, source, detector);
    }

    @Test
    void endpoints_with_the_same_method_and_normalised_path_become_one() {
        List<Endpoint> merged = EndpointMerge.merge(List.of(
                endpoint("get", "/a/:id/", null, "A.java:1", "javalin"),
                endpoint("GET", "/a/{id}", null, "api.yaml#GET /a/{id}", "openapi")));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("GET /a/{id}");
            assertThat(e.source()).isEqualTo("A.java:1, api.yaml#GET /a/{id}");
            assertThat(e.detector()).isEqualTo("javalin+openapi");
        });
    }

    @Test
    void auth_true_beats_false_and_any_answer_beats_unknown() {
        assertThat(EndpointMerge.combine(endpoint("GET", "/x", false, "a", "d"), endpoint("GET", "/x", true, "b", "d"))
                        .authRequired())
                .isTrue();
        assertThat(EndpointMerge.combine(endpoint("GET", "/x", true, "a", "d"), endpoint("GET", "/x", false, "b", "d"))
                        .authRequired())
                .isTrue();
        assertThat(EndpointMerge.combine(endpoint("GET", "/x", null, "a", "d"), endpoint("GET", "/x", false, "b", "d"))
                        .authRequired())
                .isFalse();
        assertThat(EndpointMerge.combine(endpoint("GET", "/x", null, "a", "d"), endpoint("GET", "/x", null, "b", "d"))
                        .authRequired())
                .isNull();
    }

    @Test
    void parameters_are_united_a_typed_one_beats_a_string_guess_and_required_wins() {
        Endpoint merged = EndpointMerge.combine(
                endpoint(
                        "GET",
                        "/x/{id}",
                        null,
                        "a",
                        "d",
                        new Parameter("id", In.PATH, "string", true),
                        new Parameter("q", In.QUERY, "string", false)),
                endpoint(
                        "GET",
                        "/x/{id}",
                        null,
                        "b",
                        "d",
                        new Parameter("id", In.PATH, "integer", true),
                        new Parameter("q", In.QUERY, "string", true),
                        new Parameter("q", In.HEADER, "string", false)));

        assertThat(merged.parameters())
                .containsExactly(
                        new Parameter("id", In.PATH, "integer", true),
                        new Parameter("q", In.QUERY, "string", true),
                        new Parameter("q", In.HEADER, "string", false));
    }

    @Test
    void the_request_body_with_more_fields_is_kept() {
        Endpoint.RequestBody small = new Endpoint.RequestBody(
                "application/json", "A", Map.of("a", "string"), JsonNodeFactory.instance.objectNode());
        Endpoint.RequestBody large =
                new Endpoint.RequestBody("application/json", "B", Map.of("a", "string", "b", "integer"), null);
        Endpoint withSmall = new Endpoint("POST", "/x", List.of(), small, null, "a", "d");
        Endpoint withLarge = new Endpoint("POST", "/x", List.of(), large, null, "b", "d");
        Endpoint without = new Endpoint("POST", "/x", List.of(), null, null, "c", "d");

        assertThat(EndpointMerge.combine(withSmall, withLarge).requestBody()).isSameAs(large);
        assertThat(EndpointMerge.combine(without, withSmall).requestBody()).isSameAs(small);
        assertThat(EndpointMerge.combine(withSmall, without).requestBody()).isSameAs(small);
    }

    @Test
    void the_same_source_and_detector_are_recorded_once() {
        Endpoint merged = EndpointMerge.combine(
                EndpointMerge.combine(
                        endpoint("GET", "/x", null, "a", "javalin"), endpoint("GET", "/x", null, "b", "openapi")),
                endpoint("GET", "/x", null, "a", "javalin"));

        assertThat(merged.source()).isEqualTo("a, b");
        assertThat(merged.detector()).isEqualTo("javalin+openapi");
    }

    @Test
    void merged_endpoints_are_sorted_by_path_then_method() {
        List<Endpoint> merged = EndpointMerge.merge(List.of(
                endpoint("POST", "/b", null, "1", "d"),
                endpoint("GET", "/b", null, "2", "d"),
                endpoint("DELETE", "/a", null, "3", "d")));

        assertThat(merged).extracting(Endpoint::key).containsExactly("DELETE /a", "GET /b", "POST /b");
    }
}
