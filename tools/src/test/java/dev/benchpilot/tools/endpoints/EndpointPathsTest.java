package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/users/:id              | /users/{id}",
                "/users/:id(\\d+)/orders | /users/{id}/orders",
                "/users/:id?             | /users/{id}",
                "/files/<path>           | /files/{path}",
                "/items/<int:id>         | /items/{id}",
                "/items/{id: [0-9]+}     | /items/{id}",
                "/codes/{code:[A-Z]{3}}  | /codes/{code}",
                "/items/{id:int}         | /items/{id}",
                "/p/:pad{/:rev}/export/:type | /p/{pad}/export/{type}",
                "/manifest.json{:bust}   | /manifest.json",
                "/files/*serve_path      | /files/*serve_path",
                "/mwdb/<hash64:id>       | /mwdb/{id}",
                "/o/<any(a, b):kind>     | /o/{kind}",
                "/v1/items:batchGet      | /v1/items:batchGet",
                "api//users/             | /api/users",
                "/api/users//            | /api/users",
                "/                       | /"
            })
    void normalises_variables_and_slashes(String raw, String normalised) {
        assertThat(EndpointPaths.normalise(raw)).isEqualTo(normalised);
    }

    @Test
    void blank_or_null_is_the_root() {
        assertThat(EndpointPaths.normalise("")).isEqualTo("/");
        assertThat(EndpointPaths.normalise(null)).isEqualTo("/");
    }

    @Test
    void join_mounts_a_path_under_a_prefix_as_a_router_would() {
        assertThat(EndpointPaths.join("/v1/", "/users")).isEqualTo("/v1/users");
        assertThat(EndpointPaths.join("api", "users/:id")).isEqualTo("/api/users/{id}");
        assertThat(EndpointPaths.join("/api", "")).isEqualTo("/api");
        assertThat(EndpointPaths.join(null, "x")).isEqualTo("/x");
    }

    @Test
    void variables_are_listed_in_order_of_appearance() {
        assertThat(EndpointPaths.variables("/shops/{shopId}/orders/{orderId}")).containsExactly("shopId", "orderId");
    }
}
